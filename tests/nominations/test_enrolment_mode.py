"""A session's enrolment mode: open, approval required, by nomination only (no self-enrolment)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from courses import services
from courses.errors import NotEligibleError
from courses.models import Enrolment, EnrolmentMode, EnrolmentStatus
from tests.conftest import login
from tests.courses.conftest import make_session

pytestmark = pytest.mark.django_db


def test_nomination_only_refuses_self_enrolment_and_says_whom_to_ask(course, trainee):
    session = make_session(course, enrolment_mode=EnrolmentMode.NOMINATION)
    with pytest.raises(NotEligibleError) as excinfo:
        services.enrol_trainee(session, trainee, acting_user=trainee)
    message = excinfo.value.message
    assert "đầu mối" in message
    assert str(trainee.organisation) in message
    assert not Enrolment.objects.exists()


def test_nomination_only_session_page_has_no_enrol_button(client, course, trainee):
    session = make_session(course, enrolment_mode=EnrolmentMode.NOMINATION)
    login(client, trainee)
    page = client.get(reverse("courses:session_detail", args=[session.pk])).content.decode()
    assert "chỉ nhận học viên do các cơ quan, đơn vị được mời cử" in page
    assert reverse("courses:session_enrol", args=[session.pk]) not in page
    response = client.post(reverse("courses:session_enrol", args=[session.pk]), follow=True)
    assert "đầu mối" in response.content.decode()
    assert not Enrolment.objects.exists()


def test_anonymous_visitor_is_told_it_is_by_nomination(client, course):
    session = make_session(course, enrolment_mode=EnrolmentMode.NOMINATION)
    page = client.get(reverse("courses:session_detail", args=[session.pk])).content.decode()
    assert "Theo danh sách cử của các cơ quan, đơn vị được mời." in page
    assert "đầu mối về đào tạo của cơ quan, đơn vị bạn" in page


def test_staff_still_enrol_people_in_a_nomination_only_session(course, trainer, trainee):
    session = make_session(course, enrolment_mode=EnrolmentMode.NOMINATION, trainers=[trainer])
    enrolment = services.enrol_trainee(session, trainee, acting_user=trainer)
    assert enrolment.status == EnrolmentStatus.CONFIRMED


def test_approval_mode_keeps_requests_pending(course, trainee):
    session = make_session(course, enrolment_mode=EnrolmentMode.APPROVAL)
    assert session.requires_approval
    enrolment = services.enrol_trainee(session, trainee, acting_user=trainee)
    assert enrolment.status == EnrolmentStatus.PENDING


def test_api_states_the_mode(client, course):
    make_session(course, enrolment_mode=EnrolmentMode.NOMINATION)
    [row] = client.get("/api/v1/sessions/").json()
    assert row["enrolment_mode"] == "nomination"
    assert row["requires_approval"] is False
