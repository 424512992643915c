"""Generate the reports' bench data in PostgreSQL: 100,000 users, 3,000 organisations, 200,000 enrolments,
1,000,000 attendance records (for `bench/bench_reports.py`; never on a real database)."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from lms.reports.bench_data import BenchDataError, generate


class Command(BaseCommand):
    help = "Generate bench data at the programme's scale (PostgreSQL only; for timing the reports)."

    def add_arguments(self, parser):
        parser.add_argument("--yes", action="store_true", help="Confirm: this writes 1.5 million rows.")

    def handle(self, *args, yes, **options):
        if not yes:
            raise CommandError("This writes 1.5 million bench rows into the database: add --yes to go on.")
        start = time.perf_counter()
        try:
            counts = generate()
        except BenchDataError as exc:
            raise CommandError(str(exc)) from exc
        for name, count in counts.items():
            self.stdout.write(f"  {name:<16} {count:>10,}")
        self.stdout.write(self.style.SUCCESS(f"Bench data written in {time.perf_counter() - start:.1f} s."))
