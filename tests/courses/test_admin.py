"""The admin: trainers see and open only their own sessions; managers everything; bulk actions work."""

from __future__ import annotations

import re

import pytest
from django.conf import settings

from courses import services
from courses.models import Enrolment
from tests.conftest import login
from tests.courses.conftest import make_session, make_trainees
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_sessions(course, trainer):
    other_trainer = UserFactory(roles=[settings.ROLE_TRAINERS])
    mine = make_session(course, trainers=[trainer])
    theirs = make_session(course, trainers=[other_trainer])
    return mine, theirs


def test_trainer_sees_only_their_sessions(client, trainer, two_sessions):
    mine, theirs = two_sessions
    login(client, trainer)
    listing = client.get("/admin/courses/sessions/")
    assert listing.status_code == 200
    content = listing.content.decode()
    assert mine.title in content and theirs.title not in content
    for url in (
        f"/admin/courses/sessions/edit/{theirs.pk}/",
        f"/admin/courses/sessions/inspect/{theirs.pk}/",
        f"/admin/courses/sessions/delete/{theirs.pk}/",
        f"/admin/courses/sessions/{theirs.pk}/enrolments/",
        f"/admin/courses/sessions/{theirs.pk}/import/",
        f"/admin/courses/sessions/history/{theirs.pk}/",
        f"/admin/courses/sessions/usage/{theirs.pk}/",
    ):
        assert client.get(url).status_code == 404, url
    assert client.get(f"/admin/courses/sessions/edit/{mine.pk}/").status_code == 200
    assert client.get(f"/admin/courses/sessions/{mine.pk}/enrolments/").status_code == 200
    assert client.get(f"/admin/courses/sessions/history/{mine.pk}/").status_code == 200
    # A malformed id in a staff action is "not found", never a server error.
    response = client.post(
        f"/admin/courses/sessions/{mine.pk}/enrolments/", {"action": "remove", "enrolment": "abc"}
    )
    assert response.status_code == 404
    export = client.get("/admin/courses/sessions/?export=csv")
    body = export.content.decode()
    assert mine.code in body and theirs.code not in body


def test_trainer_cannot_add_sessions_manager_can(client, trainer, manager, two_sessions):
    assert login(client, trainer).get("/admin/courses/sessions/new/").status_code in {302, 403}
    login(client, manager)
    assert client.get("/admin/courses/sessions/new/").status_code == 200
    content = client.get("/admin/courses/sessions/").content.decode()
    assert all(session.title in content for session in two_sessions)


def test_trainees_have_no_admin(client, trainee, two_sessions):
    response = login(client, trainee).get("/admin/courses/sessions/")
    assert response.status_code == 302


def test_filters_and_search(client, manager, course):
    online = make_session(course, mode="online")
    in_person = make_session(course, mode="in_person")
    login(client, manager)
    content = client.get("/admin/courses/sessions/?mode=online").content.decode()
    assert online.title in content and in_person.title not in content
    content = client.get("/admin/courses/sessions/", {"q": in_person.code}).content.decode()
    assert in_person.title in content


def test_edit_session_days_inline(client, manager, course):
    session = make_session(course, days=1)
    login(client, manager)
    response = client.get(f"/admin/courses/sessions/edit/{session.pk}/")
    assert "days-TOTAL_FORMS" in response.content.decode()


def test_bulk_confirm_and_staff_actions_in_the_enrolments_page(client, trainer, course):
    session = make_session(course, capacity=1, requires_approval=True, trainers=[trainer])
    other = make_session(course, trainers=[trainer])
    a, b, c = make_trainees(3)
    ea, eb = (services.enrol_trainee(session, p, acting_user=p) for p in (a, b))
    login(client, trainer)
    url = f"/admin/courses/sessions/{session.pk}/enrolments/"
    assert client.post(url, {"action": "confirm", "selected": [ea.pk, eb.pk]}).status_code == 302
    assert [Enrolment.objects.get(pk=e.pk).status for e in (ea, eb)] == ["confirmed", "waitlisted"]
    client.post(url, {"action": "enrol-email", "enrol-note": ""})
    client.post(url, {"action": "enrol", "enrol-email": c.email, "enrol-note": "Cử bổ sung"})
    assert Enrolment.objects.get(session=session, user=c).status == "waitlisted"
    client.post(url, {"action": "move", "enrolment": eb.pk, "to_session": other.pk})
    assert Enrolment.objects.get(session=other, user=b).status == "confirmed"
    client.post(url, {"action": "remove", "enrolment": ea.pk})
    assert Enrolment.objects.get(pk=ea.pk).status == "cancelled"
    assert Enrolment.objects.get(session=session, user=c).status == "confirmed"  # promoted
    page = client.get(url)
    assert page.status_code == 200
    history = re.sub(r"<[^>]+>", "", page.content.decode())
    assert "Trong danh sách chờ → Đã xác nhận (Được xếp chỗ trống từ danh sách chờ)" in history
    assert "courses.enrolment." not in history  # the history names actions, not internal codes
    csv_export = client.get(url + "?export=csv")
    assert c.email in csv_export.content.decode("utf-8-sig")
