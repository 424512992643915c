"""Query parameters and ids from the URL that are not valid ids answer 404 or are ignored, never a 500."""

import pytest

from courses.quizzes import selectors
from tests.conftest import login
from tests.spreadsheets import first_sheet

from .conftest import make_question, make_quiz

HUGE = "99999999999999999999999"


def _exported_rows(response) -> int:
    assert response.status_code == 200
    return first_sheet(response.content).max_row - 1


@pytest.mark.parametrize("value", ["1", "42", " 7 ", "2147483647"])
def test_parse_id_accepts_positive_ids(value):
    assert selectors.parse_id(value) == int(value)


@pytest.mark.parametrize(
    "value", [HUGE, "2147483648", "0", "-1", "²", "١٢", "1.5", "", None, "abc", True, 2**31]
)
def test_parse_id_refuses_the_rest(value):
    assert selectors.parse_id(value) is None


def test_question_export_ignores_an_invalid_course_filter(client, trainer, course, other_course):
    make_question(course)
    make_question(other_course)
    login(client, trainer)
    url = "/admin/quizzes/questions/export/"
    assert _exported_rows(client.get(url)) == 2
    assert _exported_rows(client.get(url, {"course": str(course.pk)})) == 1
    for value in [HUGE, "2147483648", "²", "-3", "abc"]:
        assert _exported_rows(client.get(url, {"course": value})) == 2, value
    assert _exported_rows(client.get(url, {"course": "2147483647"})) == 0


def test_results_index_ignores_an_invalid_quiz_filter(client, trainer, course):
    login(client, trainer)
    for value in [HUGE, "²", "abc", "1"]:
        assert client.get("/admin/quizzes/results/", {"quiz": value}).status_code == 200, value


def test_results_screens_answer_404_for_ids_out_of_range(client, trainer, session, course):
    quiz = make_quiz(course)
    login(client, trainer)
    for path in [
        f"/admin/quizzes/results/{HUGE}/{quiz.pk}/",
        f"/admin/quizzes/results/{session.pk}/{HUGE}/",
        f"/admin/quizzes/results/{HUGE}/{HUGE}/export/",
        f"/admin/quizzes/results/{session.pk}/{quiz.pk + 1000}/",
    ]:
        assert client.get(path).status_code == 404, path


def test_public_pages_answer_404_for_ids_out_of_range(client, trainee, quiz):
    login(client, trainee)
    assert client.get(f"/bai-kiem-tra/{HUGE}/").status_code == 404
    assert client.post(f"/bai-kiem-tra/{HUGE}/bat-dau/").status_code == 404
    assert client.get(f"/bai-lam/{HUGE}/").status_code == 404
    assert client.post(f"/bai-lam/{HUGE}/nop-bai/", {"action": "submit"}).status_code == 404
    assert client.get(f"/bai-lam/{HUGE}/ket-qua/").status_code == 404
    assert client.get("/bai-lam/2147483647/").status_code == 404


def test_api_answers_a_body_it_cannot_read_with_the_fields_at_fault(client, trainee, quiz):
    attempt = client.post(f"/api/v1/quizzes/{quiz.pk}/attempts")  # not signed in yet
    assert attempt.status_code == 401 and attempt.json()["code"] == "not_signed_in"
    login(client, trainee)
    attempt_id = client.post(f"/api/v1/quizzes/{quiz.pk}/attempts").json()["id"]
    url = f"/api/v1/quiz-attempts/{attempt_id}/answers"
    response = client.post(url, "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {
        "code": "unreadable_request",
        "message": "Nội dung yêu cầu không phải JSON hợp lệ.",
    }
    response = client.post(url, '{"question": "một"}', content_type="application/json")
    assert response.status_code == 422
    assert response.json() == {
        "code": "invalid_request",
        "message": "Có giá trị bị thiếu hoặc không hợp lệ: choices, question.",
    }
    response = client.post("/api/v1/quizzes/mot/attempts")
    assert response.status_code == 422 and response.json()["message"].endswith(": quiz_id.")


def test_api_answers_404_for_ids_out_of_range(client, trainee, quiz):
    login(client, trainee)
    assert client.post(f"/api/v1/quizzes/{HUGE}/attempts").status_code in {404, 422}
    assert client.post("/api/v1/quizzes/2147483648/attempts").status_code == 404
    # A missing quiz and a missing attempt answer the same refusal, in the reader's language.
    not_found = {"code": "not_found", "message": "Không tìm thấy."}
    assert client.post("/api/v1/quizzes/2147483647/attempts").json() == not_found
    assert client.get("/api/v1/quiz-attempts/2147483647").json() == not_found
    assert client.get("/api/v1/quiz-attempts/2147483648").status_code == 404
    assert client.post("/api/v1/quiz-attempts/2147483648/submit").status_code == 404
    response = client.post(
        "/api/v1/quiz-attempts/2147483648/answers",
        '{"question": 1, "choices": [1]}',
        content_type="application/json",
    )
    assert response.status_code == 404
