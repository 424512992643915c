"""Write the annual programme report to a file, for scheduled runs (the same figures as the screen)."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand
from django.utils import translation

from lms.exports import xlsx_bytes
from lms.reports.annual import annual_report
from lms.reports.exports import annual_pdf, annual_tables


class Command(BaseCommand):
    help = "The annual programme report (sessions against the plan, trainees, certificates) as XLSX, PDF or JSON."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--format", choices=["xlsx", "pdf", "json"], required=True)
        parser.add_argument("--output", required=True, help="File to write.")

    def handle(self, *args, year, format, output, **options):
        translation.activate("vi")
        report = annual_report(year)
        if format == "json":
            data = json.dumps(report.as_dict(), ensure_ascii=False, indent=2).encode()
        elif format == "pdf":
            data = annual_pdf(report)
        else:
            data = xlsx_bytes(*annual_tables(report))
        Path(output).write_bytes(data)
        self.stdout.write(f"{output}: {len(data)} bytes")
