"""Celery tasks of the courses app: they take ids and call a service; e-mails go through the outbox. Safe to rerun."""

from __future__ import annotations

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

REMINDER_DAYS_BEFORE = settings.COURSES_REMINDER_DAYS_BEFORE


@shared_task
def queue_enrolment_emails(event_ids: list[int]) -> int:
    """Queue in the outbox the e-mails of many events (a bulk import), each once; the outbox sends them."""
    from .notifications import queue_event_emails

    return queue_event_emails(event_ids)


@shared_task
def queue_owed_enrolment_emails() -> int:
    """Periodic (Celery beat): queue the e-mails of events left unqueued (a lost chunk). Safe to run twice."""
    from .notifications import owed_event_ids

    ids = owed_event_ids()
    for start in range(0, len(ids), 200):
        queue_enrolment_emails.delay(ids[start : start + 200])
    return len(ids)


@shared_task
def queue_session_reminder(enrolment_id: int) -> bool:
    """Queue a confirmed trainee's reminder of the first day, once (the enrolment is claimed with the row)."""
    from .notifications import queue_reminder

    return queue_reminder(enrolment_id)


@shared_task
def queue_session_reminders() -> int:
    """Periodic (Celery beat): queue reminders for sessions whose first day is within the next days."""
    from .selectors import enrolments_due_reminder

    today = timezone.localdate()
    ids = list(enrolments_due_reminder(start=today, end=today + timedelta(days=REMINDER_DAYS_BEFORE)))
    for enrolment_id in ids:
        queue_session_reminder.delay(enrolment_id)
    return len(ids)


@shared_task(acks_late=True)
def run_bulk_enrolment(job_id: int) -> str:
    """Import a bulk-enrolment spreadsheet; a job that already ran is left as it is."""
    from .bulk import run_bulk_enrolment_job

    return run_bulk_enrolment_job(job_id)
