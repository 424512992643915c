"""Races closed by the database (PostgreSQL): parallel submits grade once, parallel starts make one attempt,
and starts racing with submits never exceed the attempt limit."""

import random
import threading
import time
from unittest import mock

import pytest
from django.db import connection

from courses.quizzes import services
from courses.quizzes.errors import AttemptLimitError
from courses.quizzes.models import QuizAttempt
from tests.conftest import requires_postgres

from .conftest import enrol, make_question, make_quiz

pytestmark = [requires_postgres, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


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


def test_parallel_submits_grade_once(course, session, trainee):
    enrol(session, trainee)
    for _ in range(5):
        make_question(course)
    quiz = make_quiz(course)
    attempt = services.start_attempt(quiz, user=trainee, rng=random.Random(0))
    with mock.patch("courses.quizzes.services._grade", wraps=services._grade) as grading:
        results, errors = _in_parallel(lambda: services.submit_attempt(attempt, user=trainee))
    assert not errors
    assert grading.call_count == 1
    assert len({result.submitted_at for result in results}) == 1


def test_parallel_starts_make_one_attempt(course, session, trainee):
    enrol(session, trainee)
    for _ in range(5):
        make_question(course)
    quiz = make_quiz(course, attempts_allowed=1)
    results, errors = _in_parallel(lambda: services.start_attempt(quiz, user=trainee))
    assert not errors
    assert QuizAttempt.objects.filter(quiz=quiz, user=trainee).count() == 1
    assert len({result.pk for result in results}) == 1


def test_starts_racing_with_submits_never_exceed_the_limit(course, session, trainee):
    """Ten tabs of the same trainee start and submit as fast as they can: three attempts allowed, three made."""
    enrol(session, trainee)
    for _ in range(5):
        make_question(course)
    quiz = make_quiz(course, attempts_allowed=3, time_limit_minutes=None)
    draw = services.draw_layout

    def slow_draw(quiz, *, rng):
        # Widens the gap between counting the attempts and inserting the new one, where the race lives.
        layout = draw(quiz, rng=rng)
        time.sleep(0.05)
        return layout

    def take_until_refused():
        for _ in range(6):
            try:
                attempt = services.start_attempt(quiz, user=trainee)
            except AttemptLimitError:
                return "refused"
            services.submit_attempt(attempt, user=trainee)
        return "not refused"

    with mock.patch("courses.quizzes.services.draw_layout", side_effect=slow_draw):
        results, errors = _in_parallel(take_until_refused, count=10)
    assert not errors
    assert results == ["refused"] * 10
    attempts = QuizAttempt.objects.filter(quiz=quiz, user=trainee)
    assert attempts.count() == 3
    assert sorted(attempts.values_list("number", flat=True)) == [1, 2, 3]
    assert not attempts.filter(submitted_at__isnull=True).exists()
