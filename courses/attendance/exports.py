"""The attendance register as a spreadsheet: one row per trainee, one column per planned day, the rate."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from lms.exports import Styled, Table

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
    AttendanceStatus.PRESENT: "DCEFD9",
    AttendanceStatus.LATE: "FFF1C7",
    AttendanceStatus.EXCUSED: "DDE7F5",
    AttendanceStatus.ABSENT: "F6D5D3",
}
BELOW_FILL = "F6D5D3"


def register_table(register: Register) -> Table:
    """A session's register (from selectors.session_register) as a table for lms.exports."""
    codes = status_codes()
    session = register.session
    rule = _("Attendance threshold: %(threshold)d%%.") % {"threshold": session.attendance_threshold}
    if register.policy.excused_counts:
        rule += " " + _("Excused absences count as attended in this session.")
    else:
        rule += " " + _("Excused absences do not count as attended in this session.")
    headers = [_("No."), _("Full name"), _("E-mail"), _("Work unit")]
    headers += [item.day.date.strftime("%d/%m/%Y") for item in register.days]
    headers += [
        _("Present"),
        _("Late"),
        _("Excused"),
        _("Absent"),
        _("Planned days"),
        _("Rate (%)"),
        _("Below threshold"),
    ]

    def rows():
        for number, row in enumerate(register.rows, start=1):
            user = row.user
            values: list[object] = [number, user.full_name, user.email, user.work_unit]
            values += [
                Styled(codes.get(cell, ""), fill=FILLS[cell], align="center") if cell else ""
                for cell in row.cells
            ]
            values += [row.rate.present, row.rate.late, row.rate.excused, row.rate.absent, row.rate.planned]
            below_fill = BELOW_FILL if row.below else None
            values += [
                Styled(row.rate.percent, fill=below_fill),
                Styled(_("yes") if row.below else "", fill=below_fill),
            ]
            yield values

    legend = ", ".join(f"{codes[value]} = {label}" for value, label in AttendanceStatus.choices)
    return Table(
        title=_("Attendance"),
        preamble=[[Styled(f"{session.code} — {session.title}", bold=True, size=13)], [rule], []],
        headers=headers,
        rows=rows(),
        footer=[
            [Styled(value, italic=True) for value in ["", _("Day rate (%)"), "", ""]]
            + [Styled(item.rate, italic=True) for item in register.days],
            [],
            [_("Legend: %(legend)s") % {"legend": legend}],
        ],
        widths={1: 6, 2: 30, 3: 30, 4: 36, **dict.fromkeys(range(5, len(headers) + 1), 12)},
        freeze_columns=2,
    )
