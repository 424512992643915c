"""Recording attendance: statuses, upserts, "mark all present", who may mark, the one-record constraint."""

from __future__ import annotations

import json

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from courses import services as course_services
from courses.attendance import services
from courses.attendance.errors import AttendanceError, NotAllowedToMarkError, NotConfirmedError
from courses.attendance.models import AttendanceMethod, AttendanceRecord, AttendanceStatus
from courses.attendance.selectors import roll_call
from courses.models import EnrolmentStatus
from tests.conftest import login
from tests.factories import UserFactory

from .factories import confirmed_trainees, days_of, enrol, make_session

pytestmark = pytest.mark.django_db


def test_each_status_is_recorded_with_who_when_and_how(session, day, trainer):
    enrolments = list(session.enrolments.all())
    for enrolment, status in zip(enrolments, AttendanceStatus.values, strict=True):
        record = services.record_attendance(
            enrolment, day, status=status, acting_user=trainer, note="  Ghi chú  "
        )
        assert record.status == status
        assert record.marked_by == trainer
        assert record.method == AttendanceMethod.ROLL_CALL
        assert record.note == "Ghi chú"
        assert record.marked_at is not None


def test_the_last_write_wins_and_keeps_one_record(session, day, trainer, manager):
    enrolment = session.enrolments.first()
    services.record_attendance(enrolment, day, status=AttendanceStatus.ABSENT, acting_user=trainer)
    services.record_attendance(enrolment, day, status=AttendanceStatus.LATE, acting_user=manager, note="8:40")
    record = AttendanceRecord.objects.get(enrolment=enrolment, day=day)
    assert (record.status, record.marked_by, record.note) == (AttendanceStatus.LATE, manager, "8:40")
    assert AttendanceRecord.objects.filter(enrolment=enrolment, day=day).count() == 1


def test_a_second_record_for_the_same_trainee_and_day_is_impossible(session, day, trainer):
    enrolment = session.enrolments.first()
    services.record_attendance(enrolment, day, status=AttendanceStatus.PRESENT, acting_user=trainer)
    with pytest.raises(IntegrityError), transaction.atomic():
        AttendanceRecord.objects.create(enrolment=enrolment, day=day, status=AttendanceStatus.ABSENT)


def test_a_note_of_none_keeps_the_note(session, day, trainer):
    enrolment = session.enrolments.first()
    services.record_attendance(
        enrolment, day, status=AttendanceStatus.EXCUSED, acting_user=trainer, note="Ốm"
    )
    services.record_attendance(enrolment, day, status=AttendanceStatus.ABSENT, acting_user=trainer, note=None)
    assert AttendanceRecord.objects.get(enrolment=enrolment, day=day).note == "Ốm"


def test_unknown_status_is_refused(session, day, trainer):
    with pytest.raises(AttendanceError):
        services.record_attendance(session.enrolments.first(), day, status="sleeping", acting_user=trainer)


def test_a_trainer_of_another_session_cannot_mark(session, day, other_trainer):
    make_session(trainers=[other_trainer])
    with pytest.raises(NotAllowedToMarkError) as error:
        services.record_attendance(
            session.enrolments.first(), day, status=AttendanceStatus.PRESENT, acting_user=other_trainer
        )
    assert "không có quyền" in error.value.message
    with pytest.raises(NotAllowedToMarkError):
        services.mark_all_present(day, acting_user=other_trainer)
    assert not AttendanceRecord.objects.exists()


def test_the_mark_endpoint_answers_403_to_a_trainer_of_another_session(client, session, day, other_trainer):
    login(client, other_trainer)
    enrolment = session.enrolments.first()
    response = client.post(
        reverse("attendance_mark", args=[day.pk]),
        data=json.dumps({"enrolment": enrolment.pk, "status": "present"}),
        content_type="application/json",
    )
    assert response.status_code == 403
    assert "không có quyền" in response.json()["error"]
    assert client.get(reverse("attendance_roll_call", args=[day.pk])).status_code == 403
    assert client.post(reverse("attendance_mark_all", args=[day.pk])).status_code == 403
    assert not AttendanceRecord.objects.exists()


def test_a_manager_marks_any_session(session, day, manager):
    record = services.record_attendance(
        session.enrolments.first(), day, status=AttendanceStatus.PRESENT, acting_user=manager
    )
    assert record.pk


def test_only_confirmed_trainees_are_marked(session, day, trainer):
    waiting = enrol(session, UserFactory(), status=EnrolmentStatus.WAITLISTED)
    with pytest.raises(NotConfirmedError):
        services.record_attendance(waiting, day, status=AttendanceStatus.PRESENT, acting_user=trainer)


def test_a_trainee_of_another_session_cannot_be_marked_on_this_day(session, day, trainer):
    other = make_session(trainers=[trainer])
    stranger = confirmed_trainees(other, 1)[0]
    with pytest.raises(AttendanceError):
        services.record_attendance(stranger, day, status=AttendanceStatus.PRESENT, acting_user=trainer)


def test_mark_all_present_only_fills_the_gaps(session, day, trainer):
    first, second, *_rest = session.enrolments.order_by("pk")
    services.record_attendance(first, day, status=AttendanceStatus.EXCUSED, acting_user=trainer)
    created = services.mark_all_present(day, acting_user=trainer)
    assert created == 3
    statuses = dict(AttendanceRecord.objects.filter(day=day).values_list("enrolment_id", "status"))
    assert statuses[first.pk] == AttendanceStatus.EXCUSED
    assert statuses[second.pk] == AttendanceStatus.PRESENT
    assert len(statuses) == 4
    assert services.mark_all_present(day, acting_user=trainer) == 0


def test_a_trainee_confirmed_late_appears_in_the_days_not_yet_taken(session, trainer, manager):
    first_day, second_day = days_of(session)
    services.mark_all_present(first_day, acting_user=trainer)
    newcomer = UserFactory(given_name="Yến", family_name="Hoàng", middle_name="Hải")
    enrolment = course_services.enrol_trainee(session, newcomer, acting_user=manager)
    assert enrolment.status == EnrolmentStatus.CONFIRMED
    rows = roll_call(second_day).rows
    assert newcomer in [row.user for row in rows]
    assert next(row for row in rows if row.user == newcomer).record is None
    services.mark_all_present(second_day, acting_user=trainer)
    assert AttendanceRecord.objects.filter(enrolment=enrolment, day=second_day).exists()


def test_a_cancelled_trainee_keeps_past_records_but_leaves_the_roll(session, trainer, manager):
    first_day, second_day = days_of(session)
    services.mark_all_present(first_day, acting_user=trainer)
    leaving = session.enrolments.order_by("pk").first()
    course_services.remove_enrolment(leaving, acting_user=manager)
    assert AttendanceRecord.objects.filter(enrolment=leaving, day=first_day).exists()
    past = roll_call(first_day)
    assert leaving.user not in [row.user for row in past.rows]
    assert leaving.user in [row.user for row in past.former]
    assert leaving.user not in [row.user for row in roll_call(second_day).rows]


def test_the_mark_endpoint_saves_a_status_then_a_note(client, session, day, trainer):
    login(client, trainer)
    enrolment = session.enrolments.first()
    url = reverse("attendance_mark", args=[day.pk])
    response = client.post(
        url, data=json.dumps({"enrolment": enrolment.pk, "note": "x"}), content_type="application/json"
    )
    assert response.status_code == 400  # a note needs a status first
    response = client.post(
        url, data=json.dumps({"enrolment": enrolment.pk, "status": "late"}), content_type="application/json"
    )
    assert response.status_code == 200
    assert response.json()["record"]["status"] == "late"
    response = client.post(
        url,
        data=json.dumps({"enrolment": enrolment.pk, "note": "Đến lúc 9 giờ"}),
        content_type="application/json",
    )
    assert response.json()["record"]["note"] == "Đến lúc 9 giờ"
    record = AttendanceRecord.objects.get(enrolment=enrolment, day=day)
    assert (record.status, record.note) == ("late", "Đến lúc 9 giờ")


def test_the_mark_all_endpoint_returns_every_record(client, session, day, trainer):
    login(client, trainer)
    response = client.post(reverse("attendance_mark_all", args=[day.pk]))
    assert response.status_code == 200
    data = response.json()
    assert data["created"] == 4
    assert {record["status"] for record in data["records"]} == {"present"}


def test_the_endpoints_refuse_a_get(client, day, trainer):
    login(client, trainer)
    assert client.get(reverse("attendance_mark", args=[day.pk])).status_code == 405
