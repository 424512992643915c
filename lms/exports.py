"""Spreadsheets out (XLSX and CSV) that are safe to open: every export of the project goes through here.

Text that people typed (a name, a work unit, a phone number) must never become a formula in the reader's
spreadsheet program: `=HYPERLINK(...)` as a name would be a live link, `@SUM(...)` a calculation. XLSX
therefore writes every text cell as a string cell, never a formula; CSV has no cell types, so a text that
starts with `= + - @`, a tab or a carriage return gets a leading apostrophe (the usual spreadsheet escape).
Numbers, dates and times stay typed cells (dates as dd/mm/yyyy).
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from wagtail.admin.views.mixins import SpreadsheetExportMixin

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
TIME_FORMAT = "HH:MM"
# Excel keeps at most this many characters in a cell; longer text is cut rather than making a broken file.
MAX_CELL_CHARS = 32_767
# Control characters XLSX cannot hold (openpyxl refuses them); a name typed with one must not break the export.
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Styled:
    """A cell value with its look in XLSX (bold, italic, size, background colour, alignment); CSV writes the value."""

    value: object
    bold: bool = False
    italic: bool = False
    size: float | None = None
    fill: str | None = None  # RGB hex, e.g. "DCEFD9"
    align: str | None = None  # "center", "left", "right"


@dataclass
class Table:
    """One sheet: its title (XLSX only), the column headers and the rows.

    `preamble` lines go above the headers and `footer` lines below the rows (XLSX only: a CSV holds the
    table alone, so that it can be read back by a program). `widths` maps 1-based column numbers to widths
    in characters; the header row stays in view when scrolling, and so do the first `freeze_columns` columns.
    """

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[object]]
    preamble: Sequence[Sequence[object]] = ()
    footer: Sequence[Sequence[object]] = ()
    widths: Mapping[int, float] = field(default_factory=dict)
    freeze_columns: int = 0


def person_headers() -> list[str]:
    """The columns that name a person in a spreadsheet: the name in its parts, e-mail and work unit."""
    return [_("Family name"), _("Middle name"), _("Given name"), _("E-mail"), _("Work unit")]


def person_cells(user: Any) -> list[str]:
    """A person's values for the columns of `person_headers()`."""
    return [user.family_name, user.middle_name, user.given_name, user.email, getattr(user, "work_unit", "")]


def neutralise(value: str) -> str:
    """The CSV rule for any text output: a text that a spreadsheet would read as a formula gets a leading '."""
    if value.startswith(CSV_TRIGGERS):
        return f"'{value}"
    return value


def _local(value: datetime) -> datetime:
    """A datetime as the wall-clock time of the site (Asia/Ho_Chi_Minh), without a zone: XLSX has none."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(tzinfo=None)


def _is_number(value: object) -> bool:
    return isinstance(value, int | Decimal) or (isinstance(value, float) and math.isfinite(value))


def _text(value: object) -> str:
    return str(value)


# XLSX -------------------------------------------------------------------------------------------------------


def _sheet_title(title: str, used: set[str]) -> str:
    base = _SHEET_TITLE_FORBIDDEN.sub(" ", _ILLEGAL_XLSX.sub("", str(title or ""))).strip()[:31] or _("Sheet")
    candidate, number = base, 2
    while candidate.lower() in used:
        suffix = f" ({number})"
        candidate = f"{base[: 31 - len(suffix)]}{suffix}"
        number += 1
    used.add(candidate.lower())
    return candidate


def _xlsx_cell(sheet, value: object, *, header: bool = False):

    style = value if isinstance(value, Styled) else None
    if style is not None:
        value = style.value
    number_format = None
    if value is None or value == "":
        cell = WriteOnlyCell(sheet, None)
    elif isinstance(value, bool) or _is_number(value):
        cell = WriteOnlyCell(sheet, value)
    elif isinstance(value, datetime):
        cell, number_format = WriteOnlyCell(sheet, _local(value)), DATETIME_FORMAT
    elif isinstance(value, date):
        cell, number_format = WriteOnlyCell(sheet, value), DATE_FORMAT
    elif isinstance(value, time):
        cell, number_format = WriteOnlyCell(sheet, value.replace(tzinfo=None)), TIME_FORMAT
    else:
        cell = WriteOnlyCell(sheet, _ILLEGAL_XLSX.sub("", _text(value))[:MAX_CELL_CHARS])
        # openpyxl takes a text starting with "=" for a formula; people's text is only ever text.
        cell.data_type = "s"
    if number_format:
        cell.number_format = number_format
    if header:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if style is not None:
        if style.bold or style.italic or style.size:
            cell.font = Font(bold=style.bold or header, italic=style.italic, size=style.size)
        if style.fill:
            cell.fill = PatternFill("solid", fgColor=style.fill)
        if style.align:
            cell.alignment = Alignment(horizontal=style.align)
    return cell


def xlsx_bytes(*tables: Table) -> bytes:
    """The tables as an XLSX workbook, one sheet each; every text cell is a string cell, never a formula."""

    workbook = Workbook(write_only=True)
    used: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(title=_sheet_title(table.title, used))
        for column, width in table.widths.items():
            sheet.column_dimensions[get_column_letter(column)].width = width
        header_row = len(table.preamble) + 1
        sheet.freeze_panes = f"{get_column_letter(table.freeze_columns + 1)}{header_row + 1}"
        for line in table.preamble:
            sheet.append([_xlsx_cell(sheet, value) for value in line])
        sheet.append([_xlsx_cell(sheet, value, header=True) for value in table.headers])
        for row in table.rows:
            sheet.append([_xlsx_cell(sheet, value) for value in row])
        for line in table.footer:
            sheet.append([_xlsx_cell(sheet, value) for value in line])
    if not tables:
        workbook.create_sheet(title=_("Sheet"))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_response(filename: str, *tables: Table) -> HttpResponse:
    """An XLSX download of the tables (see xlsx_bytes)."""
    response = HttpResponse(xlsx_bytes(*tables), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


# CSV --------------------------------------------------------------------------------------------------------


def _csv_value(value: object) -> object:
    if isinstance(value, Styled):
        value = value.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return pgettext("spreadsheet boolean", "yes") if value else pgettext("spreadsheet boolean", "no")
    if _is_number(value):
        return value
    if isinstance(value, datetime):
        return _local(value).strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return neutralise(_text(value))


def csv_response(filename: str, table: Table) -> HttpResponse:
    """A CSV download of the table: UTF-8 with a BOM (Excel needs it), texts neutralised (see neutralise)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([_csv_value(value) for value in table.headers])
    for row in table.rows:
        writer.writerow([_csv_value(value) for value in row])
    return response


# Wagtail's listing exports ----------------------------------------------------------------------------------


def wagtail_spreadsheet(view, queryset, spreadsheet_format: str) -> HttpResponse:
    """A Wagtail listing's export (`SpreadsheetExportMixin.as_spreadsheet`) written by this module.

    Wagtail's own CSV writer leaves text as it is, so a listing export (sessions, organisations,
    spokespersons, the site history report, ...) would carry formulas; here it goes through the one writer.
    """
    fields = list(view.list_export)

    def rows():
        for item in queryset:
            row = []
            for name, value in view.to_row_dict(item).items():
                preprocess = view.custom_field_preprocess.get(name, {}).get(spreadsheet_format)
                if preprocess is not None:
                    value = preprocess(value)
                elif isinstance(value, list | tuple):
                    value = ", ".join(_text(part) for part in value)
                row.append(value)
            yield row

    table = Table(
        title=view.get_filename(),
        headers=[view.get_heading(queryset, name) for name in fields],
        rows=rows(),
    )
    if spreadsheet_format == "csv":
        return csv_response(f"{view.get_filename()}.csv", table)
    return xlsx_response(f"{view.get_filename()}.xlsx", table)


def route_wagtail_exports() -> None:
    """Make every Wagtail listing export (ours and Wagtail's reports) use wagtail_spreadsheet; once, at start-up."""

    SpreadsheetExportMixin.as_spreadsheet = wagtail_spreadsheet
