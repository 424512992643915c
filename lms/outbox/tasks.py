"""Celery tasks of the outbox: send one row (retried with backoff), and the periodic job for rows left unsent.

Task bodies import the services (the services queue these tasks): the one lazy direction.
"""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django.utils import timezone


@shared_task(
    bind=True,
    max_retries=settings.OUTBOX_MAX_ATTEMPTS,
    soft_time_limit=settings.OUTBOX_SEND_SOFT_TIME_LIMIT,
    time_limit=settings.OUTBOX_SEND_TIME_LIMIT,
)
def send_outbox_message(self, message_id: int) -> str:
    """Send one outbox row, at most once; a failed attempt is retried with backoff while attempts are left."""
    from .services import SendOutcome, send_message

    result = send_message(message_id)
    # Run in-process (no broker configured): no worker would come back after a countdown, so the next
    # attempts are made at once; the row's attempts bound the loop.
    while result.outcome == SendOutcome.RETRY and self.request.is_eager:
        result = send_message(message_id)
    if result.outcome == SendOutcome.RETRY:
        raise self.retry(countdown=result.retry_in)
    return str(result.outcome)


@shared_task
def send_unsent_messages() -> int:
    """Periodic (Celery beat): send again the rows left unsent; sent rows are never touched. Safe to run twice."""
    from .selectors import unsent_message_ids
    from .services import fail_abandoned_messages

    fail_abandoned_messages()
    ids = unsent_message_ids(now=timezone.now(), limit=settings.OUTBOX_RESEND_BATCH)
    for message_id in ids:
        send_outbox_message.delay(message_id)
    return len(ids)
