"""The attendance register as an XLSX workbook: one row per trainee, one column per planned day, the rate."""

from __future__ import annotations

import io

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .models import AttendanceStatus
from .selectors import Register


def status_codes() -> dict[str, str]:
    """One-letter codes for the register's cells (translated: C/M/P/V in Vietnamese)."""
    return {
        AttendanceStatus.PRESENT: pgettext("attendance status code", "P"),
        AttendanceStatus.LATE: pgettext("attendance status code", "L"),
        AttendanceStatus.EXCUSED: pgettext("attendance status code", "E"),
        AttendanceStatus.ABSENT: pgettext("attendance status code", "A"),
    }


FILLS = {
    AttendanceStatus.PRESENT: PatternFill("solid", fgColor="DCEFD9"),
    AttendanceStatus.LATE: PatternFill("solid", fgColor="FFF1C7"),
    AttendanceStatus.EXCUSED: PatternFill("solid", fgColor="DDE7F5"),
    AttendanceStatus.ABSENT: PatternFill("solid", fgColor="F6D5D3"),
}
BELOW_FILL = PatternFill("solid", fgColor="F6D5D3")


def register_workbook(register: Register) -> bytes:
    """Render a session's register (from selectors.session_register) to XLSX bytes."""
    codes = status_codes()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Attendance")[:31]
    session = register.session
    sheet.append([f"{session.code} — {session.title}"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(
        [
            _("Attendance threshold: %(threshold)d%%.") % {"threshold": session.attendance_threshold}
            + " "
            + (
                _("Excused absences count as attended in this session.")
                if register.policy.excused_counts
                else _("Excused absences do not count as attended in this session.")
            )
        ]
    )
    sheet.append([])
    header = [_("No."), _("Full name"), _("E-mail"), _("Work unit")]
    header += [item.day.date.strftime("%d/%m/%Y") for item in register.days]
    header += [
        _("Present"),
        _("Late"),
        _("Excused"),
        _("Absent"),
        _("Planned days"),
        _("Rate (%)"),
        _("Below threshold"),
    ]
    sheet.append(header)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    first_day_column = 5
    for number, row in enumerate(register.rows, start=1):
        user = row.user
        values = [number, user.full_name, user.email, user.work_unit]
        values += [codes.get(cell, "") if cell else "" for cell in row.cells]
        values += [
            row.rate.present,
            row.rate.late,
            row.rate.excused,
            row.rate.absent,
            row.rate.planned,
            row.rate.percent,
            _("yes") if row.below else "",
        ]
        sheet.append(values)
        current = sheet.max_row
        for offset, cell in enumerate(row.cells):
            if cell:
                target = sheet.cell(row=current, column=first_day_column + offset)
                target.fill = FILLS[cell]
                target.alignment = Alignment(horizontal="center")
        if row.below:
            sheet.cell(row=current, column=len(values) - 1).fill = BELOW_FILL
            sheet.cell(row=current, column=len(values)).fill = BELOW_FILL
    summary = ["", _("Day rate (%)"), "", ""] + [item.rate for item in register.days]
    sheet.append(summary)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(italic=True)
    sheet.append([])
    sheet.append(
        [
            _("Legend: %(legend)s")
            % {"legend": ", ".join(f"{codes[value]} = {label}" for value, label in AttendanceStatus.choices)}
        ]
    )
    widths = {1: 6, 2: 30, 3: 30, 4: 36}
    for column in range(1, len(header) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = widths.get(column, 12)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=3)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
