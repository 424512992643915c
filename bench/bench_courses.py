"""Courses: enrolments per second through the API under 20 concurrent clients; bulk import of 10,000 rows."""

from __future__ import annotations

import csv
import io
import threading
import time
from functools import partial

from bench.common import bench_trainees, open_session, run_threads
from tools.localserver import gunicorn, serving


def _setup_session(capacity: int):
    from cms_site.models import HomePage
    from courses.models import CourseIndexPage, CoursePage

    index = CourseIndexPage.objects.first()
    if index is None:
        index = HomePage.objects.first().add_child(
            instance=CourseIndexPage(title="Khóa học", slug="bench-khoa-hoc")
        )
    course = index.add_child(instance=CoursePage(title="Bench", slug=f"bench-{time.monotonic_ns()}"))
    return open_session(course, capacity=capacity)


def run(report) -> None:
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from courses.bulk import COLUMN_ALIASES, apply_bulk_enrolment, plan_bulk_enrolment
    from courses.models import Enrolment
    from lms.imports.reading import read_table

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    report(f"database: {connection.vendor}", 0, "")

    # 1. API enrolments, 20 concurrent clients, 400 distinct people, capacity 100 (the rest waitlisted).
    session = _setup_session(capacity=100)
    users = bench_trainees(400, prefix="bench", family_name="Nguyễn", given_name="An")
    clients = []
    for user in users:
        client = Client()
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        clients.append(client)
    # SQLite (in memory) takes no concurrent writers: there the figure is for one client in sequence.
    workers = 20 if connection.vendor == "postgresql" else 1
    chunks = [clients[i::workers] for i in range(workers)]
    failures: list = []
    barrier = threading.Barrier(workers)

    def worker(mine):
        try:
            barrier.wait()
            for client in mine:
                response = client.post(f"/api/v1/sessions/{session.pk}/enrol")
                if response.status_code not in (200, 201):
                    failures.append(response.status_code)
        except Exception as exc:  # noqa: BLE001 - counted as a failure
            failures.append(repr(exc))
        finally:
            connection.close()

    elapsed = run_threads([(worker, chunk) for chunk in chunks])
    confirmed = Enrolment.objects.filter(session=session, status="confirmed").count()
    waitlisted = Enrolment.objects.filter(session=session, status="waitlisted").count()
    report(
        f"API enrolments/s, {workers} concurrent clients (400 people, e-mails included)",
        400 / elapsed,
        "req/s",
    )
    report(
        f"  ... confirmed {confirmed} (capacity 100), waitlisted {waitlisted}, failed requests {len(failures)}",
        0,
        "",
    )

    # 2. Bulk import of 10,000 rows (new accounts) into one session.
    session = _setup_session(capacity=10_000)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Email", "Họ", "Tên đệm", "Tên", "Đối tượng", "Điện thoại"])
    for n in range(10_000):
        writer.writerow(
            [f"hv{n}@bulk.example.vn", "Trần", "Thị", f"Mai{n}", "Cán bộ truyền thông", "0912 000 000"]
        )
    data = buffer.getvalue().encode()
    start = time.perf_counter()
    rows = read_table(io.BytesIO(data), "bench.csv", aliases=COLUMN_ALIASES)
    plan = plan_bulk_enrolment(session, rows)
    report("bulk import 10,000 rows: read + check (preview)", (time.perf_counter() - start) * 1000, "ms")
    from unittest import mock

    from django.db import transaction

    from courses import audit
    from courses.models import EnrolmentEvent
    from courses.notifications import queue_event_emails

    start = time.perf_counter()
    # E-mails go to the Celery worker in production: time the database work alone, then the e-mails apart.
    # (the task that writes their outbox rows after commit is left unqueued here; it is timed below, per e-mail)
    with mock.patch.object(audit, "queue_enrolment_emails"), transaction.atomic():
        counts = apply_bulk_enrolment(session, plan, acting_user=None)
    report(
        f"bulk import 10,000 rows: write ({counts['created']} accounts, {counts['confirmed']} enrolments)",
        (time.perf_counter() - start) * 1000,
        "ms",
    )
    sample = list(
        EnrolmentEvent.objects.filter(enrolment__session=session).values_list("pk", flat=True)[:200]
    )
    start = time.perf_counter()
    queue_event_emails(sample)
    report(
        "invitation e-mail (3 templates + .ics, outbox row + send), per e-mail",
        (time.perf_counter() - start) * 1000 / len(sample),
        "ms",
    )
    start = time.perf_counter()
    again = plan_bulk_enrolment(session, read_table(io.BytesIO(data), "bench.csv", aliases=COLUMN_ALIASES))
    report(
        f"re-run of the same file (all {again.report.summary().get('error', 0)} rows already enrolled)",
        (time.perf_counter() - start) * 1000,
        "ms",
    )
    run_http(report)


def run_http(report) -> None:
    """Enrolments through the real stack: gunicorn (2 processes) on loopback, 20 HTTP clients with API tokens,
    e-mails queued to the Redis broker as in production (PostgreSQL and Redis only)."""
    import http.client
    import os

    from django.conf import settings
    from django.db import connection

    from courses.models import Enrolment
    from lms.people.tokens import create_api_token

    broker = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/12")
    if connection.vendor != "postgresql":
        report("HTTP enrolments (gunicorn): skipped, needs PostgreSQL (DATABASE_URL)", 0, "")
        return
    session = _setup_session(capacity=100)
    users = bench_trainees(400, prefix="http", family_name="Lê", given_name="Bình")
    keys = [create_api_token(user, name="bench")[1] for user in users]
    db = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": settings.SECRET_KEY,  # the tokens are HMAC digests keyed with it
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        "CELERY_BROKER_URL": broker,
        "LOG_LEVEL": "WARNING",
    }
    failures: list = []
    try:
        with serving(
            partial(gunicorn, "lms.wsgi:application", workers=2, threads=4), env=env, path="/api/v1/sessions/"
        ) as port:
            barrier = threading.Barrier(20)
            chunks = [keys[i::20] for i in range(20)]

            def client(mine):
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                barrier.wait()
                for key in mine:
                    try:
                        conn.request(
                            "POST",
                            f"/api/v1/sessions/{session.pk}/enrol",
                            headers={"Authorization": f"Bearer {key}"},
                        )
                        response = conn.getresponse()
                        response.read()
                        if response.status not in (200, 201):
                            failures.append(response.status)
                    except (OSError, http.client.HTTPException) as exc:
                        failures.append(repr(exc))
                        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

            elapsed = run_threads([(client, chunk) for chunk in chunks])
    finally:
        import redis

        redis.Redis.from_url(broker).flushdb()  # the queued e-mails of the bench: nobody to send them to
    confirmed = Enrolment.objects.filter(session=session, status="confirmed").count()
    waitlisted = Enrolment.objects.filter(session=session, status="waitlisted").count()
    report(
        "HTTP enrolments/s: gunicorn 2x4, 20 clients, bearer tokens, e-mails queued", 400 / elapsed, "req/s"
    )
    report(
        f"  ... confirmed {confirmed} (capacity 100), waitlisted {waitlisted}, failed {len(failures)}"
        + (f" (e.g. {failures[0]})" if failures else ""),
        0,
        "",
    )
