"""The eligibility list of a session as a spreadsheet: one row per trainee, eligible or with the reasons."""

from __future__ import annotations

from django.http import HttpResponse
from django.utils.translation import gettext as _

from courses.models import TrainingSession
from lms.exports import Table, xlsx_response

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


def eligibility_response(session: TrainingSession, rows: list[Eligibility]) -> HttpResponse:
    headers, table = eligibility_table(rows)
    return xlsx_response(f"du-dieu-kien-{session.pk}.xlsx", Table(_("Eligibility"), headers, table))
