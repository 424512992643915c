"""`make load`: the platform under a national surge, on one machine, checked afterwards.

gunicorn (4 workers, production settings) on PostgreSQL and Redis on loopback, a real Celery worker, and a
bounded Python load generator: TRAINEES people enrol through the API into sessions with fewer seats than
people, while BROWSERS others read handbook, course and lesson pages (mostly from the page cache) and
QUIZ_TAKERS take a quiz through the API, saving each answer as they go. Then it prints requests per second,
p50/p95/p99 latency per kind of request and the errors, and checks the database: no session over capacity,
waitlist positions 1..N without gaps, no duplicate enrolment, every quiz answer saved exactly once.

    python bench/load.py [--trainees 1000] [--browsers 200] [--quiz-takers 50]
    python bench/load.py --cluster .cluster/ready.json [...]     # `make load-cluster`

It uses its own database (`lms_load`, created and dropped) on the PostgreSQL server DATABASE_URL names
(default 127.0.0.1:5432, user postgres) and Redis databases 10 (cache) and 11 (broker). Exit status 1 when
a check fails or any request errs.

With --cluster READY_FILE it starts nothing: it loads an already running `make cluster` (tools/cluster.py),
in that cluster's database, twice with the same numbers: once against one web node directly, once through
nginx in front of both, and prints the two runs' figures side by side.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB_NAME = "lms_load"
CACHE_URL = "redis://127.0.0.1:6379/10"
BROKER_URL = "redis://127.0.0.1:6379/11"
SEATS_PER_SESSION = 60
SESSIONS = 3
QUESTIONS = 10


def _server_url() -> str:
    parts = urlsplit(os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"))
    if not parts.scheme.startswith("postgres"):
        parts = urlsplit("postgres://postgres@127.0.0.1:5432/postgres")
    return f"{parts.scheme}://{parts.netloc}"


def _recreate_database(server: str) -> None:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DB_NAME}"')


def _drop_database(server: str) -> None:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')


def _prepare(trainees: int, quiz_takers: int, tag: str = "") -> dict:
    """Content and people, written directly (only the load is measured): sessions, a practice quiz, a
    handbook, and accounts with API tokens. `tag` makes slugs, codes and e-mails unique in a database that
    already has content (a cluster's)."""

    from wagtail.models import APIToken

    from bench.common import bench_trainees, open_session
    from cms_site.models import HomePage
    from courses.models import CourseIndexPage, CoursePage, LessonPage
    from courses.quizzes.models import Choice, Question, Quiz
    from handbook.models import HandbookChapterPage, HandbookPage, HandbookSectionPage

    home = HomePage.objects.get()
    index = home.add_child(instance=CourseIndexPage(title=f"Khóa học{tag}", slug=f"khoa-hoc{tag}"))
    course = index.add_child(instance=CoursePage(title="Kỹ năng truyền thông chính sách", slug="ky-nang"))
    lessons = [
        course.add_child(instance=LessonPage(title=f"Bài {n}", slug=f"bai-{n}", intro="Giới thiệu bài học."))
        for n in range(1, 4)
    ]
    sessions = [
        open_session(course, capacity=SEATS_PER_SESSION, code=f"Khóa {number}{tag}", title=f"Lớp {number}")
        for number in range(1, SESSIONS + 1)
    ]
    quiz = Quiz.objects.create(
        course=course, title="Ôn tập", question_count=QUESTIONS, attempts_allowed=0, is_practice=True
    )
    for number in range(QUESTIONS):
        question = Question.objects.create(
            course=course, kind="single", practice=True, text=f"<p>Câu hỏi {number + 1}?</p>"
        )
        Choice.objects.bulk_create(
            Choice(question=question, text=text, is_correct=index == 0, sort_order=index)
            for index, text in enumerate(["Đúng", "Sai", "Cũng sai"])
        )
    book = home.add_child(instance=HandbookPage(title=f"Sổ tay{tag}", slug=f"so-tay{tag}"))
    sections = []
    for chapter_number in range(1, 3):
        chapter = book.add_child(
            instance=HandbookChapterPage(title=f"Chương {chapter_number}", slug=f"c{chapter_number}")
        )
        for section_number in range(1, 6):
            sections.append(
                chapter.add_child(
                    instance=HandbookSectionPage(
                        title=f"Mục {chapter_number}.{section_number}",
                        slug=f"m{section_number}",
                        summary="Tóm tắt mục.",
                    )
                )
            )
    people = bench_trainees(
        trainees + quiz_takers, prefix=f"load{tag}", family_name="Nguyễn", given_name="An"
    )
    keys = [APIToken.create_token(user=user, name="load")[1] for user in people]
    return {
        "sessions": [session.pk for session in sessions],
        "quiz": quiz.pk,
        "enrol_keys": keys[:trainees],
        "quiz_keys": keys[trainees:],
        "pages": ["/", index.url, course.url, book.url]
        + [lesson.url for lesson in lessons]
        + [section.url for section in sections],
    }


class Recorder:
    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, list[str]] = defaultdict(list)
        self.lock = threading.Lock()

    def call(self, connection, kind: str, method: str, path: str, *, key: str | None = None, body=None):
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        if body is not None:
            headers["Content-Type"] = "application/json"
            body = json.dumps(body)
        start = time.perf_counter()
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as exc:
            with self.lock:
                self.errors[kind].append(repr(exc))
            connection.close()
            return None
        elapsed = (time.perf_counter() - start) * 1000
        with self.lock:
            self.latencies[kind].append(elapsed)
            if status >= 400:
                self.errors[kind].append(f"{status} {data[:120]!r}")
        return (
            json.loads(data)
            if data and response.getheader("Content-Type", "").startswith("application/json")
            else None
        )


def _run(port: int, plan: dict, *, browsers: int, threads_per_kind: int, recorder: Recorder) -> float:
    from bench.common import run_threads

    def connection():
        return http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def enrolling(keys):
        conn = connection()
        for key in keys:
            session_id = random.choice(plan["sessions"])  # noqa: S311
            recorder.call(conn, "enrol (API)", "POST", f"/api/v1/sessions/{session_id}/enrol", key=key)

    def browsing(visits):
        conn = connection()
        for _ in range(visits):
            recorder.call(conn, "page (anonymous)", "GET", random.choice(plan["pages"]))  # noqa: S311

    def quizzing(keys):
        conn = connection()
        for key in keys:
            attempt = recorder.call(
                conn, "quiz start", "POST", f"/api/v1/quizzes/{plan['quiz']}/attempts", key=key
            )
            if not attempt or "id" not in attempt:
                continue
            for question in attempt.get("questions", []):
                recorder.call(
                    conn,
                    "quiz answer",
                    "POST",
                    f"/api/v1/quiz-attempts/{attempt['id']}/answers",
                    key=key,
                    body={"question": question["id"], "choices": [question["choices"][0]["position"]]},
                )
            recorder.call(
                conn, "quiz submit", "POST", f"/api/v1/quiz-attempts/{attempt['id']}/submit", key=key
            )

    jobs = []
    for index in range(threads_per_kind):
        jobs.append((enrolling, plan["enrol_keys"][index::threads_per_kind]))
        jobs.append((quizzing, plan["quiz_keys"][index::threads_per_kind]))
        # Each browser reads ten pages.
        jobs.append((browsing, len(range(index, browsers, threads_per_kind)) * 10))
    return run_threads(jobs)


def _check_database(plan: dict, quiz_takers: int) -> list[str]:
    from django.db.models import Count

    from courses.models import Enrolment, TrainingSession
    from courses.quizzes.models import AttemptAnswer, QuizAttempt

    problems = []
    for session in TrainingSession.objects.filter(pk__in=plan["sessions"]):
        confirmed = Enrolment.objects.filter(session=session, status="confirmed").count()
        if confirmed > session.capacity:
            problems.append(f"{session.code}: {confirmed} confirmed for {session.capacity} seats")
        positions = sorted(
            Enrolment.objects.filter(session=session, status="waitlisted").values_list(
                "waitlist_position", flat=True
            )
        )
        if positions != list(range(1, len(positions) + 1)):
            problems.append(f"{session.code}: waitlist positions are not 1..N: {positions[:10]}…")
    duplicates = (
        Enrolment.objects.filter(session_id__in=plan["sessions"])
        .values("session_id", "user_id")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .count()
    )
    if duplicates:
        problems.append(f"{duplicates} people enrolled twice in one session")
    active_users = (
        Enrolment.objects.filter(
            session_id__in=plan["sessions"], status__in=["confirmed", "waitlisted", "pending"]
        )
        .values("user_id")
        .distinct()
        .count()
    )
    if active_users != len(plan["enrol_keys"]):
        problems.append(f"{active_users} people hold an enrolment, {len(plan['enrol_keys'])} enrolled")
    attempts = QuizAttempt.objects.filter(quiz_id=plan["quiz"])
    submitted = attempts.filter(submitted_at__isnull=False).count()
    if submitted != quiz_takers:
        problems.append(f"{submitted} quiz attempts submitted, {quiz_takers} expected")
    answers = AttemptAnswer.objects.filter(attempt__quiz_id=plan["quiz"])
    doubled = answers.values("attempt_id", "question_id").annotate(n=Count("id")).filter(n__gt=1).count()
    if doubled:
        problems.append(f"{doubled} quiz answers saved twice")
    expected = quiz_takers * QUESTIONS
    saved = answers.exclude(selected=[]).count()
    if saved != expected:
        problems.append(f"{saved} quiz answers saved, {expected} expected")
    return problems


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _report(recorder: Recorder, elapsed: float) -> int:
    """Print one run's figures; returns the number of errors."""
    total = sum(len(values) for values in recorder.latencies.values())
    errors = sum(len(values) for values in recorder.errors.values())
    print(f"\n{total} requests in {elapsed:.1f} s: {total / elapsed:.0f} req/s, {errors} errors")
    print(f"{'kind':<22}{'requests':>10}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}{'errors':>8}")
    for kind, values in sorted(recorder.latencies.items()):
        print(
            f"{kind:<22}{len(values):>10}{statistics.median(values):>10.0f}{_percentile(values, 0.95):>10.0f}"
            f"{_percentile(values, 0.99):>10.0f}{len(recorder.errors.get(kind, [])):>8}"
        )
    for kind, messages in recorder.errors.items():
        print(f"  {kind}: e.g. {messages[0]}")
    return errors


def _side_by_side(runs: dict[str, tuple[Recorder, float]]) -> int:
    """The same figures for each run, in columns: requests per second, then p50/p95 per kind of request."""
    labels = list(runs)
    width = 28
    print("\n" + f"{'':<22}" + "".join(f"{label:>{width}}" for label in labels))
    errors_total = 0
    cells = []
    for recorder, elapsed in runs.values():
        total = sum(len(values) for values in recorder.latencies.values())
        errors = sum(len(values) for values in recorder.errors.values())
        errors_total += errors
        cells.append(f"{total / elapsed:.0f} req/s, {errors} err")
    print(f"{'all requests':<22}" + "".join(f"{cell:>{width}}" for cell in cells))
    kinds = sorted({kind for recorder, _ in runs.values() for kind in recorder.latencies})
    print(f"{'  p50 / p95 / p99 ms':<22}")
    for kind in kinds:
        row = []
        for recorder, _elapsed in runs.values():
            values = recorder.latencies.get(kind) or [0.0]
            row.append(
                f"{statistics.median(values):.0f} / {_percentile(values, 0.95):.0f} / {_percentile(values, 0.99):.0f}"
            )
        print(f"{kind:<22}" + "".join(f"{cell:>{width}}" for cell in row))
    for label, (recorder, _elapsed) in runs.items():
        for kind, messages in recorder.errors.items():
            print(f"  {label}, {kind}: {len(messages)} errors, e.g. {messages[0]}")
    return errors_total


def _load_cluster(options) -> int:
    """Load a running `make cluster`: one node directly, then nginx in front of both; figures side by side."""
    started = time.perf_counter()
    state = json.loads(Path(options.cluster).read_text())
    for line in Path(state["env_file"]).read_text().splitlines():
        if line.strip() and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            os.environ[key] = value
    import django

    django.setup()
    from django.db import close_old_connections

    targets = {
        "one node (A)": state["nodes"]["a"],
        f"cluster ({len(state['nodes'])} nodes, nginx)": state["url"],
    }
    runs: dict[str, tuple[Recorder, float]] = {}
    problems: list[str] = []
    for number, (label, url) in enumerate(targets.items()):
        tag = f"-{number}-{int(time.time())}"
        plan = _prepare(options.trainees, options.quiz_takers, tag=tag)
        close_old_connections()
        recorder = Recorder()
        elapsed = _run(
            urlsplit(url).port,
            plan,
            browsers=options.browsers,
            threads_per_kind=options.threads,
            recorder=recorder,
        )
        runs[label] = (recorder, elapsed)
        problems += [f"{label}: {problem}" for problem in _check_database(plan, options.quiz_takers)]
    errors = _side_by_side(runs)
    print("database checks:", "all passed" if not problems else "")
    for problem in problems:
        print("  FAILED:", problem)
    print(f"total run time {time.perf_counter() - started:.0f} s")
    return 1 if problems or errors else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=1000)
    parser.add_argument("--browsers", type=int, default=200)
    parser.add_argument("--quiz-takers", type=int, default=50)
    parser.add_argument("--threads", type=int, default=10, help="client threads per kind of visitor")
    parser.add_argument(
        "--cluster",
        metavar="READY_FILE",
        help="load a running make cluster (its ready.json), one node vs all",
    )
    options = parser.parse_args()
    if options.cluster:
        return _load_cluster(options)
    if not shutil.which("redis-cli"):
        print("make load needs Redis on 127.0.0.1:6379 and PostgreSQL (see README)")
        return 1

    server_url = _server_url()
    database_url = f"{server_url}/{DB_NAME}"
    started = time.perf_counter()
    _recreate_database(server_url)
    secret = "load-test-secret-key-not-for-production-0123456789"  # noqa: S105
    static_root = tempfile.mkdtemp(prefix="load-static-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": secret,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database_url,
        "CACHE_URL": CACHE_URL,
        "CELERY_BROKER_URL": BROKER_URL,
        "STATIC_ROOT": static_root,
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "WARNING",
    }
    processes: list[subprocess.Popen] = []
    try:
        for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
            subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True)  # noqa: S603
        os.environ.update(
            {
                key: env[key]
                for key in (
                    "DJANGO_SETTINGS_MODULE",
                    "SECRET_KEY",
                    "DATABASE_URL",
                    "CACHE_URL",
                    "CELERY_BROKER_URL",
                    "ALLOWED_HOSTS",
                    "SECURE_SSL_REDIRECT",
                    "STATIC_ROOT",
                )
            }
        )
        import django

        from tools.localserver import free_port, wait_until_up

        django.setup()
        import redis

        for url in (CACHE_URL, BROKER_URL):
            redis.Redis.from_url(url).flushdb()
        plan = _prepare(options.trainees, options.quiz_takers)
        port = free_port()
        processes.append(
            subprocess.Popen(  # noqa: S603 - fixed command, loopback only
                [sys.executable, "-m", "gunicorn", "lms.wsgi:application", "--bind", f"127.0.0.1:{port}",
                 "--workers", "4", "--log-level", "warning"],
                cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
            )
        )  # fmt: skip
        processes.append(
            subprocess.Popen(  # noqa: S603
                [sys.executable, "-m", "celery", "-A", "lms", "worker", "--pool", "solo", "--loglevel", "WARNING"],
                cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
            )
        )  # fmt: skip
        wait_until_up(port, server=processes[0])
        recorder = Recorder()
        elapsed = _run(
            port, plan, browsers=options.browsers, threads_per_kind=options.threads, recorder=recorder
        )
        problems = _check_database(plan, options.quiz_takers)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(static_root, ignore_errors=True)
        from django.db import connections

        connections.close_all()
        _drop_database(server_url)
    errors = _report(recorder, elapsed)
    print("database checks:", "all passed" if not problems else "")
    for problem in problems:
        print("  FAILED:", problem)
    print(f"total run time {time.perf_counter() - started:.0f} s")
    return 1 if problems or errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
