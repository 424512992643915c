"""Pieces the benchmarks share: a session open for enrolment, its trainees, threads started together, gunicorn
on the bench's database (through tools/localserver.py) and wrk against it."""

from __future__ import annotations

import contextlib
import subprocess
import threading
import time
from functools import partial

from tools.localserver import gunicorn, serving


def open_session(course, *, capacity: int, code: str | None = None, title: str = "Bench"):
    """A session of `course` open for enrolment since yesterday, with one day three weeks ahead."""
    from datetime import time as clock
    from datetime import timedelta

    from django.utils import timezone

    from courses.models import SessionDay, TrainingSession

    now = timezone.now()
    session = TrainingSession.objects.create(
        course=course,
        code=code or f"Bench {time.monotonic_ns()}",
        title=title,
        year=now.year,
        capacity=capacity,
        status="open",
        enrolment_opens_at=now - timedelta(days=1),
        enrolment_closes_at=now + timedelta(days=10),
    )
    SessionDay.objects.create(
        session=session,
        date=timezone.localdate() + timedelta(days=20),
        start_time=clock(8),
        end_time=clock(17),
    )
    return session


def bench_trainees(count: int, *, prefix: str, family_name: str, given_name: str) -> list:
    """`count` trainee accounts with verified e-mails ({prefix}{n}@example.vn), made in bulk."""
    from django.conf import settings
    from django.contrib.auth.models import Group

    from lms.people.models import User

    trainees = Group.objects.get(name=settings.ROLE_TRAINEES)
    users = User.objects.bulk_create(
        [
            User(
                email=f"{prefix}{n}@example.vn",
                family_name=family_name,
                given_name=f"{given_name}{n}",
                password="!",
            )
            for n in range(count)
        ]
    )
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=u.pk, group_id=trainees.pk) for u in users]
    )
    verify_emails(users)
    return users


def verify_emails(users) -> None:
    """Bench accounts have verified e-mails, as every account that may sign in must (verification is mandatory)."""
    from allauth.account.models import EmailAddress

    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users]
    )


def run_threads(jobs) -> float:
    """Run every `(function, argument)` of `jobs` at once, one thread each; the seconds until all have ended."""
    threads = [threading.Thread(target=function, args=(argument,)) for function, argument in jobs]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start


@contextlib.contextmanager
def bench_gunicorn(*, cache_url: str, broker_url: str = "", workers: int = 2):
    """gunicorn on a free loopback port with the production settings plus the trivial view (bench.settings),
    on the database the bench uses; yields the base URL. Static files are collected to a scratch folder."""
    import os
    import shutil
    import sys
    import tempfile
    from pathlib import Path

    from django.conf import settings

    root = Path(__file__).resolve().parent.parent
    static_root = tempfile.mkdtemp(prefix="bench-static-")
    db = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": settings.SECRET_KEY,  # sessions are signed and API tokens digested with it
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        "CACHE_URL": cache_url,
        "STATIC_ROOT": static_root,
        "LOG_LEVEL": "WARNING",
    }
    if broker_url:
        env["CELERY_BROKER_URL"] = broker_url
    subprocess.run(  # noqa: S603 - the manifest the production static storage needs
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=root, env=env, check=True
    )
    try:
        # Generous: on a loaded machine two workers importing the project take a while.
        with serving(
            partial(gunicorn, "bench.wsgi:application", workers=workers),
            env=env,
            path="/bench/ok/",
            seconds=240,
        ) as port:
            yield f"http://127.0.0.1:{port}"
    finally:
        shutil.rmtree(static_root, ignore_errors=True)


def wrk(url: str, *, seconds: int, headers: dict[str, str] | None = None, script: str = "", args=()):
    """Requests per second, requests and non-2xx/3xx responses of `url` under wrk (2 threads, 8 connections)."""
    import re

    command = ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency"]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    if script:
        command += ["-s", script]
    command.append(url)
    if args:
        command += ["--", *args]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return rate, requests, int(errors.group(1)) if errors else 0
