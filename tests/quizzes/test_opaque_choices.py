"""An open attempt names its choices by position (1, 2, ...), never by database id: ids follow the order the
choices were written in (A, B, C...), and "always tick the lowest id" would pass quizzes."""

import json
import random
import re

import pytest

from courses.quizzes import services
from courses.quizzes.errors import InvalidAnswerError
from courses.quizzes.models import AttemptAnswer, Choice, Question
from tests.conftest import login

from .conftest import make_quiz

BASE_ID = 900_000  # choice ids far from any position, so a leaked id is told apart from a position


@pytest.fixture
def attempt(course, trainee, enrolled):
    """Two questions whose choices have distinctive ids; the correct one is created first (the lowest id)."""
    for number, (kind, choices) in enumerate(
        [
            (
                "single",
                [("Ba tháng một lần", True), ("Sáu tháng một lần", False), ("Mỗi năm một lần", False)],
            ),
            ("multiple", [("Họp báo", True), ("Thông cáo báo chí", True), ("Tin nhắn cá nhân", False)]),
        ]
    ):
        question = Question.objects.create(course=course, kind=kind, text=f"<p>Câu hỏi {number}?</p>")
        for index, (text, correct) in enumerate(choices):
            Choice.objects.create(
                pk=BASE_ID + 10 * number + index,
                question=question,
                text=text,
                is_correct=correct,
                sort_order=index,
            )
    # One attempt: once submitted, none is left and the review may show the answers.
    quiz = make_quiz(course, question_count=2, shuffle_choices=True, attempts_allowed=1)
    return services.start_attempt(quiz, user=trainee, rng=random.Random(4))


def _ids():
    return {str(pk) for pk in Choice.objects.values_list("pk", flat=True)}


def test_the_attempt_page_shows_positions_not_choice_ids(client, trainee, attempt):
    question_id = attempt.layout[0]["q"]
    layout = attempt.layout[0]["c"]
    services.save_answer(attempt, question_id=question_id, choice_ids=[layout[2]], user=trainee)
    login(client, trainee)
    html = client.get(f"/bai-lam/{attempt.pk}/").content.decode()
    values = re.findall(r'name="q\d+" value="([^"]*)"', html)
    assert values == ["1", "2", "3", "1", "2", "3"]
    assert not _ids() & set(re.findall(r"\d+", html))  # no choice id anywhere on the page
    # The saved answer is shown checked, by its position.
    assert f'name="q{question_id}" value="3" checked' in html
    assert html.count(" checked") == 1


def test_the_api_shows_and_takes_positions_not_choice_ids(client, trainee, attempt):
    login(client, trainee)
    data = client.get(f"/api/v1/quiz-attempts/{attempt.pk}").json()
    assert not _ids() & set(re.findall(r"\d+", json.dumps(data)))
    for item, entry in zip(data["questions"], attempt.layout, strict=True):
        assert item["id"] == entry["q"]
        assert [choice["position"] for choice in item["choices"]] == [1, 2, 3]
        texts = dict(Choice.objects.filter(pk__in=entry["c"]).values_list("pk", "text"))
        assert [choice["text"] for choice in item["choices"]] == [texts[pk] for pk in entry["c"]]

    multiple = next(
        entry for entry in attempt.layout if Question.objects.get(pk=entry["q"]).kind == "multiple"
    )
    response = client.post(
        f"/api/v1/quiz-attempts/{attempt.pk}/answers",
        json.dumps({"question": multiple["q"], "choices": [3, 1]}),
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["choices"] == [3, 1]
    assert not _ids() & set(re.findall(r"\d+", response.content.decode()))
    # Stored as the choices shown at those positions.
    saved = AttemptAnswer.objects.get(attempt=attempt, question_id=multiple["q"])
    assert saved.selected == [multiple["c"][2], multiple["c"][0]]
    item = next(
        item
        for item in client.get(f"/api/v1/quiz-attempts/{attempt.pk}").json()["questions"]
        if item["id"] == multiple["q"]
    )
    assert sorted(item["selected"]) == [1, 3]
    assert set(item["choices"][0]) == {"position", "text"}


@pytest.mark.parametrize("bad", [[0], [4], [-1], [10**30], [900_000]])
def test_the_api_refuses_a_position_outside_the_layout(client, trainee, attempt, bad):
    login(client, trainee)
    entry = attempt.layout[0]
    response = client.post(
        f"/api/v1/quiz-attempts/{attempt.pk}/answers",
        json.dumps({"question": entry["q"], "choices": bad}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_answer"
    assert "1" in response.json()["message"] and "3" in response.json()["message"]
    assert not AttemptAnswer.objects.filter(attempt=attempt).exists()


def test_the_api_refuses_a_question_outside_the_attempt(client, trainee, attempt):
    login(client, trainee)
    for question in [99_999_999, 10**30]:
        response = client.post(
            f"/api/v1/quiz-attempts/{attempt.pk}/answers",
            json.dumps({"question": question, "choices": [1]}),
            content_type="application/json",
        )
        assert response.status_code in {400, 422}, response.content
    assert not AttemptAnswer.objects.filter(attempt=attempt).exists()


def test_positions_map_to_choice_ids(attempt):
    entry = attempt.layout[1]
    assert services.choice_ids_for_positions(attempt, entry["q"], [2, "3"]) == [entry["c"][1], entry["c"][2]]
    assert services.choice_positions(attempt, entry["q"], [entry["c"][2]]) == [3]
    for bad in [[0], [4], ["x"], ["²"], [True], [None]]:
        with pytest.raises(InvalidAnswerError):
            services.choice_ids_for_positions(attempt, entry["q"], bad)


def test_the_form_without_javascript_sends_positions(client, trainee, attempt):
    login(client, trainee)
    first, second = sorted(
        attempt.layout, key=lambda entry: Question.objects.get(pk=entry["q"]).kind != "single"
    )
    posted = {f"q{first['q']}": ["2"], f"q{second['q']}": ["1", "3"], "action": "save", "js": "0"}
    response = client.post(f"/bai-lam/{attempt.pk}/nop-bai/", posted)
    assert response["Location"].endswith(f"/bai-lam/{attempt.pk}/")
    saved = dict(AttemptAnswer.objects.filter(attempt=attempt).values_list("question_id", "selected"))
    assert saved == {first["q"]: [first["c"][1]], second["q"]: [second["c"][0], second["c"][2]]}


@pytest.mark.parametrize("bad", ["7", "²", "abc", str(BASE_ID)])
def test_the_form_refuses_a_position_outside_the_layout(client, trainee, attempt, bad):
    login(client, trainee)
    question_id = attempt.layout[0]["q"]
    response = client.post(
        f"/bai-lam/{attempt.pk}/nop-bai/",
        {f"q{question_id}": [bad], "action": "submit", "js": "0"},
        follow=True,
    )
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith(f"/bai-lam/{attempt.pk}/")
    assert "1" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None
    assert not AttemptAnswer.objects.filter(attempt=attempt).exists()


def test_the_review_still_shows_the_answers(client, trainee, attempt):
    login(client, trainee)
    correct = set(Choice.objects.filter(is_correct=True).values_list("pk", flat=True))
    for entry in attempt.layout:
        chosen = [index for index, pk in enumerate(entry["c"], start=1) if pk in correct]
        client.post(
            f"/api/v1/quiz-attempts/{attempt.pk}/answers",
            json.dumps({"question": entry["q"], "choices": chosen}),
            content_type="application/json",
        )
    client.post(f"/bai-lam/{attempt.pk}/nop-bai/", {"action": "submit", "js": "1"})
    attempt.refresh_from_db()
    assert float(attempt.score) == 100
    response = client.get(f"/bai-lam/{attempt.pk}/ket-qua/")
    assert response.status_code == 200
    assert "Ba tháng một lần" in response.content.decode()
