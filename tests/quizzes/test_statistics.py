"""Item statistics on a small data set whose facility and discrimination are computed by hand.

Four submitted attempts of the same three questions (1 = fully correct):

            Q1  Q2  Q3
    A1       1   1   1
    A2       1   1   0
    A3       1   0   0
    A4       0   0   1

Facility: Q1 3/4 = 0.75, Q2 2/4 = 0.5, Q3 2/4 = 0.5.
Discrimination (point-biserial r between the item and the mean of the *other* two items):
- Q1: x = 1,1,1,0; rest = 1, .5, 0, .5 → deviations of x .25,.25,.25,-.75, of rest .5,0,-.5,0 → Σxy = 0 → r = 0.
- Q2: x = 1,1,0,0; rest = 1, .5, .5, .5 (mean .625) → Σxy = .25, Σx² = 1, Σy² = .1875 → r = .25/√.1875 = 0.5774.
- Q3: x = 1,0,0,1; rest = 1, 1, .5, 0 (mean .625) → Σxy = -.25, Σx² = 1, Σy² = .6875 → r = -.25/√.6875 = -0.3015.
"""

import random

import pytest

from courses.quizzes import selectors, services
from courses.quizzes.grading import item_statistics
from tests.factories import UserFactory

from .conftest import correct_ids, enrol, make_question, make_quiz, wrong_ids

PATTERN = [(1, 1, 1), (1, 1, 0), (1, 0, 0), (0, 0, 1)]


def test_pure_item_statistics():
    attempts = [
        {1: (float(a), [10 if a else 11]), 2: (float(b), [20]), 3: (float(c), [])} for a, b, c in PATTERN
    ]
    stats = item_statistics(attempts)
    assert stats[1].facility == pytest.approx(0.75)
    assert stats[2].facility == pytest.approx(0.5)
    assert stats[3].facility == pytest.approx(0.5)
    assert stats[1].discrimination == pytest.approx(0.0, abs=1e-9)
    assert stats[2].discrimination == pytest.approx(0.5774, abs=1e-4)
    assert stats[3].discrimination == pytest.approx(-0.3015, abs=1e-4)
    assert stats[3].negative_discrimination and stats[3].flagged
    assert not stats[2].flagged
    assert stats[1].choice_counts == {10: 3, 11: 1}
    assert stats[3].blank == 4


def test_flags_too_easy_and_too_hard():
    attempts = [{1: (1.0, [1]), 2: (0.0, [2]), 3: (float(i % 2), [3])} for i in range(10)]
    stats = item_statistics(attempts)
    assert stats[1].too_easy and not stats[1].too_hard
    assert stats[2].too_hard and not stats[2].too_easy
    assert stats[1].discrimination is None  # no variation, no correlation


def test_item_statistics_from_submitted_attempts(course, session):
    questions = [
        make_question(course, [("Đúng 1", True), ("Sai 1a", False), ("Sai 1b", False)]),
        make_question(course, [("Đúng 2", True), ("Sai 2", False)]),
        make_question(course, [("Đúng 3", True), ("Sai 3", False)]),
    ]
    quiz = make_quiz(course, question_count=3, attempts_allowed=0)
    for pattern in PATTERN:
        user = UserFactory()
        enrol(session, user)
        attempt = services.start_attempt(quiz, user=user, rng=random.Random(0))
        for question, right in zip(questions, pattern, strict=True):
            if question is questions[2] and not right:
                continue  # left blank
            choice = correct_ids(question) if right else wrong_ids(question)[:1]
            services.save_answer(attempt, question_id=question.pk, choice_ids=choice, user=user)
        services.submit_attempt(attempt, user=user)
    # An open attempt is not counted.
    latecomer = UserFactory()
    enrol(session, latecomer)
    services.start_attempt(quiz, user=latecomer)

    rows = {row.question_id: row for row in selectors.quiz_item_statistics(quiz, session=session)}
    q1, q2, q3 = (rows[q.pk] for q in questions)
    assert (q1.stat.attempts, q1.stat.facility) == (4, 0.75)
    assert q2.stat.discrimination == pytest.approx(0.5774, abs=1e-4)
    assert q3.stat.discrimination == pytest.approx(-0.3015, abs=1e-4)
    assert q3.stat.blank == 2
    counts = {entry["choice"].text: entry["count"] for entry in q1.choices}
    assert counts == {"Đúng 1": 3, "Sai 1a": 1, "Sai 1b": 0}
    chart = selectors.chart_bars(list(rows.values()))
    assert [bar["value"] for bar in chart["bars"]] == [75, 50, 50]
