"""Pages under load: gunicorn (2 workers, production settings, PostgreSQL, Redis cache) measured with wrk,
each page as a ratio to a trivial view (HttpResponse("ok")) served by the same gunicorn in the same run."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import free_port, wait_until_up

ROOT = Path(__file__).resolve().parent.parent
SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "5"))


def _wrk(url: str, *, cookie: str | None = None) -> tuple[float, int]:
    """Requests per second and non-2xx/3xx responses of `url` under wrk (2 threads, 8 connections)."""
    command = ["wrk", "-t2", "-c8", f"-d{SECONDS}s", "--latency", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return rate, int(errors.group(1)) if errors else 0


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
    from django.conf import settings
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
    course = CoursePage.objects.live().order_by("path").first()
    lesson = LessonPage.objects.live().child_of(course).order_by("path").first()
    trainee = get_user_model().objects.get(email="hocvien@demo.lophoc.vn")
    cookie = _signed_in_cookie(trainee)

    static_root = tempfile.mkdtemp(prefix="bench-static-")
    db = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": settings.SECRET_KEY,  # the sessions are signed with it
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        "CACHE_URL": cache_url,
        "STATIC_ROOT": static_root,
        "LOG_LEVEL": "WARNING",
    }
    subprocess.run(  # noqa: S603 - the manifest the production static storage needs
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(  # noqa: S603 - fixed command, loopback only
        [sys.executable, "-m", "gunicorn", "bench.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_until_up(port, "/bench/ok/", server=server)
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
            report(f"  ... ratio to the trivial view (goal >= {goal}){flag}{suffix}", rate / baseline, "x")
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(static_root, ignore_errors=True)
        import redis

        redis.Redis.from_url(cache_url).flushdb()
