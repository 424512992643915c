"""Celery tasks of the courses app: they take ids, load, call a service or send one e-mail. Safe to rerun."""

from __future__ import annotations

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

REMINDER_DAYS_BEFORE = settings.COURSES_REMINDER_DAYS_BEFORE


def _send_event_email(event_id: int) -> bool:
    from . import services
    from .emails import send_enrolment_email as send
    from .models import EnrolmentEvent

    if not services.claim_event_email(event_id):
        return False
    event = EnrolmentEvent.objects.select_related("enrolment__user", "enrolment__session__course").get(
        pk=event_id
    )
    try:
        send(event.enrolment, event.email, event=event)
    except Exception:
        services.release_event_email(event_id)
        raise
    return True


@shared_task(autoretry_for=(ConnectionError, TimeoutError), retry_backoff=30, max_retries=5)
def send_enrolment_email(event_id: int) -> bool:
    """Send the e-mail an enrolment event asks for, once (the event is claimed before sending)."""
    return _send_event_email(event_id)


@shared_task(autoretry_for=(ConnectionError, TimeoutError), retry_backoff=30, max_retries=5)
def send_session_reminder(enrolment_id: int) -> bool:
    """Remind a confirmed trainee of the first day, once (the enrolment is claimed before sending)."""
    from . import services
    from .emails import send_enrolment_email as send
    from .models import Enrolment

    if not services.claim_reminder(enrolment_id):
        return False
    enrolment = Enrolment.objects.select_related("user", "session__course").get(pk=enrolment_id)
    try:
        send(enrolment, "reminder")
    except Exception:
        services.release_reminder(enrolment_id)
        raise
    return True


@shared_task
def queue_session_reminders() -> int:
    """Periodic (Celery beat): queue reminders for sessions whose first day is within the next days."""
    from .selectors import enrolments_due_reminder

    today = timezone.localdate()
    ids = list(enrolments_due_reminder(start=today, end=today + timedelta(days=REMINDER_DAYS_BEFORE)))
    for enrolment_id in ids:
        send_session_reminder.delay(enrolment_id)
    return len(ids)


@shared_task(acks_late=True)
def run_bulk_enrolment(job_id: int) -> str:
    """Import a bulk-enrolment spreadsheet; a job that already ran is left as it is."""
    from .bulk import run_bulk_enrolment_job

    return run_bulk_enrolment_job(job_id)


@shared_task
def send_enrolment_emails(event_ids: list[int]) -> int:
    """Send the e-mails of many events (a bulk import); each event still sends at most once."""
    sent = 0
    for event_id in event_ids:
        sent += _send_event_email(event_id)
    return sent
