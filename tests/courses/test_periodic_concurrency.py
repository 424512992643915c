"""PostgreSQL: the periodic jobs are safe when two run at once (a second beat started by mistake on another
node, or a slow run overlapping the next): each e-mail is still queued and sent once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail

from courses import services, tasks
from lms.outbox.models import OutboxMessage
from tests.conftest import requires_postgres
from tests.courses.conftest import make_session, make_trainees
from tests.courses.test_concurrency import run_at_once
from tests.courses.test_emails import _owed_events

pytestmark = [requires_postgres, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

# Every job of the beat schedule, and where running it twice is tested (sequentially and/or at once).
TESTED_TWICE = {
    "lms.imports.tasks.purge_stale_uploads": "tests/lms/test_object_storage.py",
    "lms.outbox.tasks.send_unsent_messages": "tests/lms/test_outbox_concurrency.py",
    "courses.tasks.queue_session_reminders": "tests/courses/test_emails.py, this file",
    "courses.tasks.queue_owed_enrolment_emails": "tests/courses/test_emails.py, this file",
    "courses.nominations.tasks.queue_nomination_reminders": "tests/nominations/test_follow_up.py",
    "courses.nominations.tasks.queue_confirmation_copies": "tests/nominations/test_confirmation_copies.py",
    "courses.quizzes.tasks.close_expired_attempts": "tests/quizzes/test_taking.py",
}


def test_every_periodic_job_is_tested_for_running_twice():
    assert {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()} == set(TESTED_TWICE)


def test_two_reminder_runs_at_once_remind_each_trainee_once(course):
    soon = make_session(course, start_in=1)
    trainees = make_trainees(4)
    for person in trainees:
        services.enrol_trainee(soon, person, acting_user=person)
    mail.outbox.clear()
    errors = run_at_once([tasks.queue_session_reminders for _ in range(2)])
    assert errors == []
    reminders = [message for message in mail.outbox if "nhắc" in message.subject.lower()]
    assert sorted(message.to[0] for message in reminders) == sorted(person.email for person in trainees)


def test_two_sweeps_at_once_queue_each_owed_email_once(course):
    session = make_session(course)
    owed = _owed_events(session, ["confirmed", "confirmed", "confirmed"], age=timedelta(minutes=10))
    mail.outbox.clear()
    errors = run_at_once([tasks.queue_owed_enrolment_emails for _ in range(2)])
    assert errors == []
    for event in owed:
        assert OutboxMessage.objects.filter(key=f"courses.enrolment_event:{event.pk}").count() == 1
    assert sorted(message.to[0] for message in mail.outbox) == sorted(e.enrolment.user.email for e in owed)
