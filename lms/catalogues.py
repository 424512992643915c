"""Gettext catalogues of the project and of the libraries it shows: reading .po files and finding clashes.

Django merges every catalogue of a language into one table keyed by (context, msgid). A msgid translated in
one app therefore relabels the same English word everywhere else ("title" -> "tên lớp" on every page title
field). `find_clashes()` lists every msgid our catalogues translate differently from each other or from
Wagtail, allauth and Django, so the one meant is told apart with a `pgettext` context. Run it as
`python -m lms.catalogues` to print the clashes; the tests keep the list empty.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import wagtail
from django.apps import apps
from django.conf import settings

BASE_DIR = Path(__file__).resolve().parent.parent
LANGUAGE = "vi"


def project_catalogues() -> list[str]:
    """Our catalogues as Django searches them, highest priority first: LOCALE_PATHS, then the project's
    apps in INSTALLED_APPS order (paths relative to the project)."""

    directories = [Path(path) for path in settings.LOCALE_PATHS]
    for app in apps.get_app_configs():
        path = Path(app.path)
        if path.is_relative_to(BASE_DIR) and "site-packages" not in path.parts and (path / "locale").is_dir():
            directories.append(path / "locale")
    return [str(directory.resolve().relative_to(BASE_DIR)) for directory in directories]


# The catalogues that complete (and take precedence over) Wagtail's, allauth's and Django's Vietnamese.
WAGTAIL_SUPPLEMENT = "locale/wagtail"
ALLAUTH_SUPPLEMENT = "locale/allauth"
DJANGO_SUPPLEMENT = "locale/django"
SUPPLEMENTS = (ALLAUTH_SUPPLEMENT, WAGTAIL_SUPPLEMENT, DJANGO_SUPPLEMENT)

# Wagtail's catalogues a trainer, editor or manager meets in the admin (installed apps only).
WAGTAIL_ADMIN_CATALOGUES = (
    "wagtail/admin",
    "wagtail",
    "wagtail/snippets",
    "wagtail/images",
    "wagtail/documents",
    "wagtail/users",
    "wagtail/search",
    "wagtail/contrib/forms",
    "wagtail/contrib/settings",
    "wagtail/contrib/redirects",
    "wagtail/embeds",
    "wagtail/sites",
    "wagtail/locales",
)
# Django's admin is not routed here (the Wagtail admin is the one back office), so its catalogue is left out.
DJANGO_CATALOGUES = (
    "django/conf",
    "django/contrib/auth",
    "django/contrib/contenttypes",
    "django/contrib/sessions",
    "django/contrib/humanize",
)


@dataclass
class Entry:
    msgid: str
    msgstr: tuple[str, ...] = ()
    msgctxt: str | None = None
    msgid_plural: str | None = None
    flags: frozenset[str] = field(default_factory=frozenset)
    references: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def translated(self) -> bool:
        return "fuzzy" not in self.flags and bool(self.msgstr) and all(self.msgstr)


def _unquote(line: str) -> str:
    return ast.literal_eval(line)


def parse_po(path: Path | str) -> list[Entry]:
    """Return the entries of a .po file (the header and obsolete `#~` entries left out)."""
    entries: list[Entry] = []
    current: dict = {}
    target: str | None = None

    def flush() -> None:
        nonlocal current, target
        if "msgid" in current and current["msgid"]:
            plural = current.get("msgid_plural")
            strs = current.get("msgstr", {})
            entries.append(
                Entry(
                    msgid=current["msgid"],
                    msgctxt=current.get("msgctxt"),
                    msgid_plural=plural,
                    msgstr=tuple(strs[index] for index in sorted(strs)),
                    flags=frozenset(current.get("flags", ())),
                    references=tuple(current.get("references", ())),
                )
            )
        current, target = {}, None

    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("#~"):
            continue
        if line.startswith(("#,", "#:")):
            # A comment line before a msgid opens the next entry.
            if "msgid" in current:
                flush()
            if line.startswith("#,"):
                current.setdefault("flags", []).extend(flag.strip() for flag in line[2:].split(","))
            else:
                current.setdefault("references", []).extend(line[2:].split())
            continue
        if line.startswith("#"):
            continue
        if line.startswith("msgctxt "):
            if "msgid" in current:
                flush()
            current["msgctxt"], target = _unquote(line[8:]), "msgctxt"
        elif line.startswith("msgid_plural "):
            current["msgid_plural"], target = _unquote(line[13:]), "msgid_plural"
        elif line.startswith("msgid "):
            if "msgid" in current:
                flush()
            current["msgid"], target = _unquote(line[6:]), "msgid"
        elif line.startswith("msgstr["):
            index = int(line[7 : line.index("]")])
            current.setdefault("msgstr", {})[index] = _unquote(line[line.index("]") + 1 :].strip())
            target = f"msgstr:{index}"
        elif line.startswith("msgstr "):
            current.setdefault("msgstr", {})[0] = _unquote(line[7:])
            target = "msgstr:0"
        elif line.startswith('"') and target:
            if target.startswith("msgstr:"):
                index = int(target.split(":")[1])
                current["msgstr"][index] += _unquote(line)
            else:
                current[target] += _unquote(line)
    flush()
    return entries


def po_path(locale_dir: Path | str, language: str = LANGUAGE, domain: str = "django") -> Path:
    return Path(locale_dir) / language / "LC_MESSAGES" / f"{domain}.po"


def site_packages() -> Path:

    return Path(wagtail.__file__).resolve().parent.parent


def load(locale_dir: Path | str, language: str = LANGUAGE, domain: str = "django") -> dict:
    """Entries of one catalogue keyed by (context, msgid); a missing catalogue is empty."""
    path = po_path(locale_dir, language, domain)
    if not path.exists():
        return {}
    return {entry.key: entry for entry in parse_po(path)}


def library_catalogue(package_dir: str, language: str = LANGUAGE, domain: str = "django") -> dict:
    return load(site_packages() / package_dir / "locale", language, domain)


_PLACEHOLDER = re.compile(r"%\((\w+)\)[#0 +-]*\d*(?:\.\d+)?[sdifr]|%[sdifr]|\{\w*\}")


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text) or []) if text else []


def placeholder_tokens(text: str) -> list[str]:
    return sorted(match.group(0) for match in _PLACEHOLDER.finditer(text))


@dataclass
class Clash:
    key: tuple[str | None, str]
    ours: str
    ours_in: str
    other: str
    other_in: str

    def __str__(self) -> str:
        context = f"[{self.key[0]}] " if self.key[0] else ""
        return f"{context}{self.key[1]!r}: {self.ours_in} says {self.ours!r}, {self.other_in} says {self.other!r}"


def _translations(catalogues: Iterable[tuple[str, dict]]) -> Iterator[tuple[str, Entry]]:
    for name, catalogue in catalogues:
        for entry in catalogue.values():
            if entry.translated:
                yield name, entry


def find_clashes() -> list[Clash]:
    """Every (context, msgid) that two catalogues translate differently: ours against ours, and ours against
    the libraries' own (Wagtail, Django) where no supplement of ours rewords the library's translation."""
    ours = [(name, load(BASE_DIR / name)) for name in project_catalogues()]
    libraries = [(name, library_catalogue(name)) for name in WAGTAIL_ADMIN_CATALOGUES + DJANGO_CATALOGUES]
    seen: dict[tuple[str | None, str], tuple[str, str]] = {}
    clashes: list[Clash] = []
    for name, entry in _translations(ours):
        text = entry.msgstr[0]
        if entry.key in seen and not _same(seen[entry.key][1], text):
            clashes.append(Clash(entry.key, text, name, seen[entry.key][1], seen[entry.key][0]))
        seen.setdefault(entry.key, (name, text))
    supplemented = {key for name, catalogue in ours if name in SUPPLEMENTS for key in catalogue}
    for name, entry in _translations(libraries):
        if entry.key in supplemented:
            continue  # our supplement rewords the library's translation; it was compared above
        if entry.key in seen and not _same(seen[entry.key][1], entry.msgstr[0]):
            ours_in, text = seen[entry.key]
            clashes.append(Clash(entry.key, text, ours_in, entry.msgstr[0], name))
    return clashes


def _same(ours: str, theirs: str) -> bool:
    """Equal but for the case of the first letter (Django capitalises field labels itself)."""
    return ours[:1].lower() + ours[1:] == theirs[:1].lower() + theirs[1:]


def untranslated(library_dirs: Iterable[str], supplement: str, domain: str = "django") -> list[Entry]:
    """Entries of the libraries' English catalogues with no Vietnamese translation in the library's own
    catalogue nor in our supplement."""
    ours = load(BASE_DIR / supplement, domain=domain)
    missing: dict[tuple[str | None, str], Entry] = {}
    for directory in library_dirs:
        english = library_catalogue(directory, "en", domain)
        theirs = library_catalogue(directory, LANGUAGE, domain)
        for key, entry in english.items():
            done = (key in theirs and theirs[key].translated) or (key in ours and ours[key].translated)
            if not done:
                missing.setdefault(key, entry)
    return list(missing.values())


def _po_stub(entry: Entry) -> str:
    def quote(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

    lines = [f"#, {', '.join(sorted(entry.flags))}"] if entry.flags else []
    if entry.msgctxt is not None:
        lines.append(f"msgctxt {quote(entry.msgctxt)}")
    lines.append(f"msgid {quote(entry.msgid)}")
    if entry.msgid_plural:
        lines += [f"msgid_plural {quote(entry.msgid_plural)}", 'msgstr[0] ""']
    else:
        lines.append('msgstr ""')
    return "\n".join(lines) + "\n"


def missing_report() -> str:
    """The untranslated strings of Wagtail, allauth and Django, as .po entries to translate into the
    supplement named above each group (after an upgrade of one of them)."""
    groups = [
        (f"{WAGTAIL_SUPPLEMENT} (django)", untranslated(WAGTAIL_ADMIN_CATALOGUES, WAGTAIL_SUPPLEMENT)),
        (
            f"{WAGTAIL_SUPPLEMENT} (djangojs)",
            untranslated(("wagtail/admin",), WAGTAIL_SUPPLEMENT, "djangojs"),
        ),
        (ALLAUTH_SUPPLEMENT, untranslated(("allauth",), ALLAUTH_SUPPLEMENT)),
        (DJANGO_SUPPLEMENT, untranslated(DJANGO_CATALOGUES, DJANGO_SUPPLEMENT)),
    ]
    return "\n".join(
        f"# --- {name}: {len(entries)} to translate\n\n" + "\n".join(_po_stub(entry) for entry in entries)
        for name, entries in groups
    )


if __name__ == "__main__":  # pragma: no cover - a developer's tool
    import os
    import sys

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings")
    django.setup()

    if sys.argv[1:] == ["missing"]:
        print(missing_report())  # noqa: T201
    else:
        for clash in find_clashes():
            print(clash)  # noqa: T201
