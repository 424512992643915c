"""Admin screens of the programme reports, for programme managers: spokesperson coverage, the annual report."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_GET

from courses.permissions import is_manager
from lms.admin import render_admin_page
from lms.dbrouter import reads_from_replica
from lms.exports import csv_response, xlsx_response

from . import annual, coverage, records
from .charts import bar_chart
from .exports import (
    annual_pdf,
    annual_tables,
    coverage_summary_table,
    gaps_table,
    not_trained_table,
    record_filename,
    record_pdf,
    record_tables,
)
from .forms import CoverageForm, PeriodForm

LIST_LIMIT = 100


def _managers_only(request) -> None:
    if not is_manager(request.user):
        raise PermissionDenied


def coverage_filename(options: dict, extension: str) -> str:
    suffix = f"-{options['province'].lower()}" if options["province"] else ""
    return f"do-phu-nguoi-phat-ngon-{options['on']:%Y-%m-%d}{suffix}.{extension}"


@reads_from_replica
@require_GET
def coverage_view(request):
    _managers_only(request)
    form = CoverageForm(request.GET or None)
    options = form.options()
    report = coverage.coverage_report(**options)
    download = request.GET.get("download")
    if download == "xlsx":
        return xlsx_response(
            coverage_filename(options, "xlsx"),
            coverage_summary_table(report),
            gaps_table(coverage.coverage_gaps(**options).iterator()),
            not_trained_table(coverage.spokespersons_not_trained(**options).iterator()),
        )
    if download == "csv":
        return csv_response(coverage_filename(options, "csv"), coverage_summary_table(report, preamble=False))
    gaps = coverage.coverage_gaps(**options)
    not_trained = coverage.spokespersons_not_trained(**options)
    return render_admin_page(
        request,
        "reports/admin/coverage.html",
        {
            "form": form,
            "report": report,
            "total": report.total,
            "gaps": list(gaps[:LIST_LIMIT]),
            "gap_count": gaps.count(),
            "not_trained": list(not_trained[:LIST_LIMIT]),
            "not_trained_count": not_trained.count(),
            "limit": LIST_LIMIT,
            "query": request.GET.urlencode(),
        },
        title=_("Spokesperson network coverage"),
        icon="group",
    )


def _year(request) -> int:
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        return timezone.localdate().year
    return year if 2000 <= year <= 2100 else timezone.localdate().year


@reads_from_replica
@require_GET
def annual_view(request):
    _managers_only(request)
    form = PeriodForm(request.GET or None)
    period = form.period() or annual.Period.of_year(_year(request))
    report = annual.annual_report(start=period.start, end=period.end)
    query = (
        f"from={period.start:%Y-%m-%d}&to={period.end:%Y-%m-%d}"
        if period.year is None
        else f"year={period.year}"
    )
    download = request.GET.get("download")
    if download == "xlsx":
        return xlsx_response(f"bao-cao-chuong-trinh-{period.slug}.xlsx", *annual_tables(report))
    if download == "pdf":
        return pdf_response(annual_pdf(report), f"bao-cao-chuong-trinh-{period.slug}.pdf")
    this_year = timezone.localdate().year
    return render(
        request,
        "reports/admin/annual.html",
        {
            "report": report,
            "year": report.year,
            "years": range(this_year + 1, this_year - 6, -1),
            "form": form,
            "query": query,
            "charts": annual_charts(report),
            "breakdowns": [
                (_("By trainee category"), _("Trainee category"), report.by_category),
                (_("By administrative level"), _("Administrative level"), report.by_level),
                (_("By province"), _("Province"), report.by_province),
            ],
        },
    )


def annual_charts(report: annual.AnnualReport) -> dict:
    return {
        "plan": bar_chart(
            _("Sessions: plan and held"),
            [report.period.label],
            [
                (_("Sessions planned"), [float(report.planned_sessions)]),
                (_("Sessions held"), [report.sessions_held]),
            ],
        ),
        "trainees": bar_chart(
            _("Trainees"),
            [_("Enrolled"), _("Attended"), pgettext("report", "Completed"), _("Certified")],
            [
                (
                    _("Trainees"),
                    [
                        report.totals.enrolled,
                        report.totals.attended,
                        report.totals.completed,
                        report.totals.certified,
                    ],
                )
            ],
        ),
        "provinces": bar_chart(
            _("Trainees by province"),
            [row.label for row in report.by_province],
            [
                (_("Enrolled"), [row.enrolled for row in report.by_province]),
                (_("Certified"), [row.certified for row in report.by_province]),
            ],
            horizontal=True,
        ),
        "sessions": bar_chart(
            _("Attendance and quiz pass rate per session (%)"),
            [item.code for item in report.sessions],
            [
                (_("Attendance (%)"), [float(item.attendance_percent) for item in report.sessions]),
                (_("Quiz pass rate (%)"), [float(item.quiz_pass_percent) for item in report.sessions]),
            ],
        ),
    }


def pdf_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@reads_from_replica
@require_GET
def training_record_view(request, pk: int):
    """A person's training record: managers read anyone's, trainers those of the people in their sessions."""
    person = records.person_on_record(request.user, pk)
    if person is None:
        raise Http404
    record = records.training_record(person)
    download = request.GET.get("download")
    if download == "xlsx":
        return xlsx_response(record_filename(record, "xlsx"), *record_tables(record))
    if download == "pdf":
        return pdf_response(record_pdf(record), record_filename(record, "pdf"))
    return render(request, "reports/admin/training_record.html", {"record": record})


@reads_from_replica
@require_GET
def training_records_view(request):
    """Find a person whose training record the viewer may read (managers: anyone; trainers: their trainees)."""
    query = request.GET.get("q", "")[:100]
    people = records.find_people_on_record(request.user, query, limit=LIST_LIMIT)
    return render(
        request,
        "reports/admin/training_records.html",
        {"people": people, "query": query, "limit": LIST_LIMIT},
    )
