"""Nothing in the page or the JSON of an open attempt reveals the correct choices or the explanations."""

import json
import random

import pytest

from courses.quizzes import services
from tests.conftest import login

from .conftest import make_question, make_quiz

SECRET_EXPLANATION = "Giải thích bí mật: Điều 5 Nghị định 09"


@pytest.fixture
def open_attempt(course, trainee, sections, enrolled):
    make_question(
        course,
        [("Ba tháng một lần", True), ("Sáu tháng một lần", False), ("Mỗi năm một lần", False)],
        text="<p>Họp báo định kỳ tổ chức ít nhất bao lâu một lần?</p>",
        explanation=f"<p>{SECRET_EXPLANATION}</p>",
        handbook_section=sections["to-chuc-hop-bao"],
    )
    make_question(
        course,
        [("Họp báo", True), ("Thông cáo báo chí", True), ("Tin nhắn cá nhân", False)],
        kind="multiple",
        explanation=f"<p>{SECRET_EXPLANATION} (2)</p>",
    )
    quiz = make_quiz(course, question_count=2)
    return services.start_attempt(quiz, user=trainee, rng=random.Random(0))


def _assert_no_leak(text: str) -> None:
    lowered = text.lower()
    assert "is_correct" not in lowered
    assert '"correct"' not in lowered
    assert "choice-correct" not in lowered
    assert "correct answer" not in lowered and "đáp án đúng" not in lowered
    assert SECRET_EXPLANATION.lower() not in lowered
    assert "to-chuc-hop-bao" not in lowered  # the handbook link is part of the review, not the test


def test_attempt_page_does_not_reveal_answers(client, trainee, open_attempt):
    login(client, trainee)
    html = client.get(f"/bai-lam/{open_attempt.pk}/").content.decode()
    assert "Ba tháng một lần" in html and "Sáu tháng một lần" in html
    _assert_no_leak(html)
    # Every choice is rendered the same way: no attribute tells the correct one apart.
    assert html.count('type="radio"') == 3 and html.count('type="checkbox"') == 3


def test_attempt_json_does_not_reveal_answers(client, trainee, open_attempt):
    login(client, trainee)
    response = client.get(f"/api/v1/quiz-attempts/{open_attempt.pk}")
    data = response.json()
    assert {"position", "text"} == set(data["questions"][0]["choices"][0])
    _assert_no_leak(json.dumps(data, ensure_ascii=False))
    question = data["questions"][0]
    answer = client.post(
        f"/api/v1/quiz-attempts/{open_attempt.pk}/answers",
        json.dumps({"question": question["id"], "choices": [question["choices"][0]["position"]]}),
        content_type="application/json",
    )
    _assert_no_leak(answer.content.decode())
    assert set(answer.json()) == {"question", "choices", "saved_at", "seconds_left"}


def test_review_is_not_reachable_while_open(client, trainee, open_attempt):
    login(client, trainee)
    response = client.get(f"/bai-lam/{open_attempt.pk}/ket-qua/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/bai-lam/{open_attempt.pk}/")
