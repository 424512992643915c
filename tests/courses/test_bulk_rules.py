"""The bulk import follows the one set of enrolment rules: session status, seat allocation, waitlist numbering,
re-opened enrolments, e-mails; its accounts come from lms.people."""

from __future__ import annotations

import io

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.utils import timezone

from courses import lifecycle, services
from courses.bulk import apply_bulk_enrolment, create_bulk_enrolment_job, plan_bulk_enrolment
from courses.errors import SessionUnavailableError
from courses.models import BulkEnrolmentJob, Enrolment, EnrolmentStatus, SessionStatus
from lms.imports.reading import read_table
from lms.people.models import User
from lms.people.services import create_trainee_accounts
from tests.courses.conftest import make_session, make_trainees
from tests.courses.test_bulk import csv_bytes

pytestmark = pytest.mark.django_db


def plan_for(session, rows):
    from courses.bulk import COLUMN_ALIASES

    return plan_bulk_enrolment(
        session, read_table(io.BytesIO(csv_bytes(rows)), "ds.csv", aliases=COLUMN_ALIASES)
    )


@pytest.mark.parametrize("status", [SessionStatus.CANCELLED, SessionStatus.COMPLETED])
def test_no_import_into_a_session_that_is_over(course, manager, status):
    session = make_session(course, status=status, start_in=-30)
    with pytest.raises(SessionUnavailableError):
        create_bulk_enrolment_job(
            session,
            upload=io.BytesIO(csv_bytes([["moi@example.vn", "Lê", "", "Nam", "", "", "", ""]])),
            filename="ds.csv",
            acting_user=manager,
        )
    assert not BulkEnrolmentJob.objects.exists()


def test_a_job_whose_session_was_cancelled_meanwhile_fails_visibly_and_writes_nothing(
    course, manager, django_capture_on_commit_callbacks
):
    session = make_session(course)
    [person] = make_trainees(1)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        job = create_bulk_enrolment_job(
            session,
            upload=io.BytesIO(
                csv_bytes(
                    [
                        ["moi@example.vn", "Lê", "", "Nam", "", "", "", ""],
                        [person.email, "", "", "", "", "", "", ""],
                    ]
                )
            ),
            filename="ds.csv",
            acting_user=manager,
        )
    lifecycle.cancel_session(session, acting_user=manager)
    for callback in callbacks:
        callback()
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.error == "Lớp này không nhận đăng ký."
    assert not Enrolment.objects.filter(session=session).exists()
    assert not User.objects.filter(email="moi@example.vn").exists()


def test_the_import_continues_the_waitlist_and_respects_seats_taken(course, manager):
    session = make_session(course, capacity=2)
    before = make_trainees(3)
    for person in before:
        services.enrol_trainee(session, person, acting_user=person)  # 2 seats, waitlist #1
    newcomers = make_trainees(2)
    plan = plan_for(session, [[p.email, "", "", "", "", "", "", ""] for p in newcomers])
    counts = apply_bulk_enrolment(session, plan, acting_user=manager)
    assert counts == {"created": 0, "confirmed": 0, "waitlisted": 2, "skipped": 0}
    positions = dict(
        Enrolment.objects.filter(session=session, status=EnrolmentStatus.WAITLISTED).values_list(
            "user_id", "waitlist_position"
        )
    )
    assert positions == {before[2].pk: 1, newcomers[0].pk: 2, newcomers[1].pk: 3}


def test_a_re_opened_enrolment_is_reminded_again(course, manager, django_capture_on_commit_callbacks):
    session = make_session(course, start_in=1)
    [person] = make_trainees(1)
    enrolment = services.enrol_trainee(session, person, acting_user=person)
    Enrolment.objects.filter(pk=enrolment.pk).update(reminder_sent_at=timezone.now())
    services.cancel_enrolment(enrolment, acting_user=person)
    plan = plan_for(session, [[person.email, "", "", "", "", "", "", ""]])
    with django_capture_on_commit_callbacks(execute=True):
        apply_bulk_enrolment(session, plan, acting_user=manager)
    enrolment.refresh_from_db()
    assert (enrolment.status, enrolment.reminder_sent_at) == (EnrolmentStatus.CONFIRMED, None)
    assert enrolment.events.last().action == "courses.enrolment.imported"
    from courses import tasks

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.queue_session_reminders() == 1
    assert [m.to for m in mail.outbox] == [[person.email]]


def test_people_service_opens_trainee_accounts_and_leaves_taken_addresses_alone(db):
    [taken] = make_trainees(1)
    created = create_trainee_accounts(
        [
            {"email": "Moi@Example.vn", "family_name": "Trần", "middle_name": "Thị", "given_name": "Mai"},
            {"email": taken.email, "family_name": "Khác", "given_name": "Tên"},
        ]
    )
    assert list(created) == ["moi@example.vn"]
    user = created["moi@example.vn"]
    assert not user.has_usable_password()
    assert user.groups.filter(name=settings.ROLE_TRAINEES).exists()
    assert EmailAddress.objects.filter(user=user, verified=True, primary=True).exists()
    taken.refresh_from_db()
    assert taken.family_name != "Khác"
