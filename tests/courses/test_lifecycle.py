"""A session's lifecycle: cancel (everyone told once), capacity up (promotions) or down (refused below the
confirmed seats), complete and reopen; the admin form goes through the same services."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from courses import lifecycle, services, tasks
from courses.errors import CapacityError, NotAllowedError, SessionTransitionError
from courses.models import Enrolment, EnrolmentEvent, EnrolmentStatus, SessionStatus
from lms.outbox.models import OutboxMessage
from lms.outbox.tasks import send_outbox_message
from tests.conftest import login
from tests.courses.conftest import make_session, make_trainees
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def statuses(session) -> dict[int, tuple[str, int | None]]:
    return {e.user_id: (e.status, e.waitlist_position) for e in Enrolment.objects.filter(session=session)}


def sent_to(person) -> list:
    return [message for message in mail.outbox if message.to == [person.email]]


def _value(value):
    if isinstance(value, datetime):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return local.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return getattr(value, "pk", value)


def _fields(form) -> dict:
    data = {}
    for field in form:
        value = field.value()
        if value is None or value is False or value == []:
            continue
        if value is True:
            data[field.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[field.html_name] = [_value(item) for item in value]
        else:
            data[field.html_name] = _value(value)
    return data


def edit_data(client, session, **changes) -> dict:
    """What the admin edit form posts back unchanged, with `changes` applied (days: per-form extras)."""
    form = client.get(f"/admin/courses/sessions/edit/{session.pk}/").context["form"]
    data = _fields(form)
    for name, formset in form.formsets.items():
        data.update(_fields(formset.management_form))
        for child in formset.forms:
            data.update(_fields(child))
        data[f"{name}-TOTAL_FORMS"] = str(len(formset.forms))
    data.update(changes)
    return data


# --- services ------------------------------------------------------------------------------------------


def test_cancelling_tells_every_active_enrolment_once(course, trainer, django_capture_on_commit_callbacks):
    session = make_session(course, capacity=1, trainers=[trainer])
    seated, waiting, left = make_trainees(3)
    with django_capture_on_commit_callbacks(execute=True):
        for person in (seated, waiting, left):
            services.enrol_trainee(session, person, acting_user=person)
        services.cancel_enrolment(Enrolment.objects.get(user=left), acting_user=left)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        cancelled = lifecycle.cancel_session(session, acting_user=trainer, note="Thay đổi kế hoạch")
    assert cancelled.status == SessionStatus.CANCELLED
    assert statuses(session) == {
        seated.pk: ("cancelled", None),
        waiting.pk: ("cancelled", None),
        left.pk: ("cancelled", None),
    }
    for person in (seated, waiting):
        [message] = sent_to(person)
        assert "Lớp học đã bị hủy" in message.subject and session.code in message.subject
        assert "Thay đổi kế hoạch" in message.body
    assert sent_to(left) == []  # they had already left: nothing to tell
    events = EnrolmentEvent.objects.filter(action="courses.session.cancelled")
    assert sorted(events.values_list("from_status", flat=True)) == ["confirmed", "waitlisted"]
    assert set(events.values_list("actor", flat=True)) == {trainer.pk}
    # Cancelling again, or re-running the e-mail tasks, tells nobody anything more.
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.cancel_session(session, acting_user=trainer)
        assert tasks.queue_enrolment_emails(list(events.values_list("pk", flat=True))) == 0
        for row_id in OutboxMessage.objects.values_list("pk", flat=True):
            assert send_outbox_message(row_id) == "skipped"
    assert len(mail.outbox) == 2


def test_raising_the_capacity_promotes_in_waitlist_order(course, manager):
    session = make_session(course, capacity=1)
    people = make_trainees(4)
    for person in people:
        services.enrol_trainee(session, person, acting_user=person)
    lifecycle.update_session(session, acting_user=manager, capacity=3)
    assert statuses(session) == {
        people[0].pk: ("confirmed", None),
        people[1].pk: ("confirmed", None),
        people[2].pk: ("confirmed", None),
        people[3].pk: ("waitlisted", 1),
    }
    promoted = EnrolmentEvent.objects.filter(action="courses.enrolment.promoted").order_by("pk")
    assert [event.enrolment.user_id for event in promoted] == [people[1].pk, people[2].pk]


def test_lowering_the_capacity_below_the_confirmed_seats_is_refused(course, manager):
    session = make_session(course, capacity=5)
    for person in make_trainees(3):
        services.enrol_trainee(session, person, acting_user=person)
    with pytest.raises(CapacityError) as excinfo:
        lifecycle.update_session(session, acting_user=manager, capacity=2)
    assert "3 người đã được xác nhận" in excinfo.value.message
    session.refresh_from_db()
    assert session.capacity == 5
    assert lifecycle.update_session(session, acting_user=manager, capacity=3).capacity == 3


def test_complete_and_reopen(course, manager):
    upcoming = make_session(course, start_in=10)
    with pytest.raises(SessionTransitionError):
        lifecycle.complete_session(upcoming, acting_user=manager)
    draft = make_session(course, start_in=-3, status=SessionStatus.DRAFT)
    with pytest.raises(SessionTransitionError):
        lifecycle.complete_session(draft, acting_user=manager)
    taught = make_session(course, start_in=-3, status=SessionStatus.IN_PROGRESS)
    assert lifecycle.complete_session(taught, acting_user=manager).status == SessionStatus.COMPLETED
    with pytest.raises(SessionTransitionError):
        lifecycle.cancel_session(taught, acting_user=manager)
    assert lifecycle.reopen_session(taught, acting_user=manager).status == SessionStatus.IN_PROGRESS
    cancelled = lifecycle.cancel_session(upcoming, acting_user=manager)
    assert lifecycle.reopen_session(cancelled, acting_user=manager).status == SessionStatus.DRAFT
    with pytest.raises(SessionTransitionError):
        lifecycle.reopen_session(upcoming, acting_user=manager)


def test_people_who_were_in_a_cancelled_session_may_enrol_again_once_it_reopens(course, manager):
    session = make_session(course)
    [person] = make_trainees(1)
    services.enrol_trainee(session, person, acting_user=person)
    lifecycle.cancel_session(session, acting_user=manager)
    lifecycle.reopen_session(session, acting_user=manager)
    lifecycle.update_session(session, acting_user=manager, status=SessionStatus.OPEN)
    assert services.enrol_trainee(session, person, acting_user=person).status == EnrolmentStatus.CONFIRMED


def test_a_session_with_people_in_it_does_not_go_back_to_draft(course, manager):
    session = make_session(course)
    [person] = make_trainees(1)
    services.enrol_trainee(session, person, acting_user=person)
    with pytest.raises(SessionTransitionError):
        lifecycle.update_session(session, acting_user=manager, status=SessionStatus.DRAFT)


def test_only_staff_of_the_session_change_it(course, trainer):
    session = make_session(course)
    with pytest.raises(NotAllowedError):
        lifecycle.cancel_session(session, acting_user=trainer)
    other = UserFactory(roles=[settings.ROLE_TRAINEES])
    with pytest.raises(NotAllowedError):
        lifecycle.update_session(session, acting_user=other, capacity=50)


def test_a_reopened_enrolment_is_reminded_again(course, manager):
    session = make_session(course, start_in=1)
    [person] = make_trainees(1)
    enrolment = services.enrol_trainee(session, person, acting_user=person)
    assert tasks.queue_session_reminders() == 1
    services.cancel_enrolment(enrolment, acting_user=person)
    services.enrol_trainee(session, person, acting_user=manager)
    enrolment.refresh_from_db()
    assert enrolment.reminder_sent_at is None


# --- the admin form ------------------------------------------------------------------------------------


def test_admin_form_cancels_through_the_service(client, course, trainer, django_capture_on_commit_callbacks):
    session = make_session(course, capacity=2, trainers=[trainer])
    people = make_trainees(3)
    for person in people:
        services.enrol_trainee(session, person, acting_user=person)
    mail.outbox.clear()
    login(client, trainer)
    data = edit_data(client, session, status=SessionStatus.CANCELLED)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/courses/sessions/edit/{session.pk}/", data)
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.status == SessionStatus.CANCELLED
    assert not Enrolment.objects.filter(session=session).exclude(status="cancelled").exists()
    assert sorted(message.to[0] for message in mail.outbox) == sorted(person.email for person in people)


def test_admin_form_raising_capacity_promotes(client, course, manager):
    session = make_session(course, capacity=1)
    first, second = make_trainees(2)
    for person in (first, second):
        services.enrol_trainee(session, person, acting_user=person)
    login(client, manager)
    response = client.post(
        f"/admin/courses/sessions/edit/{session.pk}/", edit_data(client, session, capacity="2")
    )
    assert response.status_code == 302
    assert statuses(session)[second.pk] == ("confirmed", None)


def test_admin_form_refuses_a_capacity_below_the_confirmed_seats(client, course, manager):
    session = make_session(course, capacity=3)
    for person in make_trainees(3):
        services.enrol_trainee(session, person, acting_user=person)
    login(client, manager)
    data = edit_data(client, session, capacity="1", title="Tên mới của lớp")
    response = client.post(f"/admin/courses/sessions/edit/{session.pk}/", data)
    assert response.status_code == 200
    assert "không thể thấp hơn" in response.context["form"].errors["capacity"][0]
    session.refresh_from_db()
    assert (session.capacity, session.title) == (3, session.title)  # nothing of the edit was saved
    assert session.title != "Tên mới của lớp"
