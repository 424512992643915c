"""Admin screens of the programme reports, for programme managers: coverage of the spokesperson network."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.views.decorators.http import require_GET

from courses.permissions import is_manager
from lms.exports import csv_response, xlsx_response

from . import coverage
from .exports import coverage_summary_table, gaps_table, not_trained_table
from .forms import CoverageForm

LIST_LIMIT = 100


def _managers_only(request) -> None:
    if not is_manager(request.user):
        raise PermissionDenied


def coverage_filename(options: dict, extension: str) -> str:
    suffix = f"-{options['province'].lower()}" if options["province"] else ""
    return f"do-phu-nguoi-phat-ngon-{options['on']:%Y-%m-%d}{suffix}.{extension}"


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
    return render(
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
    )
