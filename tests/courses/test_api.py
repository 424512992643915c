"""The JSON API: contract, idempotent enrol, errors as JSON, session and token auth, OpenAPI."""

from __future__ import annotations

import pytest
from django.test import Client
from wagtail.models import APIToken

from courses.models import Enrolment
from lms.outbox.models import OutboxMessage
from lms.people.models import TraineeCategory
from lms.people.tokens import create_api_token
from tests.conftest import login
from tests.courses.conftest import make_session, make_trainees

pytestmark = pytest.mark.django_db


def test_sessions_list_contract(client, course):
    open_session = make_session(course, capacity=3)
    make_session(course, status="draft")
    make_session(course, status="completed", start_in=-20)
    response = client.get("/api/v1/sessions/")
    assert response.status_code == 200
    [item] = response.json()
    assert set(item) >= {
        "id",
        "code",
        "title",
        "course",
        "mode",
        "starts_on",
        "ends_on",
        "capacity",
        "seats_left",
        "enrolment_open",
    }
    assert item["id"] == open_session.pk and item["seats_left"] == 3 and item["enrolment_open"] is True
    assert item["starts_on"] < item["ends_on"]


def test_enrol_twice_returns_the_same_enrolment_then_cancel(client, course, trainee):
    session = make_session(course, capacity=1)
    login(client, trainee)
    first = client.post(f"/api/v1/sessions/{session.pk}/enrol")
    assert first.status_code == 201
    assert first.json()["status"] == "confirmed" and first.json()["waitlist_position"] is None
    second = client.post(f"/api/v1/sessions/{session.pk}/enrol")
    assert second.status_code == 200 and second.json()["id"] == first.json()["id"]
    assert Enrolment.objects.count() == 1
    mine = client.get("/api/v1/me/enrolments/").json()
    assert [e["session_code"] for e in mine] == [session.code]
    cancelled = client.post(f"/api/v1/sessions/{session.pk}/cancel")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"


def test_waitlist_position_in_the_answer(client, course):
    session = make_session(course, capacity=1)
    a, b = make_trainees(2)
    login(client, a).post(f"/api/v1/sessions/{session.pk}/enrol")
    answer = login(client, b).post(f"/api/v1/sessions/{session.pk}/enrol").json()
    assert (answer["status"], answer["waitlist_position"]) == ("waitlisted", 1)


@pytest.mark.parametrize(
    ("kwargs", "status", "code"),
    [
        ({"opens_in_days": -9, "closes_in_days": -1}, 409, "enrolment_closed"),
        ({"audience": [TraineeCategory.REPORTER]}, 403, "not_eligible"),
        ({"start_in": 0}, 409, "session_started"),
    ],
)
def test_errors_are_json_with_a_clear_message(client, course, trainee, kwargs, status, code):
    session = make_session(course, **kwargs)
    response = login(client, trainee).post(f"/api/v1/sessions/{session.pk}/enrol")
    assert response.status_code == status
    body = response.json()
    assert body["code"] == code and body["message"]


def test_cancel_without_enrolment_and_unknown_session(client, course, trainee):
    session = make_session(course)
    login(client, trainee)
    response = client.post(f"/api/v1/sessions/{session.pk}/cancel")
    assert response.status_code == 404 and response.json()["code"] == "not_enrolled"
    assert client.post("/api/v1/sessions/999999/enrol").status_code == 404


def test_writes_need_authentication_and_csrf(course, trainee):
    session = make_session(course)
    anonymous = Client()
    response = anonymous.post(f"/api/v1/sessions/{session.pk}/enrol")
    # Refused before any rule runs, yet answered like every refusal: a code and a Vietnamese message.
    assert response.status_code == 401
    assert response.json() == {
        "code": "not_signed_in",
        "message": "Hãy đăng nhập trước, hoặc gửi mã truy cập API cá nhân trong tiêu đề Authorization.",
    }
    strict = Client(enforce_csrf_checks=True)
    login(strict, trainee)
    response = strict.post(f"/api/v1/sessions/{session.pk}/enrol")
    assert response.status_code == 403
    assert response.json()["code"] == "csrf_failed"
    assert response.json()["message"].startswith("Kiểm tra bảo mật không đạt")
    assert not Enrolment.objects.exists()


def test_personal_api_token(client, course, trainee):
    session = make_session(course)
    token, key = create_api_token(trainee, name="Thử")
    assert APIToken.objects.get(pk=token.pk).key_hash != key  # only a digest is stored
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(f"/api/v1/sessions/{session.pk}/enrol", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 201
    assert Enrolment.objects.get().user == trainee
    token.revoke()
    assert strict.get("/api/v1/me/enrolments/", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 401


def test_token_page_creates_and_revokes(client, trainee):
    login(client, trainee)
    response = client.post("/tai-khoan/ma-api/", {"action": "create", "name": "Máy chủ báo cáo"})
    assert response.status_code == 200
    key = response.context["new_key"]
    assert key.startswith("wagtail_") and key in response.content.decode()
    token = APIToken.objects.get(user=trainee)
    client.post("/tai-khoan/ma-api/", {"action": "revoke", "token": token.pk})
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_openapi_schema_renders(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert {
        "/api/v1/sessions/",
        "/api/v1/sessions/{session_id}/enrol",
        "/api/v1/sessions/{session_id}/cancel",
        "/api/v1/me/enrolments/",
        "/api/v1/me",
    } <= set(paths)
    assert paths["/api/v1/me"]["get"]["summary"].startswith("Who am I")
    # The refusals made before any rule runs are documented with the one refusal body.
    refusal = {"$ref": "#/components/schemas/ErrorOut"}
    me = paths["/api/v1/me"]["get"]["responses"]
    assert me["401"]["content"]["application/json"]["schema"] == refusal
    enrol = paths["/api/v1/sessions/{session_id}/enrol"]["post"]["responses"]
    assert {"401", "403", "422"} <= set(enrol)
    assert enrol["422"]["content"]["application/json"]["schema"] == refusal
    catalogue = paths["/api/v1/sessions/"]["get"]["responses"]
    assert "401" not in catalogue  # open to anyone


@pytest.mark.parametrize("token_used_before", [False, True])
def test_an_enrolment_through_the_api_takes_at_most_ten_queries(
    course, django_assert_max_num_queries, token_used_before
):
    """Token and owner, lock, seats and the person's enrolment, the two inserts: a fixed count, whatever the
    session holds (a seat or the waitlist); e-mails are queued after commit, outside the lock."""
    session = make_session(course, capacity=2)
    people = make_trainees(5)
    keys = [create_api_token(person, name="Thử")[1] for person in people]
    client = Client(enforce_csrf_checks=True)
    if token_used_before:
        for key in keys:
            assert client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200
    answers = []
    for key in keys:
        with django_assert_max_num_queries(10 if not token_used_before else 9):
            response = client.post(f"/api/v1/sessions/{session.pk}/enrol", HTTP_AUTHORIZATION=f"Bearer {key}")
        answers.append(
            (response.status_code, response.json()["status"], response.json()["waitlist_position"])
        )
    assert answers == [
        (201, "confirmed", None),
        (201, "confirmed", None),
        (201, "waitlisted", 1),
        (201, "waitlisted", 2),
        (201, "waitlisted", 3),
    ]
    with django_assert_max_num_queries(10):  # already in: the same enrolment, nothing written
        again = client.post(f"/api/v1/sessions/{session.pk}/enrol", HTTP_AUTHORIZATION=f"Bearer {keys[0]}")
    assert again.status_code == 200 and again.json()["status"] == "confirmed"


def test_a_draft_session_is_not_found_through_the_api(client, course, trainee, manager):
    session = make_session(course, status="draft")
    for person in (trainee, manager):
        response = login(client, person).post(f"/api/v1/sessions/{session.pk}/enrol")
        assert response.status_code == 404 and response.json()["code"] == "session_not_found"
    assert not Enrolment.objects.exists()


def test_enrolment_emails_are_queued_after_commit(course, trainee, django_capture_on_commit_callbacks):
    from django.core import mail

    session = make_session(course)
    _, key = create_api_token(trainee, name="Thử")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = Client().post(f"/api/v1/sessions/{session.pk}/enrol", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 201
    assert not OutboxMessage.objects.exists()  # nothing rendered while the session was locked
    with django_capture_on_commit_callbacks(execute=True):
        for callback in callbacks:
            callback()
    assert OutboxMessage.objects.filter(to=trainee.email).count() == 1
    assert [message.to for message in mail.outbox] == [[trainee.email]]
