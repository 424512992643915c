"""Reads of the outbox: the rows the periodic job sends again, the kinds for the admin filter."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q

from .models import OutboxMessage, OutboxStatus


def unsent_message_ids(*, now: datetime, limit: int) -> list[int]:
    """Rows left unsent: waiting past their due time by OUTBOX_RESEND_AFTER_SECONDS (their own task's retry
    comes first), or claimed by an attempt that was abandoned; with attempts left; oldest due first."""
    overdue = now - timedelta(seconds=settings.OUTBOX_RESEND_AFTER_SECONDS)
    return list(
        OutboxMessage.objects.filter(
            Q(status=OutboxStatus.PENDING, due_at__lte=overdue)
            | Q(status=OutboxStatus.SENDING, due_at__lt=now),
            attempts__lt=settings.OUTBOX_MAX_ATTEMPTS,
        )
        .order_by("due_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )


def kind_choices() -> list[tuple[str, str]]:
    kinds = OutboxMessage.objects.order_by("kind").values_list("kind", flat=True).distinct()
    return [(kind, kind) for kind in kinds]
