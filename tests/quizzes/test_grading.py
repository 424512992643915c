"""Scoring arithmetic: single, true/false, multiple all-or-nothing and partial credit."""

import random

import pytest

from courses.quizzes import services
from courses.quizzes.grading import AnswerKey, grade, score_question

from .conftest import make_question, make_quiz

KEY = AnswerKey(
    kind="multiple", scoring="partial", correct=frozenset({1, 2, 3}), choices=frozenset({1, 2, 3, 4, 5})
)


@pytest.mark.parametrize(
    ("selected", "expected"),
    [
        ({1, 2, 3}, 1.0),  # all three correct, no wrong
        ({1, 2}, 2 / 3),  # two of three correct
        ({1, 2, 4}, 2 / 3 - 1 / 2),  # two correct, one of two wrong = 0.1667
        ({1, 4, 5}, 0.0),  # 1/3 - 2/2 < 0, floored
        ({1, 2, 3, 4, 5}, 0.0),  # ticking everything earns nothing
        (set(), 0.0),
    ],
)
def test_partial_credit(selected, expected):
    assert score_question(KEY, selected) == pytest.approx(expected)


def test_all_or_nothing_and_single():
    strict = AnswerKey(
        kind="multiple", scoring="all_or_nothing", correct=frozenset({1, 2}), choices=frozenset({1, 2, 3})
    )
    assert score_question(strict, {1, 2}) == 1
    assert score_question(strict, {1}) == 0
    assert score_question(strict, {1, 2, 3}) == 0
    single = AnswerKey(kind="single", scoring="partial", correct=frozenset({7}), choices=frozenset({7, 8}))
    assert score_question(single, {7}) == 1
    assert score_question(single, {8}) == 0
    assert score_question(single, {99}) == 0  # a foreign id is ignored, not credited


def test_attempt_score_is_the_mean_in_percent():
    keys = {1: KEY, 2: AnswerKey("single", "all_or_nothing", frozenset({9}), frozenset({9, 10}))}
    percent, scores = grade([1, 2, 3], keys, {1: [1, 2], 2: [9]})
    # (2/3 + 1 + 0 for a deleted question) / 3
    assert percent == pytest.approx(round(100 * (2 / 3 + 1) / 3, 2))
    assert scores == {1: pytest.approx(2 / 3), 2: 1.0, 3: 0.0}


def test_partial_credit_through_the_services(course, trainee, enrolled):
    question = make_question(
        course,
        [
            ("Họp báo", True),
            ("Thông cáo báo chí", True),
            ("Giao ban báo chí", True),
            ("Tin nhắn riêng", False),
            ("Thư tay", False),
        ],
        kind="multiple",
        scoring="partial",
    )
    single = make_question(course)
    quiz = make_quiz(course, question_count=2, pass_mark=50)
    attempt = services.start_attempt(quiz, user=trainee, rng=random.Random(0))
    right = list(question.choices.filter(is_correct=True).values_list("pk", flat=True))
    wrong = list(question.choices.filter(is_correct=False).values_list("pk", flat=True))
    services.save_answer(
        attempt, question_id=question.pk, choice_ids=[right[0], right[1], wrong[0]], user=trainee
    )
    attempt = services.submit_attempt(attempt, user=trainee)
    # (2/3 - 1/2) for the multiple-choice question, 0 for the unanswered single-choice one
    assert float(attempt.score) == pytest.approx(round(100 * (2 / 3 - 1 / 2) / 2, 2))
    assert attempt.passed is False
    answers = {a.question_id: a for a in attempt.answers.all()}
    assert answers[question.pk].score == pytest.approx(1 / 6)
    assert answers[single.pk].selected == [] and answers[single.pk].score == 0
