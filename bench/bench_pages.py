"""Pages under load: gunicorn (2 workers, production settings, PostgreSQL, Redis cache) measured with wrk,
each page as a ratio to a trivial view (HttpResponse("ok")) served by the same gunicorn in the same run."""

from __future__ import annotations

import os
import shutil
import time

from bench.common import bench_gunicorn, wrk

SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "5"))


def _wrk(url: str, *, cookie: str | None = None) -> tuple[float, int]:
    """Requests per second and non-2xx/3xx responses of `url` under wrk (2 threads, 8 connections)."""
    rate, _, errors = wrk(url, seconds=SECONDS, headers={"Cookie": cookie} if cookie else None)
    return rate, errors


def _signed_in_cookie(user) -> str:
    """A session cookie for `user`, written where the server reads sessions (the database)."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.save()
    return f"sessionid={store.session_key}"


def run(report) -> None:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "postgresql" or not shutil.which("wrk"):
        report("Pages under gunicorn: skipped, needs PostgreSQL (DATABASE_URL) and wrk", 0, "")
        return
    cache_url = os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/13")
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115, PTH123

    from courses.models import CoursePage, LessonPage
    from handbook.models import HandbookSectionPage

    section = HandbookSectionPage.objects.live().order_by("path").first()
    # The demo's first lesson and its course (benches run before this one leave courses without lessons).
    lesson = LessonPage.objects.live().order_by("path").first()
    course = CoursePage.objects.live().parent_of(lesson).get()
    trainee = get_user_model().objects.get(email="hocvien@demo.lophoc.vn")
    cookie = _signed_in_cookie(trainee)

    try:
        with bench_gunicorn(cache_url=cache_url) as base:
            baseline, _ = _wrk(f"{base}/bench/ok/")
            report("trivial view (HttpResponse('ok')), the baseline", baseline, "req/s")
            pages = [
                ("anonymous home page", "/", None, 0.5),
                ("anonymous handbook section", section.url, None, 0.5),
                ("anonymous course page", course.url, None, 0.5),
                ("anonymous lesson page", lesson.url, None, 0.5),
                ("signed-in handbook section (trainee)", section.url, cookie, 0.1),
                ("signed-in dashboard (Góc học tập)", "/hoc-tap-cua-toi/", cookie, 0.1),
            ]
            for name, path, with_cookie, goal in pages:
                rate, errors = _wrk(base + path, cookie=with_cookie)
                report(f"{name}: req/s", rate, "req/s")
                flag = "" if rate / baseline >= goal else "  (below goal)"
                suffix = f", {errors} errors" if errors else ""
                report(
                    f"  ... ratio to the trivial view (goal >= {goal}){flag}{suffix}", rate / baseline, "x"
                )
        _dashboard_cold_and_warm(report, trainee)
    finally:
        import redis

        redis.Redis.from_url(cache_url).flushdb()


def _cpu_ms(client, path: str, *, before=None, rounds: int = 100) -> float:
    """CPU milliseconds per request of `path` through the test client (the page warm first)."""
    client.get(path)
    start = time.process_time()
    for _ in range(rounds):
        if before is not None:
            before()
        assert client.get(path).status_code == 200
    return (time.process_time() - start) / rounds * 1000


def _dashboard_cold_and_warm(report, trainee) -> None:
    """Góc học tập is served from the cache to a trainee coming back (courses.dashboard); a first visit, or
    one after a change, builds it. Both in one process (test client, page cache on), against the trivial
    view: what wrk above measures is the warm page."""
    from django.test import Client, override_settings

    from lms import pagecache

    with override_settings(ROOT_URLCONF="bench.urls", PAGE_CACHE_SECONDS=300, ALLOWED_HOSTS=["*"]):
        client = Client()
        client.force_login(trainee)
        trivial = _cpu_ms(client, "/bench/ok/")
        warm = _cpu_ms(client, "/hoc-tap-cua-toi/")
        cold = _cpu_ms(
            client, "/hoc-tap-cua-toi/", before=lambda: pagecache.touch_now(pagecache.learner_tag(trainee.pk))
        )
    report("Góc học tập in one process: trivial view, CPU per request", trivial, "ms")
    report("  ... coming back (from the cache), CPU per request", warm, "ms")
    report("  ... first visit or after a change (built), CPU per request", cold, "ms")
    report("  ... built, ratio to the trivial view (CPU)", trivial / cold, "x")
