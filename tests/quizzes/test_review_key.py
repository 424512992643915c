"""The answer key of a graded quiz stays hidden while the trainee has an attempt left (page and API); the score
is always shown; a practice quiz shows its own key at once."""

import json
import random
from datetime import timedelta

import pytest

from courses.models import SessionDay, SessionStatus, TrainingSession
from courses.quizzes import services
from courses.quizzes.models import Question, ReviewOption
from tests.conftest import login

from .conftest import enrol, make_question, make_quiz

EXPLANATION = "Điều 5 Nghị định số 09/2017/NĐ-CP: họp báo ít nhất ba tháng một lần."
WITHHELD = "Đáp án đúng và giải thích sẽ hiện khi bạn đã dùng hết lượt làm bài"


@pytest.fixture
def questions(course):
    return [
        make_question(
            course,
            [("Ba tháng một lần", True), ("Sáu tháng một lần", False), ("Mỗi năm một lần", False)],
            text="<p>Họp báo định kỳ tổ chức ít nhất bao lâu một lần?</p>",
            explanation=f"<p>{EXPLANATION}</p>",
        ),
        make_question(course, [("Đúng", True), ("Sai", False)], kind="true_false"),
    ]


def _submit(quiz, user, *, right: bool = False):
    attempt = services.start_attempt(quiz, user=user, rng=random.Random(0))
    for question_id in attempt.question_ids:
        choices = Question.objects.get(pk=question_id).choices.filter(is_correct=right)
        services.save_answer(attempt, question_id=question_id, choice_ids=[choices[0].pk], user=user)
    return services.submit_attempt(attempt, user=user)


def _review(client, user, attempt) -> str:
    login(client, user)
    response = client.get(f"/bai-lam/{attempt.pk}/ket-qua/")
    assert response.status_code == 200
    return response.content.decode()


def _assert_key_hidden(html: str) -> None:
    assert "choice-correct" not in html and "đáp án đúng</span>" not in html.lower()
    assert EXPLANATION not in html
    assert "Sáu tháng một lần" not in html  # no question is listed, not even which ones were wrong


def _assert_key_shown(html: str) -> None:
    assert "choice-correct" in html and EXPLANATION in html


def test_the_key_stays_hidden_while_an_attempt_remains(client, course, questions, trainee, enrolled):
    quiz = make_quiz(course, question_count=2, attempts_allowed=2, review_option=ReviewOption.EXPLANATIONS)
    first = _submit(quiz, trainee)
    html = _review(client, trainee, first)
    assert "0%" in html and "Không đạt" in html  # the score is always shown
    assert WITHHELD in html
    _assert_key_hidden(html)
    # Nor through the API: a submitted attempt gives its score, never its questions or answers.
    data = client.get(f"/api/v1/quiz-attempts/{first.pk}").json()
    assert data["questions"] == [] and float(data["score"]) == 0
    assert EXPLANATION not in json.dumps(data, ensure_ascii=False) and "Ba tháng" not in json.dumps(data)

    # The last attempt open: still hidden (the key would help in it).
    second = services.start_attempt(quiz, user=trainee)
    _assert_key_hidden(_review(client, trainee, first))
    services.submit_attempt(second, user=trainee)
    # No attempt left: the review shows the key, as the review option allows.
    _assert_key_shown(_review(client, trainee, first))
    _assert_key_shown(_review(client, trainee, second))


def test_the_key_shows_once_the_quiz_has_closed(client, clock, course, questions, trainee, enrolled):
    quiz = make_quiz(
        course, question_count=2, attempts_allowed=3, available_until=clock.now + timedelta(days=1)
    )
    attempt = _submit(quiz, trainee)
    _assert_key_hidden(_review(client, trainee, attempt))
    clock.advance(days=1)
    _assert_key_shown(_review(client, trainee, attempt))


def test_unlimited_attempts_keep_the_key_until_the_quiz_closes(client, course, questions, trainee, enrolled):
    quiz = make_quiz(course, question_count=2, attempts_allowed=0)
    for _ in range(3):
        attempt = _submit(quiz, trainee)
    _assert_key_hidden(_review(client, trainee, attempt))


def test_the_review_option_still_limits_what_is_shown(client, course, questions, trainee, enrolled):
    quiz = make_quiz(course, question_count=2, attempts_allowed=1, review_option=ReviewOption.SCORE_ONLY)
    html = _review(client, trainee, _submit(quiz, trainee))
    _assert_key_hidden(html)
    assert WITHHELD not in html and "không hiển thị đáp án" in html


def test_a_run_with_attempts_left_keeps_an_earlier_runs_key_hidden(
    client, course, questions, session, trainee, enrolled
):
    quiz = make_quiz(course, question_count=2, attempts_allowed=1)
    earlier = _submit(quiz, trainee)
    _assert_key_shown(_review(client, trainee, earlier))
    later = TrainingSession.objects.create(
        course=course, code="Khóa 2/2026", title="Lớp sau", year=2026, status=SessionStatus.OPEN
    )
    SessionDay.objects.create(session=later, date=session.created_at.date() + timedelta(days=30))
    enrol(later, trainee)
    # Enrolled in a later run whose attempt is still to come: the earlier key would help in it.
    _assert_key_hidden(_review(client, trainee, earlier))


def test_a_practice_quiz_shows_its_key_at_once(client, course, trainee):
    make_question(
        course,
        [("Ba tháng một lần", True), ("Sáu tháng một lần", False)],
        explanation=f"<p>{EXPLANATION}</p>",
        practice=True,
    )
    quiz = make_quiz(course, question_count=1, attempts_allowed=0, is_practice=True)
    html = _review(client, trainee, _submit(quiz, trainee))
    _assert_key_shown(html)
