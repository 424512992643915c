"""Reading the demo content files under `lms/demo/content/` (shipped with the package as package data).

The files are text that editors and developers change without touching code. A page is one Markdown-like
file: optional front matter of one-line `key: value` fields between `---` lines, then blocks, each opened
by a fence line `::: kind`. A block starts with its own `key: value` lines (if it has any), a blank line,
then its text: HTML, a single line, a list of `- item` lines, or a `| pipe | table |`. Folders and files
that hold pages in order are named `NN-slug` (two digits, then the page slug). The format is described
for editors in `lms/demo/content/README.md`.

Anything missing or malformed raises `DemoContentError` naming the file and line: the demo never skips
content silently. This module imports no app; each app's `demo.py` reads the blocks its pages know.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

# The content folder; tests point it at a copy to prove that a missing or broken file is refused.
CONTENT_ROOT: Traversable | Path = resources.files("lms.demo") / "content"

FENCE = re.compile(r"^:::\s*(?P<kind>[a-z][a-z0-9_]*)\s*$")
FIELD = re.compile(r"^(?P<key>[a-z][a-z0-9_]*):(?:[ \t]+(?P<value>.*))?$")
NUMBERED = re.compile(r"^(?P<number>\d{2})-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)$")
TABLE_RULE = re.compile(r"^\|(\s*:?-{3,}:?\s*\|)+$")


class DemoContentError(Exception):
    """A demo content file is missing or malformed; the message names the file (and line)."""


def _fields(lines: list[tuple[int, str]], where: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for number, line in lines:
        match = FIELD.match(line)
        if match is None:
            raise DemoContentError(f"{where}:{number}: expected a “key: value” line, found {line!r}.")
        key = match["key"]
        if key in values:
            raise DemoContentError(f"{where}:{number}: “{key}” is given twice.")
        values[key] = (match["value"] or "").strip()
    return values


def _check_keys(
    values: dict[str, str], *, allowed: tuple[str, ...], required: tuple[str, ...], where: str
) -> None:
    unknown = sorted(set(values) - set(allowed) - set(required))
    if unknown:
        raise DemoContentError(
            f"{where}: unknown field(s) {', '.join(unknown)} (allowed: {', '.join(required + allowed)})."
        )
    missing = [key for key in required if not values.get(key)]
    if missing:
        raise DemoContentError(f"{where}: required field(s) missing or empty: {', '.join(missing)}.")


@dataclass
class Block:
    """One `::: kind` block: its fields and its text, with where it starts for error messages."""

    kind: str
    fields: dict[str, str]
    lines: list[tuple[int, str]]
    path: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def text(self) -> str:
        return "\n".join(line for _number, line in self.lines)

    def check(self, *, allowed: tuple[str, ...] = (), required: tuple[str, ...] = ()) -> Block:
        _check_keys(self.fields, allowed=allowed, required=required, where=f"{self.where} (::: {self.kind})")
        return self

    def html(self) -> str:
        """The block's text, required (HTML is kept as written)."""
        if not self.lines:
            raise DemoContentError(f"{self.where}: the “{self.kind}” block has no text.")
        return self.text

    def single_line(self) -> str:
        if len(self.lines) != 1:
            raise DemoContentError(f"{self.where}: the “{self.kind}” block takes exactly one line of text.")
        return self.lines[0][1].strip()

    def items(self) -> list[str]:
        """The `- item` lines, in order."""
        items = []
        for number, line in self.lines:
            if not line.startswith("- ") or not line[2:].strip():
                raise DemoContentError(f"{self.path}:{number}: expected “- item”, found {line!r}.")
            items.append(line[2:].strip())
        if not items:
            raise DemoContentError(f"{self.where}: the “{self.kind}” block has no items.")
        return items

    def table(self) -> tuple[list[str], list[list[str]]]:
        """A pipe table: a header row, a `| --- |` rule, then rows of the same width."""
        path = self.path
        rows = []
        for index, (number, line) in enumerate(self.lines):
            if index == 1:
                if not TABLE_RULE.match(line.replace(" ", "")):
                    raise DemoContentError(f"{path}:{number}: expected the rule line “| --- | --- |”.")
                continue
            if not (line.startswith("|") and line.endswith("|")):
                raise DemoContentError(f"{path}:{number}: a table row starts and ends with “|”.")
            rows.append((number, [cell.strip() for cell in line[1:-1].split("|")]))
        if len(rows) < 2:
            raise DemoContentError(
                f"{self.where}: a table needs a header row, the rule and one row at least."
            )
        header = rows[0][1]
        for number, cells in rows[1:]:
            if len(cells) != len(header):
                raise DemoContentError(
                    f"{path}:{number}: the row has {len(cells)} cells, the header {len(header)}."
                )
        return header, [cells for _number, cells in rows[1:]]


@dataclass
class Document:
    """A content file: its front matter and its blocks."""

    meta: dict[str, str]
    blocks: list[Block] = field(default_factory=list)
    where: str = ""

    def check(self, *, allowed: tuple[str, ...] = (), required: tuple[str, ...] = ()) -> Document:
        _check_keys(self.meta, allowed=allowed, required=required, where=f"{self.where} (front matter)")
        return self

    def integer(self, key: str) -> int:
        try:
            return int(self.meta[key])
        except (KeyError, ValueError):
            raise DemoContentError(f"{self.where}: “{key}” must be a whole number.") from None

    def named_blocks(self, *kinds: str) -> dict[str, Block]:
        """A document made of named blocks, each exactly once (e.g. a chapter's `::: introduction`)."""
        found = {block.kind: block for block in self.blocks}
        if sorted(found) != sorted(kinds) or len(found) != len(self.blocks):
            raise DemoContentError(
                f"{self.where}: expected the blocks {', '.join('::: ' + kind for kind in kinds)}, once each; "
                f"found {', '.join('::: ' + block.kind for block in self.blocks) or 'none'}."
            )
        return found


def parse_document(text: str, where: str) -> Document:
    """Parse a content file's text (normalised to NFC, as all text in the project is)."""
    lines = list(enumerate(unicodedata.normalize("NFC", text).splitlines(), start=1))
    meta: dict[str, str] = {}
    position = 0
    if lines and lines[0][1].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i][1].strip() == "---"), None)
        if end is None:
            raise DemoContentError(f"{where}:1: the front matter is not closed by a “---” line.")
        meta = _fields([(n, line) for n, line in lines[1:end] if line.strip()], where)
        position = end + 1
    document = Document(meta=meta, where=where)
    current: tuple[int, str, list[tuple[int, str]]] | None = None
    chunks: list[tuple[int, str, list[tuple[int, str]]]] = []
    for number, line in lines[position:]:
        fence = FENCE.match(line)
        if fence is not None:
            current = (number, fence["kind"], [])
            chunks.append(current)
        elif current is not None:
            current[2].append((number, line.rstrip()))
        elif line.strip():
            raise DemoContentError(f"{where}:{number}: text outside a block (open one with “::: kind”).")
    for start, kind, body in chunks:
        document.blocks.append(_block(kind, body, path=where, line=start))
    return document


def _block(kind: str, body: list[tuple[int, str]], *, path: str, line: int) -> Block:
    while body and not body[0][1]:
        body.pop(0)
    while body and not body[-1][1]:
        body.pop()
    head = []
    for number, line in body:
        if not line:
            break
        head.append((number, line))
    fields: dict[str, str] = {}
    if head and FIELD.match(head[0][1]):
        fields = _fields(head, path)
        body = body[len(head) :]
        while body and not body[0][1]:
            body.pop(0)
    return Block(kind=kind, fields=fields, lines=body, path=path, line=line)


def content_path(*parts: str, base: Traversable | Path | None = None) -> Traversable | Path:
    """A file or folder under the content folder (or under `base`), which must exist."""
    path = (CONTENT_ROOT if base is None else base).joinpath(*parts)
    if not (path.is_file() or path.is_dir()):
        raise DemoContentError(f"Demo content is missing: {path}")
    return path


def _file(*parts: str, base: Traversable | Path | None = None) -> Traversable | Path:
    path = content_path(*parts, base=base)
    if not path.is_file():
        raise DemoContentError(f"{path}: expected a file, found a folder.")
    return path


def read_document(*parts: str, base: Traversable | Path | None = None) -> Document:
    """A page file, parsed; `base` is a folder from `numbered()` (or the entry itself, with no parts)."""
    path = _file(*parts, base=base)
    return parse_document(path.read_text(encoding="utf-8"), where=str(path))


def read_bytes(*parts: str) -> bytes:
    """A data file's bytes (a spreadsheet for an import)."""
    return _file(*parts).read_bytes()


def numbered(
    *parts: str, base: Traversable | Path | None = None, suffix: str = ""
) -> list[tuple[str, Traversable | Path]]:
    """The `NN-slug` entries of a folder in order, as (slug, entry): folders, or files ending in `suffix`.

    Names starting with “_” hold the folder's own page; any other name must follow the pattern, so a
    misnamed file is reported instead of being left out. An empty folder is an error too.
    """
    folder = content_path(*parts, base=base)
    entries = []
    for entry in folder.iterdir():
        name = entry.name
        if name.startswith(("_", ".")):
            continue
        stem = name.removesuffix(suffix) if suffix else name
        match = NUMBERED.match(stem)
        if match is None or entry.is_dir() == bool(suffix) or not name.endswith(suffix):
            kind = f"a file named NN-slug{suffix}" if suffix else "a folder named NN-slug"
            raise DemoContentError(f"{entry}: expected {kind} (two digits, a dash, the slug).")
        entries.append((match["number"], match["slug"], entry))
    entries.sort(key=lambda item: item[0])
    numbers = [number for number, _slug, _entry in entries]
    if len(set(numbers)) != len(numbers):
        raise DemoContentError(f"{folder}: two entries share a number.")
    if not entries:
        raise DemoContentError(f"{folder}: no NN-slug entries.")
    return [(slug, entry) for _number, slug, entry in entries]
