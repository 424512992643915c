"""Celery tasks of nominations: they call a service; e-mails go through the outbox. Safe to rerun."""

from __future__ import annotations

from celery import shared_task


@shared_task
def queue_nomination_reminders() -> int:
    """Periodic (Celery beat): remind units that have nominated no one before the deadline, once each."""
    from .follow_up import queue_nomination_reminders as queue

    return queue()


@shared_task
def queue_confirmation_copies() -> int:
    """Periodic (Celery beat): copy to the focal points the confirmations of their nominees made outside
    nominations (promoted from the waitlist when someone cancelled), once each (the outbox key)."""
    from .notifications import queue_recent_confirmation_copies

    return queue_recent_confirmation_copies()
