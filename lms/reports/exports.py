"""The reports as spreadsheet tables (through lms.exports) and as JSON-ready data."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from certificates.authority import current_settings
from lms.exports import Styled, Table
from lms.people.models import Organisation, Spokesperson
from lms.text import vietnamese_date

from .annual import AnnualReport, GroupFigures
from .coverage import CoverageReport
from .pdf import ReportDocument, render_report


def _coverage_preamble(report: CoverageReport) -> list[list[object]]:
    lines: list[list[object]] = [[Styled(_("Spokesperson network coverage"), bold=True, size=13)]]
    lines.append([_("On date"), report.on])
    if report.province:
        lines.append([_("Within"), report.province])
    lines.append([_("Target (%)"), report.target_percent])
    return lines


def coverage_summary_table(report: CoverageReport, *, preamble: bool = True) -> Table:
    """One row per level in force, then the total: units, covered, trained, with percentages and gaps."""
    headers = [
        _("Administrative level"),
        pgettext("report", "Organisations"),
        _("With a spokesperson"),
        _("With a spokesperson (%)"),
        _("Trained"),
        _("Trained (%)"),
        _("Without a spokesperson"),
    ]

    def line(name: str, row) -> list[object]:
        return [
            name,
            row.organisations,
            row.covered,
            float(row.covered_percent),
            row.trained,
            float(row.trained_percent),
            row.gaps,
        ]

    rows = [line(row.level_name, row) for row in report.rows]
    rows.append(line(_("Total"), report.total))
    return Table(
        _("Coverage"),
        headers,
        rows,
        preamble=_coverage_preamble(report) if preamble else (),
        widths={1: 42, 2: 14, 3: 18, 4: 18, 5: 12, 6: 12, 7: 20},
    )


def gaps_table(units: Iterable[Organisation]) -> Table:
    headers = [_("No."), _("Organisation"), _("Code"), _("Administrative level"), _("Parent")]
    rows = (
        [number, unit.name, unit.code or "", unit.level.name, unit.parent.name if unit.parent_id else ""]
        for number, unit in enumerate(units, start=1)
    )
    return Table(_("Without a spokesperson"), headers, rows, widths={2: 42, 4: 30, 5: 36})


def not_trained_table(records: Iterable[Spokesperson]) -> Table:
    headers = [
        _("No."),
        _("Full name"),
        _("Position"),
        _("Organisation"),
        _("Administrative level"),
        _("Phone"),
        _("E-mail"),
        _("User account"),
    ]
    rows = (
        [
            number,
            record.full_name,
            record.position,
            record.organisation.name,
            record.organisation.level.name,
            record.phone,
            record.email,
            record.user.email if record.user_id else "",
        ]
        for number, record in enumerate(records, start=1)
    )
    return Table(_("Not yet trained"), headers, rows, widths={2: 28, 3: 24, 4: 36, 5: 26, 7: 28, 8: 28})


# The annual programme report -------------------------------------------------------------------------------


def _group_table(title: str, first: str, groups: list[GroupFigures], total: GroupFigures) -> Table:
    headers = [first, _("Enrolled"), _("Attended"), pgettext("report", "Completed"), _("Certified")]
    rows = [[row.label, row.enrolled, row.attended, row.completed, row.certified] for row in [*groups, total]]
    return Table(title, headers, rows, widths={1: 42, 2: 12, 3: 12, 4: 12, 5: 12})


def annual_tables(report: AnnualReport) -> list[Table]:
    """One table per part of the report (one sheet each in XLSX, one section each in the PDF)."""
    summary = Table(
        pgettext("report sheet", "Summary"),
        [_("Figure"), pgettext("report", "Value")],
        [
            [_("Sessions planned"), report.planned_sessions],
            [_("Sessions held"), report.sessions_held],
            [_("Sessions held against the plan (%)"), float(report.held_percent)],
            [_("Sessions of the year (not cancelled)"), report.sessions_total],
            [_("Trainees enrolled"), report.totals.enrolled],
            [_("Trainees who attended"), report.totals.attended],
            [_("Trainees who completed"), report.totals.completed],
            [_("Trainees certified"), report.totals.certified],
            [_("Certificates issued"), report.certificates_issued],
            [_("Certificates revoked"), report.certificates_revoked],
            [_("Handbook editions published"), report.handbook_editions],
        ],
        preamble=[[Styled(_("Programme report %(year)s") % {"year": report.year}, bold=True, size=13)]],
        widths={1: 44, 2: 14},
    )
    sessions = Table(
        pgettext("training", "Sessions"),
        [
            pgettext("training", "Session"),
            pgettext("report", "Title"),
            _("Course"),
            _("Status"),
            _("Enrolled"),
            pgettext("report", "Days"),
            _("Attendance (%)"),
            _("Quiz takers"),
            _("Quiz passed"),
            _("Quiz pass rate (%)"),
        ],
        [
            [
                item.code,
                item.title,
                item.course,
                item.status,
                item.enrolled,
                item.days,
                float(item.attendance_percent),
                item.quiz_takers,
                item.quiz_passed,
                float(item.quiz_pass_percent),
            ]
            for item in report.sessions
        ],
        widths={1: 14, 2: 36, 3: 30, 4: 16},
    )
    certificates = Table(
        _("Certificates by work unit"),
        [_("Work unit (as stated on the certificate)"), _("Certificates issued")],
        [list(item) for item in report.certificates_by_unit],
        widths={1: 50, 2: 16},
    )
    return [
        summary,
        sessions,
        _group_table(_("By trainee category"), _("Trainee category"), report.by_category, report.totals),
        _group_table(_("By administrative level"), _("Administrative level"), report.by_level, report.totals),
        _group_table(_("By province"), _("Province"), report.by_province, report.totals),
        certificates,
    ]


def annual_pdf(report: AnnualReport) -> bytes:
    """The annual report as a PDF under the issuing authority's national heading (site settings)."""
    config = current_settings()
    today = timezone.localdate()
    place_date = ", ".join(part for part in (config.place, vietnamese_date(today)) if part)
    document = ReportDocument(
        parent_body=config.parent_body,
        issuing_body=config.issuing_body or _("Programme of policy communication training"),
        place_date=place_date[:1].upper() + place_date[1:],
        title=_("Programme report %(year)s") % {"year": report.year},
        subtitle=_("Policy communication training programme: sessions, trainees, certificates"),
        tables=annual_tables(report),
    )
    return render_report(document)
