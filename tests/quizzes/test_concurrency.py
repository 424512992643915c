"""Races closed by the database (PostgreSQL): parallel submits grade once, parallel starts make one attempt."""

import random
import threading
from unittest import mock

import pytest
from django.db import connection

from courses.quizzes import services
from courses.quizzes.models import QuizAttempt
from tests.conftest import requires_postgres

from .conftest import make_question, make_quiz

pytestmark = [requires_postgres, pytest.mark.django_db(transaction=True)]


def _in_parallel(function, count=4):
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(function())
        except Exception as exc:  # noqa: BLE001 - collected and asserted on below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def test_parallel_submits_grade_once(course, trainee):
    for _ in range(5):
        make_question(course)
    quiz = make_quiz(course)
    attempt = services.start_attempt(quiz, user=trainee, rng=random.Random(0))
    with mock.patch("courses.quizzes.services._grade", wraps=services._grade) as grading:
        results, errors = _in_parallel(lambda: services.submit_attempt(attempt, user=trainee))
    assert not errors
    assert grading.call_count == 1
    assert len({result.submitted_at for result in results}) == 1


def test_parallel_starts_make_one_attempt(course, trainee):
    for _ in range(5):
        make_question(course)
    quiz = make_quiz(course, attempts_allowed=1)
    results, errors = _in_parallel(lambda: services.start_attempt(quiz, user=trainee))
    assert not errors
    assert QuizAttempt.objects.filter(quiz=quiz, user=trainee).count() == 1
    assert len({result.pk for result in results}) == 1
