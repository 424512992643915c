"""Reading spreadsheets (XLSX or CSV) into rows of text, for every import in the project."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Any

from django.utils.translation import gettext as _

from lms.text import fold, nfc

MAX_ROWS = 50_000


class TableError(Exception):
    """The file cannot be read as a table; the message is shown to the person who uploaded it."""


@dataclass
class Row:
    line: int
    values: dict[str, str]


@dataclass
class RowResult:
    """The outcome of one row of an import: what will happen to it, or why it cannot be imported."""

    line: int
    values: dict[str, str]
    action: str = ""  # create, update, unchanged, error (or an importer's own verbs)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportReport:
    rows: list[RowResult]

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def errors(self) -> list[RowResult]:
        return [row for row in self.rows if row.errors]

    @property
    def valid(self) -> list[RowResult]:
        return [row for row in self.rows if not row.errors]

    def summary(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self.rows:
            key = "error" if row.errors else row.action
            counts[key] = counts.get(key, 0) + 1
        return counts


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return nfc(str(value))


def _normalise_headers(headers: Iterable[Any], aliases: dict[str, str]) -> list[str]:
    """Map each header to a canonical column name through folded aliases ("Tên đơn vị" -> "name")."""
    folded_aliases = {fold(alias).strip(): column for alias, column in aliases.items()}
    names = []
    for header in headers:
        key = fold(_cell_text(header)).strip().strip("*").strip()
        names.append(folded_aliases.get(key, key))
    return names


def read_table(upload: IO[bytes], filename: str, *, aliases: dict[str, str]) -> list[Row]:
    """Read the first sheet of an XLSX file, or a CSV file (UTF-8, comma or semicolon), into rows."""
    name = (filename or "").lower()
    data = upload.read()
    if name.endswith(".xlsx"):
        raw_rows = _xlsx_rows(data)
    elif name.endswith(".csv") or name.endswith(".txt"):
        raw_rows = _csv_rows(data)
    else:
        raise TableError(_("Unsupported file type: upload an .xlsx or .csv file."))
    raw_rows = [row for row in raw_rows if any(_cell_text(cell) for cell in row)]
    if not raw_rows:
        raise TableError(_("The file is empty."))
    headers = _normalise_headers(raw_rows[0], aliases)
    if len(raw_rows) - 1 > MAX_ROWS:
        raise TableError(_("The file has more than %(max)d rows.") % {"max": MAX_ROWS})
    rows = []
    for offset, raw in enumerate(raw_rows[1:], start=2):
        values = {}
        for index, header in enumerate(headers):
            if header:
                values[header] = _cell_text(raw[index]) if index < len(raw) else ""
        rows.append(Row(line=offset, values=values))
    return rows


def _xlsx_rows(data: bytes) -> list[tuple]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure means "not a readable workbook"
        raise TableError(_("The file is not a readable Excel workbook (.xlsx).")) from exc
    try:
        sheet = workbook.worksheets[0]
        return [tuple(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _csv_rows(data: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "cp1258", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - latin-1 decodes anything
        raise TableError(_("The CSV file's text encoding is not UTF-8."))
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def parse_date(value: str) -> date | None:
    """Read a date written dd/mm/yyyy (Vietnamese tables) or yyyy-mm-dd; ValueError when unreadable."""
    value = (value or "").strip()
    if not value:
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, pattern).date()  # noqa: DTZ007 - a calendar date, no time zone
        except ValueError:
            continue
    raise ValueError(value)
