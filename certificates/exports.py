"""The eligibility list of a session as a spreadsheet: one row per trainee, eligible or with the reasons."""

from __future__ import annotations

import io

from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING

from courses.models import TrainingSession

from .eligibility import Eligibility


def eligibility_table(rows: list[Eligibility]) -> tuple[list[str], list[list[object]]]:
    """Headers and rows (numbers stay numbers) for the spreadsheet of the eligibility screen."""
    headers = [
        _("No."),
        _("Full name"),
        _("E-mail"),
        _("Work unit"),
        _("Attendance (%)"),
        _("Days attended"),
        _("Planned days"),
        _("Quiz"),
        _("Eligible"),
        _("Reasons"),
        _("Certificate"),
    ]
    table = []
    for number, item in enumerate(rows, start=1):
        attendance = item.evidence["attendance"]
        quizzes = item.evidence["quizzes"]
        table.append(
            [
                number,
                item.user.full_name,
                item.user.email,
                item.user.work_unit,
                attendance["percent"],
                attendance["attended"],
                attendance["planned"],
                "; ".join(
                    f"{quiz['title']}: {quiz['score'] or '—'} ({_('passed') if quiz['passed'] else _('not passed')})"
                    for quiz in quizzes
                ),
                _("yes") if item.eligible else _("no"),
                "; ".join(item.reasons),
                item.certificate.number if item.certificate else "",
            ]
        )
    return headers, table


def _xlsx(title: str, headers: list[str], rows: list[list[object]]) -> bytes:
    # Every text cell is written as a string, never a formula ("=..." typed in a name stays text).
    # Replaced by lms.exports.xlsx_bytes(Table(title, headers, rows)) once the shared exports land.
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    for row in [headers, *rows]:
        sheet.append([None if isinstance(value, str) else value for value in row])
        for column, value in enumerate(row, start=1):
            if isinstance(value, str):
                cell = sheet.cell(row=sheet.max_row, column=column)
                cell.value = value
                cell.data_type = TYPE_STRING
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def eligibility_response(session: TrainingSession, rows: list[Eligibility]) -> HttpResponse:
    headers, table = eligibility_table(rows)
    response = HttpResponse(
        _xlsx(_("Eligibility"), headers, table),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    filename = f"du-dieu-kien-{session.pk}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
