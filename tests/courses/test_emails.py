"""E-mails go out after commit, once each, in Vietnamese (English for English users), with the .ics."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from courses import services, tasks
from courses.models import EnrolmentEvent
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
    for callback in callbacks:
        callback()
    [message] = sent_to(trainee)
    assert session.code in message.subject
    assert "Xác nhận" in message.subject or "xác nhận" in message.subject
    assert message.alternatives and "<html>" in message.alternatives[0][0]
    [(name, content, mimetype)] = message.attachments
    assert name.endswith(".ics") and mimetype == "text/calendar"
    assert len(Calendar.from_ical(content).walk("VEVENT")) == 2
    # The task is safe to run again: the event was claimed, nothing more is sent.
    event = EnrolmentEvent.objects.get(enrolment=enrolment)
    assert tasks.send_enrolment_email(event.pk) is False
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
    for event_id in EnrolmentEvent.objects.values_list("pk", flat=True):
        tasks.send_enrolment_email(event_id)
    assert len(mail.outbox) == before


def test_english_speaker_gets_english(course, trainee, django_capture_on_commit_callbacks, settings):
    trainee.language = "en"  # a user model with a language field would carry this
    session = make_session(course)
    from courses.emails import send_enrolment_email

    enrolment = services.enrol_trainee(session, trainee, acting_user=trainee)
    enrolment.user = trainee
    send_enrolment_email(enrolment, "confirmed")
    assert mail.outbox[-1].subject.startswith("Your seat is confirmed")


def test_reminder_sent_once_even_when_the_periodic_task_runs_twice(course):
    soon = make_session(course, start_in=1)
    later = make_session(course, start_in=20)
    a, b = make_trainees(2)
    services.enrol_trainee(soon, a, acting_user=a)
    services.enrol_trainee(later, b, acting_user=b)
    mail.outbox.clear()
    assert tasks.queue_session_reminders() == 1
    assert tasks.queue_session_reminders() == 0
    [message] = mail.outbox
    assert message.to == [a.email] and "nhắc" in message.subject.lower()
    assert tasks.send_session_reminder(soon.enrolments.get().pk) is False
    assert soon.enrolments.get().reminder_sent_at <= timezone.now() + timedelta(seconds=1)
