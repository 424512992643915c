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
from .records import TrainingRecord


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
            [_("Sessions planned"), float(report.planned_sessions)],
            [_("Sessions held"), report.sessions_held],
            [_("Sessions held against the plan (%)"), float(report.held_percent)],
            [_("Sessions of the period (not cancelled)"), report.sessions_total],
            [_("Trainees enrolled"), report.totals.enrolled],
            [_("Trainees who attended"), report.totals.attended],
            [_("Trainees who completed"), report.totals.completed],
            [_("Trainees certified"), report.totals.certified],
            [_("Certificates issued"), report.certificates_issued],
            [_("Certificates revoked"), report.certificates_revoked],
            [_("Handbook editions published"), report.handbook_editions],
        ],
        preamble=[[Styled(report.title, bold=True, size=13)], [Styled(report.scope_note, italic=True)]],
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


def _report_pdf(*, title: str, subtitle: str, tables: list[Table]) -> bytes:
    """A report as a PDF under the issuing authority's national heading (site settings), dated today."""
    config = current_settings()
    today = timezone.localdate()
    place_date = ", ".join(part for part in (config.place, vietnamese_date(today)) if part)
    document = ReportDocument(
        parent_body=config.parent_body,
        issuing_body=config.issuing_body or _("Programme of policy communication training"),
        place_date=place_date[:1].upper() + place_date[1:],
        title=title,
        subtitle=subtitle,
        tables=tables,
    )
    return render_report(document)


def annual_pdf(report: AnnualReport) -> bytes:
    """The annual report as a PDF under the issuing authority's national heading (site settings)."""
    return _report_pdf(
        title=report.title,
        subtitle=_("Policy communication training programme: sessions, trainees, certificates")
        + ". "
        + report.scope_note,
        tables=annual_tables(report),
    )


# A person's training record ----------------------------------------------------------------------------------


def record_tables(record: TrainingRecord) -> list[Table]:
    """The record's parts: who, the sessions attended, the certificates, the quiz results."""
    person = record.person
    facts = Table(
        _("Trainee"),
        [_("Figure"), pgettext("report", "Value")],
        [
            [_("Full name"), person.full_name],
            [_("Date of birth"), person.date_of_birth or ""],
            [_("Work unit"), person.work_unit],
            [_("Position"), person.position],
            [_("Trainee category"), str(person.get_trainee_category_display())],
            [_("E-mail"), person.email],
            [_("Sessions attended"), len(record.sessions)],
            [_("Valid certificates"), record.valid_certificates],
        ],
        preamble=[
            [Styled(_("Training record of %(name)s") % {"name": person.full_name}, bold=True, size=13)]
        ],
        widths={1: 28, 2: 48},
    )
    sessions = Table(
        pgettext("training", "Sessions"),
        [
            pgettext("training", "Session"),
            _("Course"),
            pgettext("first day of a session", "From"),
            pgettext("last day of a session", "To"),
            _("Days attended"),
            _("Attendance (%)"),
            _("Certificate"),
        ],
        [
            [
                f"{line.session.code} — {line.session.title}",
                line.session.course.title,
                line.starts_on,
                line.ends_on,
                f"{line.rate.attended}/{line.rate.planned}",
                float(line.rate.percent),
                line.certificate.number if line.certificate else "",
            ]
            for line in record.sessions
        ],
        widths={1: 40, 2: 30, 3: 12, 4: 12, 5: 12, 6: 12, 7: 16},
    )
    certificates = Table(
        _("Certificates"),
        [
            pgettext("certificate number", "Number"),
            _("Course"),
            _("Issued on"),
            _("Status"),
            _("Verification"),
        ],
        [
            [
                line.certificate.number,
                line.certificate.course_title,
                timezone.localtime(line.certificate.issued_at).date(),
                line.state_label,
                line.verification_url,
            ]
            for line in record.certificates
        ],
        widths={1: 16, 2: 36, 3: 12, 4: 12, 5: 50},
    )
    quizzes = Table(
        _("Quiz results"),
        [_("Quiz"), pgettext("training", "Session"), _("Score"), _("Result"), _("Attempts")],
        [
            [
                line.quiz.title,
                line.session.code if line.session else "",
                float(line.attempt.score),
                _("Passed") if line.attempt.passed else _("Not passed"),
                line.attempts,
            ]
            for line in record.quizzes
        ],
        widths={1: 36, 2: 16, 3: 10, 4: 14, 5: 10},
    )
    return [facts, sessions, certificates, quizzes]


def record_filename(record: TrainingRecord, extension: str) -> str:
    return f"qua-trinh-boi-duong-{record.person.pk}-{record.on:%Y-%m-%d}.{extension}"


def record_pdf(record: TrainingRecord) -> bytes:
    """The training record as a PDF under the national heading, dated the day it is printed."""
    return _report_pdf(
        title=_("Training record"),
        subtitle=_("%(name)s, as of %(date)s")
        % {"name": record.person.full_name, "date": record.on.strftime("%d/%m/%Y")},
        tables=record_tables(record),
    )
