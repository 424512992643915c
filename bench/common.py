"""Pieces the benchmarks share: a free loopback port, waiting for a server, a session open for enrolment."""

from __future__ import annotations

import http.client
import subprocess
import threading
import time


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(
    port: int, path: str = "/", *, server: subprocess.Popen | None = None, seconds: int = 60
) -> None:
    """Return once `path` answers on the loopback `port`; raise if the server exits or never answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server is not None and server.poll() is not None:
            raise RuntimeError(f"the server exited with status {server.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", path)
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"nothing answered on port {port}")


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
