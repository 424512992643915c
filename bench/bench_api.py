"""The JSON API under load: enrolment (each request a new trainee) against GET /api/v1/me, the trivial
authenticated call, on the same gunicorn (2 workers, production settings, PostgreSQL, Redis) with wrk."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from bench.common import bench_gunicorn, bench_trainees, open_session, wrk

SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "5"))
TRAINEES = int(os.environ.get("BENCH_API_TRAINEES", "6000"))
SESSIONS = 4
SCRIPT = Path(__file__).resolve().parent / "enrol.lua"


def _course():
    from cms_site.models import HomePage
    from courses.models import CourseIndexPage, CoursePage

    index = CourseIndexPage.objects.first() or HomePage.objects.first().add_child(
        instance=CourseIndexPage(title="Khóa học", slug="bench-khoa-hoc")
    )
    return index.add_child(instance=CoursePage(title="Bench API", slug=f"bench-api-{time.monotonic_ns()}"))


def _tokens(users) -> list[str]:
    """A personal API token for each user, made in bulk (the same digest as APIToken.create_token)."""
    from wagtail.models import APIToken

    keys = [APIToken.generate_token() for _ in users]
    APIToken.objects.bulk_create(
        [
            APIToken(user=user, name="bench", key_hash=APIToken.hash_token(key), prefix=key[:12])
            for user, key in zip(users, keys, strict=True)
        ]
    )
    return keys


def run(report) -> None:
    from django.db import connection

    from courses.models import Enrolment

    if connection.vendor != "postgresql" or not shutil.which("wrk"):
        report("API under gunicorn: skipped, needs PostgreSQL (DATABASE_URL) and wrk", 0, "")
        return
    cache_url = os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/13")
    broker_url = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/12")
    course = _course()
    # Enough seats for everyone: each request is a full enrolment (a seat, the event, the e-mail queued).
    sessions = [open_session(course, capacity=TRAINEES, code=f"API {n}/2026") for n in range(SESSIONS)]
    users = bench_trainees(TRAINEES + 1, prefix="api", family_name="Phạm", given_name="Chi")
    keys = _tokens(users)
    me_key = keys.pop()
    scratch = tempfile.mkdtemp(prefix="bench-api-")
    lines = Path(scratch) / "trainees.txt"
    lines.write_text("".join(f"{sessions[n % SESSIONS].pk} {key}\n" for n, key in enumerate(keys)))
    try:
        with bench_gunicorn(cache_url=cache_url, broker_url=broker_url) as base:
            wrk(f"{base}/api/v1/me", seconds=1, headers={"Authorization": f"Bearer {me_key}"})  # warm up
            trivial, _, _ = wrk(f"{base}/bench/ok/", seconds=SECONDS)
            report("trivial view (HttpResponse('ok')), for scale", trivial, "req/s")
            baseline, _, errors = wrk(
                f"{base}/api/v1/me", seconds=SECONDS, headers={"Authorization": f"Bearer {me_key}"}
            )
            report("GET /api/v1/me (bearer token), the baseline", baseline, "req/s")
            if errors:
                report(f"  ... {errors} errors", 0, "")
            rate, requests, errors = wrk(base, seconds=SECONDS, script=str(SCRIPT), args=(str(lines), "2"))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        import redis

        for url in {cache_url, broker_url}:
            redis.Redis.from_url(url).flushdb()  # the bench's cache and queued e-mails (nobody to send them)
    enrolled = Enrolment.objects.filter(session__in=sessions).count()
    report("POST /api/v1/sessions/{id}/enrol, a new trainee each: req/s", rate, "req/s")
    flag = "" if rate / baseline >= 0.25 else "  (below goal)"
    report(f"  ... ratio to GET /api/v1/me (goal >= 0.25){flag}", rate / baseline, "x")
    ran_out = " (ran out of trainees: raise BENCH_API_TRAINEES)" if requests > len(keys) else ""
    report(
        f"  ... {requests} requests, {enrolled} enrolments in {SESSIONS} sessions, {errors} errors{ran_out}",
        0,
        "",
    )
