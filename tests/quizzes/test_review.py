"""Review after submission, as much as the quiz's review option allows."""

import random

import pytest

from courses.quizzes import services
from courses.quizzes.models import ReviewOption
from tests.conftest import login

from .conftest import correct_ids, make_question, make_quiz, wrong_ids

EXPLANATION = "Nghị định số 09/2017/NĐ-CP, Điều 5: ít nhất ba tháng một lần."


@pytest.fixture
def submitted(course, trainee, sections, enrolled):
    question = make_question(
        course,
        [("Ba tháng một lần", True), ("Sáu tháng một lần", False)],
        text="<p>Họp báo định kỳ tổ chức ít nhất bao lâu một lần?</p>",
        explanation=f"<p>{EXPLANATION}</p>",
        handbook_section=sections["to-chuc-hop-bao"],
    )
    other = make_question(course, [("Đúng", True), ("Sai", False)], kind="true_false")
    # One attempt allowed: once it is submitted none is left, so the review may show the answers.
    quiz = make_quiz(course, question_count=2, pass_mark=50, attempts_allowed=1)
    attempt = services.start_attempt(quiz, user=trainee, rng=random.Random(0))
    services.save_answer(attempt, question_id=question.pk, choice_ids=wrong_ids(question), user=trainee)
    services.save_answer(attempt, question_id=other.pk, choice_ids=correct_ids(other), user=trainee)
    return services.submit_attempt(attempt, user=trainee)


def _review(client, trainee, attempt, option):
    attempt.quiz.review_option = option
    attempt.quiz.save()
    login(client, trainee)
    response = client.get(f"/bai-lam/{attempt.pk}/ket-qua/")
    assert response.status_code == 200
    return response.content.decode()


def test_score_only(client, trainee, submitted):
    html = _review(client, trainee, submitted, ReviewOption.SCORE_ONLY)
    assert "50%" in html and "Đạt" in html
    assert "Họp báo định kỳ" not in html
    assert "choice-correct" not in html and EXPLANATION not in html


def test_correct_answers_without_explanations(client, trainee, submitted):
    html = _review(client, trainee, submitted, ReviewOption.CORRECT_ANSWERS)
    assert "Họp báo định kỳ" in html
    assert "choice-correct" in html and "đáp án đúng" in html.lower()
    assert "câu trả lời của bạn" in html.lower()
    assert EXPLANATION not in html
    assert "/to-chuc-hop-bao/" not in html


def test_explanations_and_the_handbook_link(client, trainee, submitted, sections):
    html = _review(client, trainee, submitted, ReviewOption.EXPLANATIONS)
    assert EXPLANATION in html
    assert sections["to-chuc-hop-bao"].url in html
    assert "Tổ chức họp báo" in html


def test_result_keeps_the_pass_mark_it_was_graded_with(client, trainee, submitted):
    submitted.quiz.pass_mark = 80
    submitted.quiz.save()
    services_attempt = type(submitted).objects.get(pk=submitted.pk)
    assert services_attempt.passed is True  # graded against the pass mark of the day
    html = _review(client, trainee, submitted, ReviewOption.SCORE_ONLY)
    assert "Đạt" in html
