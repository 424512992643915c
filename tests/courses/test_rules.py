"""Enrolment rules that stick: staff removal and rejection stand; a self-declared category only lets people ask."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.utils import timezone

from courses import services
from courses.bulk import create_bulk_enrolment_job
from courses.errors import NotEligibleError
from courses.models import Enrolment, EnrolmentSource, EnrolmentStatus
from lms.people.models import TraineeCategory
from tests.conftest import login
from tests.courses.conftest import make_session, make_trainees
from tests.courses.test_bulk import csv_bytes
from tests.factories import SpokespersonFactory

pytestmark = pytest.mark.django_db

REMOVED = "Ban tổ chức đã đưa bạn ra khỏi lớp này"


def test_a_person_removed_by_staff_cannot_enrol_again_through_the_api(client, course, trainee, trainer):
    session = make_session(course, trainers=[trainer])
    enrolment = services.enrol_trainee(session, trainee, acting_user=trainee)
    services.remove_enrolment(enrolment, acting_user=trainer, note="Không đúng đối tượng")
    login(client, trainee)
    response = client.post(f"/api/v1/sessions/{session.pk}/enrol")
    assert response.status_code == 403
    assert response.json()["code"] == "not_eligible"
    assert REMOVED in response.json()["message"]
    enrolment.refresh_from_db()
    assert (enrolment.status, enrolment.waitlist_position) == (EnrolmentStatus.CANCELLED, None)
    # The site's own enrol form says the same, and the session page offers no enrol button.
    response = client.post(f"/lop/{session.pk}/dang-ky/", follow=True)
    content = response.content.decode()
    assert REMOVED in content
    assert f'action="/lop/{session.pk}/dang-ky/"' not in content
    assert Enrolment.objects.get(pk=enrolment.pk).status == EnrolmentStatus.CANCELLED


def test_staff_cancelling_for_someone_stands_too_but_a_person_who_cancelled_may_come_back(course, trainer):
    session = make_session(course, trainers=[trainer])
    kept_out, came_back = make_trainees(2)
    first = services.enrol_trainee(session, kept_out, acting_user=kept_out)
    services.cancel_enrolment(first, acting_user=trainer)
    with pytest.raises(NotEligibleError):
        services.enrol_trainee(session, kept_out, acting_user=kept_out)
    own = services.enrol_trainee(session, came_back, acting_user=came_back)
    services.cancel_enrolment(own, acting_user=came_back)
    assert services.enrol_trainee(session, came_back, acting_user=came_back).status == "confirmed"


def test_staff_re_add_a_removed_person_one_by_one_or_by_bulk_import(
    course, trainer, manager, django_capture_on_commit_callbacks
):
    session = make_session(course, trainers=[trainer])
    by_hand, by_import = make_trainees(2)
    for person in (by_hand, by_import):
        enrolment = services.enrol_trainee(session, person, acting_user=person)
        services.remove_enrolment(enrolment, acting_user=trainer)
    again = services.enrol_trainee(session, by_hand, acting_user=trainer)
    assert (again.status, again.source) == (EnrolmentStatus.CONFIRMED, EnrolmentSource.STAFF)
    with django_capture_on_commit_callbacks(execute=True):
        create_bulk_enrolment_job(
            session,
            upload=io.BytesIO(csv_bytes([[by_import.email, "", "", "", "", "", "", ""]])),
            filename="ds.csv",
            acting_user=manager,
        )
    imported = Enrolment.objects.get(session=session, user=by_import)
    assert (imported.status, imported.source) == (EnrolmentStatus.CONFIRMED, EnrolmentSource.BULK_IMPORT)
    assert imported.events.last().action == "courses.enrolment.imported"
    # Once staff re-added them, the person is back in charge of their own enrolment.
    services.cancel_enrolment(again, acting_user=by_hand)
    assert services.enrol_trainee(session, by_hand, acting_user=by_hand).is_active


def test_a_self_declared_category_only_lets_people_ask(client, course, trainee):
    session = make_session(course, audience=[TraineeCategory.SPOKESPERSON], capacity=5)
    trainee.trainee_category = TraineeCategory.SPOKESPERSON  # declared on their own profile
    trainee.save()
    login(client, trainee)
    page = client.get(f"/lop/{session.pk}/").content.decode()
    assert "ban tổ chức sẽ xác nhận" in page and "Gửi đăng ký" in page
    response = client.post(f"/api/v1/sessions/{session.pk}/enrol")
    assert response.status_code == 201
    assert response.json()["status"] == "pending"  # staff must approve, no seat taken
    enrolment = Enrolment.objects.get(session=session, user=trainee)
    assert enrolment.status == EnrolmentStatus.PENDING
    assert enrolment.events.get().email == "received"


def test_a_spokesperson_listed_in_the_directory_enrols_straight_away(course):
    session = make_session(course, audience=[TraineeCategory.SPOKESPERSON])
    listed, former, future = make_trainees(3, category=TraineeCategory.SPOKESPERSON)
    today = timezone.localdate()
    SpokespersonFactory(user=listed, appointed_on=today - timedelta(days=400))
    SpokespersonFactory(user=former, ended_on=today - timedelta(days=1))
    SpokespersonFactory(user=future, appointed_on=today + timedelta(days=30))
    assert services.enrol_trainee(session, listed, acting_user=listed).status == EnrolmentStatus.CONFIRMED
    assert services.enrol_trainee(session, former, acting_user=former).status == EnrolmentStatus.PENDING
    assert services.enrol_trainee(session, future, acting_user=future).status == EnrolmentStatus.PENDING


def test_the_directory_vouches_even_when_the_profile_says_otherwise(course):
    session = make_session(course, audience=[TraineeCategory.SPOKESPERSON])
    [person] = make_trainees(1, category=TraineeCategory.OTHER)
    SpokespersonFactory(user=person)
    assert services.enrol_trainee(session, person, acting_user=person).status == EnrolmentStatus.CONFIRMED


def test_sessions_open_to_everyone_are_unchanged(course):
    session = make_session(course, capacity=1)
    [person] = make_trainees(1, category=TraineeCategory.SPOKESPERSON)
    assert services.enrol_trainee(session, person, acting_user=person).status == EnrolmentStatus.CONFIRMED
