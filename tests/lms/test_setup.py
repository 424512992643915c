"""Project set-up: production settings pass the deploy checks; demo content loads idempotently."""

import os
import subprocess

import pytest
from django.apps import apps
from django.core.management import call_command

from lms.outbox.models import OutboxMessage
from tests.conftest import run_python


def _check_deploy(**overrides: str | None) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": "k3y-" + "x9Qv7#pLm2@Zr8!tWc4$Hn6^Bd1&Fs5*Jg0" * 2,
        "ALLOWED_HOSTS": "taphuan.example.gov.vn",
        "SITE_URL": "https://taphuan.example.gov.vn",
        "DATABASE_URL": os.environ.get("DATABASE_URL") or "sqlite:////tmp/lms-deploy-check.sqlite3",
        # A shared cache: the login rate limits count there (checking does not connect to it).
        "CACHE_URL": "redis://127.0.0.1:6379/1",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests only, never in a deployment
    for name, value in overrides.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return run_python("manage.py", "check", "--deploy", "--fail-level", "WARNING", env=env)


def test_check_deploy_is_clean_with_production_values():
    result = _check_deploy()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_fails_without_a_shared_cache():
    """Each gunicorn worker would count failed logins alone: the deploy check refuses a per-process cache."""
    result = _check_deploy(CACHE_URL=None)
    assert result.returncode != 0
    assert "lms.E001" in result.stdout + result.stderr
    assert "CACHE_URL" in result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_a_secret():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.production", "SECRET_KEY": ""}
    result = run_python("manage.py", "check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_dev_settings_log_each_line_once_and_eager_tasks_build_no_broker_connection(tmp_path):
    """With the embedded defaults (DEBUG on, no broker): a log line is printed once, not by Django's console
    handler and again by the root's, and running a task eagerly makes kombu say nothing about a hostname."""
    script = (
        "import logging\n"
        "from lms.celery import app\n"
        "logging.getLogger('django.request').warning('Not Found: /nowhere/')\n"
        "logging.getLogger('courses').warning('a courses line')\n"
        "@app.task\n"
        "def ping():\n"
        "    return 'pong'\n"
        "print(ping.delay().get())\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
        "DJANGO_DEBUG": "1",  # the dev default (this process's test settings set it to 0)
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    for name in ("CELERY_BROKER_URL", "CELERY_RESULT_BACKEND", "LOG_LEVEL"):
        env.pop(name, None)
    result = run_python("manage.py", "shell", "--no-imports", "-c", script, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "pong"
    assert result.stderr.count("Not Found: /nowhere/") == 1
    assert result.stderr.count("a courses line") == 1
    assert "No hostname was supplied" not in result.stderr


def _row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label not in {"sessions", "admin"} and not model._meta.proxy
    }


@pytest.mark.django_db
def test_seed_demo_twice_changes_nothing(capsys):
    call_command("seed_demo")
    first = _row_counts()
    out = capsys.readouterr().out
    assert "hocvien@demo.lophoc.vn" in out and "Demo@2026" in out
    call_command("seed_demo")
    second = _row_counts()
    changed = {label: (first[label], second[label]) for label in first if first[label] != second[label]}
    assert changed == {}
    assert first["people.Organisation"] >= 90
    assert first["people.User"] >= 30
    # What the files under lms/demo/content describe, all of it seeded.
    assert {
        label: first[label]
        for label in (
            "handbook.HandbookPage",
            "handbook.HandbookChapterPage",
            "handbook.HandbookSectionPage",
            "courses.CourseIndexPage",
            "courses.CoursePage",
            "courses.LessonPage",
            "courses.TrainingSession",
            "courses.SessionDay",
            "quizzes.Quiz",
            "quizzes.Question",
        )
    } == {
        "handbook.HandbookPage": 1,
        "handbook.HandbookChapterPage": 8,
        "handbook.HandbookSectionPage": 28,
        "courses.CourseIndexPage": 1,
        "courses.CoursePage": 2,
        "courses.LessonPage": 10,
        # Four sessions of the courses' demo, the nomination-only one (lms/demo/content/nominations) and
        # last year's two completed ones (lms/demo/content/last_year).
        "courses.TrainingSession": 7,
        "courses.SessionDay": 14,
        "quizzes.Quiz": 2,
        "quizzes.Question": 35,
    }
    # Demo people have made-up addresses: every e-mail their enrolments owed is withheld, none sent.
    statuses = set(OutboxMessage.objects.values_list("status", flat=True))
    assert first["outbox.OutboxMessage"] > 0 and statuses == {"cancelled"}
