"""Write the spokesperson coverage report to a file, for scheduled runs (the same figures as the screen)."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand
from django.utils import translation

from lms.exports import csv_response, xlsx_bytes
from lms.reports import coverage
from lms.reports.exports import coverage_summary_table, gaps_table, not_trained_table
from lms.reports.management.arguments import iso_date


class Command(BaseCommand):
    help = "Coverage of the spokesperson network per administrative level, as XLSX, CSV or JSON."

    def add_arguments(self, parser):
        parser.add_argument("--on", type=iso_date, default=None, help="Date (YYYY-MM-DD); today by default.")
        parser.add_argument("--province", default=None, help="Code of a province (or other top-level unit).")
        parser.add_argument("--format", choices=["xlsx", "csv", "json"], required=True)
        parser.add_argument("--output", required=True, help="File to write.")

    def handle(self, *args, on, province, format, output, **options):
        translation.activate("vi")
        report = coverage.coverage_report(on=on, province=province)
        options = {"on": report.on, "province": province}
        if format == "json":
            data = json.dumps(report.as_dict(), ensure_ascii=False, indent=2).encode()
        elif format == "csv":
            data = csv_response("coverage.csv", coverage_summary_table(report, preamble=False)).content
        else:
            data = xlsx_bytes(
                coverage_summary_table(report),
                gaps_table(coverage.coverage_gaps(**options).iterator()),
                not_trained_table(coverage.spokespersons_not_trained(**options).iterator()),
            )
        Path(output).write_bytes(data)
        self.stdout.write(f"{output}: {len(data)} bytes")
