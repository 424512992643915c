"""E-mails go out after commit, once each, in Vietnamese (English for English users), with the .ics.

Each is an outbox row (lms.outbox): queued with the change that owes it, sent by a task after commit.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from courses import notifications, services, tasks
from courses.models import EnrolmentEvent
from lms.outbox.models import OutboxMessage
from lms.outbox.tasks import send_outbox_message
from tests.courses.conftest import make_session, make_trainees

pytestmark = pytest.mark.django_db


def sent_to(person):
    return [message for message in mail.outbox if message.to == [person.email]]


def test_confirmation_is_sent_once_after_commit_with_the_calendar(
    course, trainee, django_capture_on_commit_callbacks
):
    session = make_session(course)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        enrolment = services.enrol_trainee(session, trainee, acting_user=trainee)
    assert mail.outbox == []  # nothing leaves before the transaction commits
    assert not OutboxMessage.objects.exists()  # nor is it rendered while the session is locked
    with django_capture_on_commit_callbacks(execute=True):  # the commit: the e-mail is queued, then sent
        for callback in callbacks:
            callback()
    [message] = sent_to(trainee)
    assert session.code in message.subject
    assert "Xác nhận" in message.subject or "xác nhận" in message.subject
    assert message.alternatives and "<html>" in message.alternatives[0][0]
    [(name, content, mimetype)] = message.attachments
    assert name.endswith(".ics") and mimetype == "text/calendar"
    assert len(Calendar.from_ical(content).walk("VEVENT")) == 2
    # The tasks are safe to run again: the event was claimed and its row sent, nothing more is sent.
    event = EnrolmentEvent.objects.get(enrolment=enrolment)
    assert tasks.queue_enrolment_emails([event.pk]) == 0
    [row] = OutboxMessage.objects.filter(to=trainee.email)
    assert (row.key, row.status, row.attempts) == (f"courses.enrolment_event:{event.pk}", "sent", 1)
    assert send_outbox_message(row.pk) == "skipped"
    assert len(sent_to(trainee)) == 1


@pytest.mark.parametrize("requires_approval", [False, True])
def test_each_kind_of_email_once(course, trainer, django_capture_on_commit_callbacks, requires_approval):
    session = make_session(course, capacity=1, requires_approval=requires_approval, trainers=[trainer])
    a, b, c = make_trainees(3)
    with django_capture_on_commit_callbacks(execute=True):
        ea = services.enrol_trainee(session, a, acting_user=a)
        eb = services.enrol_trainee(session, b, acting_user=b)
        ec = services.enrol_trainee(session, c, acting_user=c)
        if requires_approval:
            services.confirm_enrolments(session, [ea.pk, eb.pk], acting_user=trainer)
            services.reject_enrolment(ec, acting_user=trainer)
        services.cancel_enrolment(ea, acting_user=a)
    subjects = {person.email: [m.subject for m in sent_to(person)] for person in (a, b, c)}
    if requires_approval:
        assert [len(subjects[p.email]) for p in (a, b, c)] == [3, 3, 2]  # received, confirmed/waitlisted, ...
        assert "đã nhận" in subjects[a.email][0].lower()
        assert "từ chối" in subjects[c.email][1].lower()
    else:
        assert [len(subjects[p.email]) for p in (a, b, c)] == [2, 2, 1]
    assert "hủy" in subjects[a.email][-1].lower()
    assert "chỗ" in subjects[b.email][-1].lower()  # promoted: "Đã có chỗ..."
    assert "danh sách chờ" in subjects[b.email][-2].lower()
    # Running every e-mail task again sends nothing more.
    before = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.queue_enrolment_emails(list(EnrolmentEvent.objects.values_list("pk", flat=True))) == 0
        for row_id in OutboxMessage.objects.values_list("pk", flat=True):
            assert send_outbox_message(row_id) == "skipped"
    assert len(mail.outbox) == before == OutboxMessage.objects.filter(status="sent").count()


def test_english_speaker_gets_english(course, trainee, django_capture_on_commit_callbacks, settings):
    trainee.language = "en"  # a user model with a language field would carry this
    session = make_session(course)
    enrolment = services.enrol_trainee(session, trainee, acting_user=trainee)
    enrolment.user = trainee
    with django_capture_on_commit_callbacks(execute=True):
        notifications.queue_enrolment_email(enrolment, "confirmed", key="test:english")
    assert mail.outbox[-1].subject.startswith("Your seat is confirmed")
    assert OutboxMessage.objects.get(key="test:english").language == "en"


def test_reminder_sent_once_even_when_the_periodic_task_runs_twice(
    course, django_capture_on_commit_callbacks
):
    soon = make_session(course, start_in=1)
    later = make_session(course, start_in=20)
    a, b = make_trainees(2)
    services.enrol_trainee(soon, a, acting_user=a)
    services.enrol_trainee(later, b, acting_user=b)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.queue_session_reminders() == 1
        assert tasks.queue_session_reminders() == 0
    [message] = mail.outbox
    assert message.to == [a.email] and "nhắc" in message.subject.lower()
    assert message.attachments[0][0].endswith(".ics")
    assert tasks.queue_session_reminder(soon.enrolments.get().pk) is False
    assert soon.enrolments.get().reminder_sent_at <= timezone.now() + timedelta(seconds=1)


def _owed_events(session, names, *, age=timedelta(0)):
    """Events that owe an e-mail not queued yet, as a bulk import leaves them until its chunk task runs."""
    events = []
    for person, name in zip(make_trainees(len(names)), names, strict=True):
        enrolment = services.enrol_trainee(session, person, acting_user=person)
        events.append(
            EnrolmentEvent.objects.create(
                enrolment=enrolment,
                action="courses.enrolment.imported",
                to_status=enrolment.status,
                email=name,
                created_at=timezone.now() - age,
            )
        )
    return events


def test_a_chunk_with_one_bad_event_still_queues_and_sends_the_others(
    course, django_capture_on_commit_callbacks
):
    session = make_session(course)
    good, bad, other = _owed_events(session, ["confirmed", "no-such-email", "confirmed"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.queue_enrolment_emails([good.pk, bad.pk, other.pk]) == 2
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [good.enrolment.user.email, other.enrolment.user.email]
    )
    bad.refresh_from_db()
    assert bad.notified_at is None  # not claimed: the sweep tries it again, and it is in the logs


def test_the_sweep_queues_what_a_lost_chunk_left_and_is_safe_to_run_twice(
    course, django_capture_on_commit_callbacks
):
    session = make_session(course)
    owed = _owed_events(session, ["confirmed", "confirmed"], age=timedelta(minutes=10))
    [just_now] = _owed_events(session, ["confirmed"])  # its own chunk task may still be on its way
    [too_old] = _owed_events(session, ["confirmed"], age=timedelta(days=4))  # no longer news
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.queue_owed_enrolment_emails() == 2
        assert tasks.queue_owed_enrolment_emails() == 0
    assert sorted(message.to[0] for message in mail.outbox) == sorted(e.enrolment.user.email for e in owed)
    assert OutboxMessage.objects.filter(key=f"courses.enrolment_event:{just_now.pk}").count() == 0
    assert OutboxMessage.objects.filter(key=f"courses.enrolment_event:{too_old.pk}").count() == 0


def test_demo_emails_are_withheld(course, trainee, django_capture_on_commit_callbacks):
    session = make_session(course)
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = services.enrol_trainee(session, trainee, acting_user=trainee)
        assert notifications.withhold_event_emails(enrolment.events.values_list("pk", flat=True)) == 1
    assert mail.outbox == []
    assert not OutboxMessage.objects.filter(to=trainee.email).exclude(status="cancelled").exists()
    # Withheld after its e-mail was queued: the row is cancelled.
    other = make_trainees(1)[0]
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = services.enrol_trainee(session, other, acting_user=other)
    OutboxMessage.objects.filter(to=other.email).update(status="pending", sent_at=None)  # not sent yet
    assert notifications.withhold_event_emails(enrolment.events.values_list("pk", flat=True)) == 1
    assert OutboxMessage.objects.get(to=other.email).status == "cancelled"
