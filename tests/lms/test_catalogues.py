"""The Vietnamese catalogues: one meaning per msgid, every admin string translated, compiled, well formed."""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from courses.labels import ENROLMENT_ACTION_LABELS
from lms import catalogues
from lms.catalogues import (
    ALLAUTH_SUPPLEMENT,
    BASE_DIR,
    DJANGO_CATALOGUES,
    DJANGO_SUPPLEMENT,
    WAGTAIL_ADMIN_CATALOGUES,
    WAGTAIL_SUPPLEMENT,
    find_clashes,
    parse_po,
    placeholder_tokens,
    po_path,
    project_catalogues,
    untranslated,
)

OUR_PO_FILES = sorted(
    path
    for name in project_catalogues()
    for path in (po_path(BASE_DIR / name), po_path(BASE_DIR / name, domain="djangojs"))
    if path.exists()
)
# Placeholders left out on purpose: Wagtail's submit button names the page's one workflow ("Gửi duyệt",
# not "Thực hiện Duyệt nội dung"), and one of its plural forms says something its singular does not.
PLACEHOLDERS_DROPPED = {
    "Submit to %(workflow_name)s",
    "Resubmit to %(task_name)s",
    "Deleting this page will also delete %(translation_count)s translation of this page.",
}


def test_no_msgid_means_two_things():
    """A msgid translated differently in two catalogues relabels one of its uses ("title" -> "tên lớp" on
    every page title); the word meant elsewhere needs a pgettext context."""
    assert [str(clash) for clash in find_clashes()] == []


def test_the_clash_finder_sees_a_clash(tmp_path, monkeypatch):
    clashing = tmp_path / "clash" / "vi" / "LC_MESSAGES"
    clashing.mkdir(parents=True)
    (clashing / "django.po").write_text('msgid "title"\nmsgstr "tên lớp"\n', encoding="utf-8")
    ours = [*project_catalogues(), str(tmp_path / "clash")]
    monkeypatch.setattr(catalogues, "project_catalogues", lambda: ours)
    assert [clash.key for clash in find_clashes()] == [(None, "title")]


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_admin_string_of_wagtail_reads_in_vietnamese(domain):
    directories = WAGTAIL_ADMIN_CATALOGUES if domain == "django" else ("wagtail/admin",)
    assert [entry.msgid for entry in untranslated(directories, WAGTAIL_SUPPLEMENT, domain)] == []


def test_every_string_of_allauth_and_django_reads_in_vietnamese():
    assert [entry.msgid for entry in untranslated(("allauth",), ALLAUTH_SUPPLEMENT)] == []
    assert [entry.msgid for entry in untranslated(DJANGO_CATALOGUES, DJANGO_SUPPLEMENT)] == []


def test_the_project_lists_its_catalogues_in_the_right_order(settings):
    assert settings.LOCALE_PATHS == [
        settings.BASE_DIR / "locale",
        settings.BASE_DIR / "locale" / "allauth",
        settings.BASE_DIR / "locale" / "wagtail",
        settings.BASE_DIR / "locale" / "django",
    ]


@pytest.mark.parametrize("po_file", OUR_PO_FILES, ids=lambda path: str(path.relative_to(BASE_DIR)))
def test_catalogue_is_well_formed_and_compiled(po_file: Path):
    if shutil.which("msgfmt"):
        result = subprocess.run(  # noqa: S603 - fixed command on our own file
            ["msgfmt", "--check", "-o", "/dev/null", str(po_file)],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    with po_file.with_suffix(".mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    entries = parse_po(po_file)
    assert [entry.msgid for entry in entries if not entry.translated] == []
    for entry in entries:
        context = f"{entry.msgctxt}\x04" if entry.msgctxt else ""
        key = (context + entry.msgid, 0) if entry.msgid_plural else context + entry.msgid
        got = compiled._catalog.get(key)
        assert got == entry.msgstr[0], f"{entry.msgid!r}: the .mo is older than the .po (compilemessages)"


@pytest.mark.parametrize("po_file", OUR_PO_FILES, ids=lambda path: str(path.relative_to(BASE_DIR)))
def test_translations_keep_their_placeholders_and_are_nfc(po_file: Path):
    problems = []
    for entry in parse_po(po_file):
        if not entry.translated:
            continue
        for text in entry.msgstr:
            if unicodedata.normalize("NFC", text) != text:
                problems.append(f"not NFC: {entry.msgid!r}")
            if entry.msgid in PLACEHOLDERS_DROPPED:
                continue
            expected = set(placeholder_tokens(entry.msgid_plural or entry.msgid))
            if set(placeholder_tokens(text)) != expected:
                problems.append(f"placeholders differ: {entry.msgid!r} -> {text!r}")
    assert problems == []


def test_the_workflow_submit_button_says_gui_duyet():
    supplement = {entry.msgid: entry for entry in parse_po(po_path(BASE_DIR / WAGTAIL_SUPPLEMENT))}
    assert supplement["Submit to %(workflow_name)s"].msgstr == ("Gửi duyệt",)
    assert supplement["Submit for moderation"].msgstr == ("Gửi duyệt",)


def test_every_enrolment_action_the_app_records_has_a_label():
    recorded = set()
    for path in (BASE_DIR / "courses").rglob("*.py"):
        if "migrations" not in path.parts:
            recorded |= set(
                re.findall(r"\"(courses\.enrolment\.[a-z_]+)\"", path.read_text(encoding="utf-8"))
            )
    assert recorded and recorded <= set(ENROLMENT_ACTION_LABELS)
