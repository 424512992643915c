"""Reports at scale: the annual report (a year, a range), spokesperson coverage, one person's training record."""

from __future__ import annotations

import datetime as dt
import time


def run(report) -> None:
    from django.core.management import call_command
    from django.db import connection

    from bench.run import timed
    from courses.models import Enrolment
    from lms.people.models import User
    from lms.reports.annual import annual_report
    from lms.reports.coverage import coverage_report
    from lms.reports.records import training_record

    if connection.vendor != "postgresql":
        print(
            "  skipped: the reports bench (100,000 users, 1,000,000 attendance records) needs PostgreSQL;"
            " run it with DATABASE_URL=postgres://... python bench/run.py reports",
            flush=True,
        )
        return
    start = time.perf_counter()
    call_command("bench_data", "--yes", stdout=open("/dev/null", "w"))  # noqa: SIM115
    report("generate the bench data (s)", time.perf_counter() - start, "s")
    report("users", User.objects.count(), "rows")
    report("enrolments", Enrolment.objects.count(), "rows")

    person = (
        User.objects.filter(email__endswith="@bench.invalid").order_by("pk").first()
    )  # in 2 sessions, like most
    cases = [
        ("annual report 2025 (median)", lambda: annual_report(2025)),
        (
            "annual report 01/07/2025-30/06/2026 (median)",
            lambda: annual_report(start=dt.date(2025, 7, 1), end=dt.date(2026, 6, 30)),
        ),
        ("coverage report, whole country (median)", lambda: coverage_report(on=dt.date(2026, 6, 1))),
        ("training record of one person (median)", lambda: training_record(person)),
    ]
    for name, function in cases:
        median, worst = timed(function, repeat=5)
        report(name, median, "ms")
        report(name.replace("(median)", "(max)"), worst, "ms")
