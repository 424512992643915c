"""Write the programme report to a file, for scheduled runs (the same figures as the screen)."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from lms.exports import xlsx_bytes
from lms.reports.annual import annual_report
from lms.reports.exports import annual_pdf, annual_tables
from lms.reports.management.arguments import iso_date


class Command(BaseCommand):
    help = (
        "The programme report (sessions against the plan, trainees, certificates) for a year or a date range, "
        "as XLSX, PDF or JSON."
    )

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, default=None, help="A programme year.")
        parser.add_argument(
            "--from", dest="start", type=iso_date, default=None, help="First day (YYYY-MM-DD)."
        )
        parser.add_argument("--to", dest="end", type=iso_date, default=None, help="Last day (YYYY-MM-DD).")
        parser.add_argument("--format", choices=["xlsx", "pdf", "json"], required=True)
        parser.add_argument("--output", required=True, help="File to write.")

    def handle(self, *args, year, start, end, format, output, **options):
        if (year is None) == (start is None and end is None) or (start is None) != (end is None):
            raise CommandError("Give --year, or both --from and --to.")
        if start is not None and end < start:
            raise CommandError("--to is before --from.")
        translation.activate("vi")
        report = annual_report(year) if year is not None else annual_report(start=start, end=end)
        if format == "json":
            data = json.dumps(report.as_dict(), ensure_ascii=False, indent=2).encode()
        elif format == "pdf":
            data = annual_pdf(report)
        else:
            data = xlsx_bytes(*annual_tables(report))
        Path(output).write_bytes(data)
        self.stdout.write(f"{output}: {len(data)} bytes")
