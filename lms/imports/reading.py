"""Reading spreadsheets (XLSX or CSV) into rows of text, for every import in the project.

Files come from people, so anything may arrive: a picture renamed .csv, a zip that is no workbook, a CSV
with old Mac line endings, a workbook of 400,000 rows. Every such file ends in a `TableError` whose message
says what is wrong, never in a crash; rows are counted while they are read and reading stops at the limit.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import IO, Any

from django.conf import settings
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.xml.functions import iterparse

from lms.errors import DomainError
from lms.text import fold, nfc

# A workbook is a zip: refuse one that unpacks to more than this before parsing it (a "zip bomb").
MAX_XLSX_UNPACKED_BYTES = 256 * 1024 * 1024
_FIRST_LINE = re.compile(r"[^\r\n]*")
# Text files hold no control characters other than tab and line ends; anything else is a binary file.
_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x19\x1b-\x1f\x7f]")


class TableError(DomainError):
    """The file cannot be read as a table; the message is shown to the person who uploaded it."""

    code = "unreadable_file"

    def default_message(self) -> str:
        return _("The file cannot be read as a table.")


@dataclass
class Row:
    line: int  # the row's number in the spreadsheet program (the header is line 1 in most files)
    values: dict[str, str]


def max_rows() -> int:
    """How many rows an import reads at most (setting IMPORT_MAX_ROWS)."""
    return settings.IMPORT_MAX_ROWS


def _header_key(value: str) -> str:
    """A header folded for matching ("Tên đơn vị *" -> "ten don vi"), as the importers' aliases are."""
    return fold(value).strip().strip("*").strip()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return nfc(str(value))


def _header_names(headers: Iterable[str], aliases: Mapping[str, str]) -> list[str]:
    """Map each header to a canonical column name through folded aliases ("Tên đơn vị" -> "name")."""
    folded_aliases = {_header_key(alias): column for alias, column in aliases.items()}
    return [folded_aliases.get(_header_key(header), _header_key(header)) for header in headers]


def read_table(
    upload: IO[bytes],
    filename: str,
    *,
    aliases: Mapping[str, str],
    required: Mapping[str, str] | None = None,
    limit: int | None = None,
) -> list[Row]:
    """Read the first sheet of an XLSX file, or a CSV file, into rows keyed by canonical column names.

    `aliases` maps headers (any case or accents) to column names; `required` maps the columns a file must
    have to the name shown when one is missing. At most `limit` rows (default IMPORT_MAX_ROWS) are read.
    Raises TableError with a message for people when the file is not such a table.
    """
    name = (filename or "").lower()
    limit = limit or max_rows()
    too_many = TableError(_("The file has more than %(max)d rows.") % {"max": limit})
    if name.endswith(".xlsx"):
        raw_rows = _xlsx_rows(upload.read(), limit, too_many)
    elif name.endswith((".csv", ".txt")):
        raw_rows = _csv_rows(upload.read())
    else:
        raise TableError(_("Unsupported file type: upload an .xlsx or .csv file."))
    headers: list[str] | None = None
    rows: list[Row] = []
    with closing(raw_rows):
        for line, raw in enumerate(raw_rows, start=1):
            if line > 2 * limit + 1:  # mostly empty rows: stop as well
                raise too_many
            texts = [_cell_text(cell) for cell in raw]
            if not any(texts):
                continue
            if headers is None:
                headers = _header_names(texts, aliases)
                _check_required(headers, required or {})
                continue
            if len(rows) >= limit:
                raise too_many
            values = {}
            for index, header in enumerate(headers):
                if header:
                    values[header] = texts[index] if index < len(texts) else ""
            rows.append(Row(line=line, values=values))
    if headers is None:
        raise TableError(_("The file is empty."))
    if not rows:
        raise TableError(_("The file has column headers but no rows."))
    return rows


def _check_required(headers: list[str], required: Mapping[str, str]) -> None:
    missing = [label for column, label in required.items() if column not in headers]
    if missing:
        raise TableError(
            _(
                "The first row of the file does not name the columns this import needs: %(missing)s. Is it the right file, with its table on the first sheet?"
            )
            % {"missing": ", ".join(missing)}
        )


def _xlsx_rows(data: bytes, limit: int, too_many: TableError) -> Iterator[tuple]:
    unreadable = TableError(_("The file is not a readable Excel workbook (.xlsx)."))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise unreadable from exc
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise TableError(_("The workbook is too large once unpacked."))
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure means "not a readable workbook"
        raise unreadable from exc
    if not workbook.worksheets:
        workbook.close()
        raise TableError(_("The workbook has no worksheet with a table."))
    sheet = workbook.worksheets[0]
    if (sheet.max_row or 0) > 2 * limit + 1:  # refused from the size it declares, before reading a row
        workbook.close()
        raise too_many
    # The declared size may be wrong (too small cuts rows off, too large pads empty ones): read what is there.
    sheet.reset_dimensions()
    return _rows_of(sheet.iter_rows(values_only=True), workbook, unreadable)


def _declared_size(self: ReadOnlyWorksheet) -> None:
    """Replaces ReadOnlyWorksheet._get_size: the size a sheet declares (<dimension>), from its start only.

    openpyxl's own lookup reads a sheet that declares no size to its end, at load time, before a single row
    is returned: a workbook of 400,000 rows would be parsed whole before its first row could be counted.
    """
    with self._get_source() as source:
        try:
            for _event, element in iterparse(source, events=("start",)):
                tag = element.tag.rsplit("}", 1)[-1]
                if tag == "dimension":
                    bounds = range_boundaries(element.get("ref", ""))
                    if None not in bounds:
                        self._min_column, self._min_row, self._max_column, self._max_row = bounds
                    return
                if tag == "sheetData":
                    return
        except Exception:  # noqa: BLE001
            return  # a damaged sheet is reported when its rows are read


ReadOnlyWorksheet._get_size = _declared_size


def _rows_of(rows: Iterator[tuple], workbook, unreadable: TableError) -> Iterator[tuple]:
    """The sheet's rows, one at a time; a workbook broken half-way through is unreadable, not a crash."""
    try:
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # noqa: BLE001 - a damaged part of the workbook
                raise unreadable from exc
            yield row
    finally:
        workbook.close()


def _decode(data: bytes) -> str:
    not_text = TableError(_("The file is not a text CSV file. Save the table as “CSV UTF-8” or as .xlsx."))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # "Unicode text" from Excel, Teams
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise not_text from exc
    else:
        if b"\x00" in data:
            raise not_text
        for encoding in ("utf-8-sig", "cp1258"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise not_text
    text = text.rstrip("\x1a")  # an old DOS end-of-file mark
    if _BINARY.search(text):
        raise not_text
    return text


def _csv_rows(data: bytes) -> Iterator[list[str]]:
    text = _decode(data)
    first_line = _FIRST_LINE.match(text).group()
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return _csv_records(reader)


def _csv_records(reader) -> Iterator[list[str]]:
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise TableError(
                _("The CSV file cannot be read near line %(line)d: is it really a CSV file?")
                % {"line": reader.line_num}
            ) from exc
        yield record


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


def row_dates(values: Mapping[str, str], columns: Iterable[str], errors: list[str]) -> dict[str, date | None]:
    """A row's date columns read with `parse_date`: None where empty, or unreadable (which adds an error)."""
    dates: dict[str, date | None] = {}
    for column in columns:
        try:
            dates[column] = parse_date(values.get(column, ""))
        except ValueError:
            errors.append(_("Unreadable date “%(value)s” (use dd/mm/yyyy).") % {"value": values.get(column)})
            dates[column] = None
    return dates
