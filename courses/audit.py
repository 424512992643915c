"""The audit trail of enrolments: every change records one EnrolmentEvent, and the e-mail it names is queued
after commit.

The write services (courses.services, courses.lifecycle) build events with `enrolment_event` while they hold
the session's lock and save them with `record_events`; the e-mails themselves are rendered by a task
(courses.notifications), never under the lock.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from lms import pagecache
from lms.people.models import User

from .models import Enrolment, EnrolmentEvent
from .tasks import queue_enrolment_emails

__all__ = ["enrolment_event", "record_event", "record_events"]


def enrolment_event(
    enrolment: Enrolment,
    *,
    action: str,
    actor: User | None,
    from_status: str,
    note: str = "",
    email: str = "",
    now: datetime | None = None,
) -> EnrolmentEvent:
    """The (unsaved) audit event of a change: the one shape every path records."""
    return EnrolmentEvent(
        enrolment=enrolment,
        action=action,
        actor=actor if actor is not None and actor.is_authenticated else None,
        created_at=now or timezone.now(),
        from_status=from_status,
        to_status=enrolment.status,
        note=unicodedata.normalize("NFC", note or ""),
        email=email,
    )


def record_events(events: list[EnrolmentEvent]) -> list[EnrolmentEvent]:
    """Save audit events and queue, after commit, the e-mails they owe (one task, or chunks for many)."""
    if len(events) == 1:
        events[0].save()
    else:
        EnrolmentEvent.objects.bulk_create(events, batch_size=1000)
    _queue_emails([event.pk for event in events if event.email])
    # Every change of an enrolment is recorded here, bulk ones too (which send no post_save): the people's
    # dashboards (courses.dashboard) are built again after commit.
    pagecache.touch(*{pagecache.learner_tag(event.enrolment.user_id) for event in events})
    return events


def record_event(enrolment: Enrolment, **change: Any) -> EnrolmentEvent:
    """Save the audit event of one change (described as `enrolment_event` takes it) and queue its e-mail."""
    return record_events([enrolment_event(enrolment, **change)])[0]


def _queue_emails(event_ids: list[int]) -> None:
    # Rendering e-mails must not hold the session lock (one takes about 25 ms: under the lock it would cap a
    # session at some 40 enrolments a second, and a bulk import renders thousands): their outbox rows are
    # written after commit, by a task (in chunks for many); the event is claimed with its row, so each is
    # queued once, and one lost on the way is picked up by the periodic sweep (notifications).
    for start in range(0, len(event_ids), 200):
        chunk = event_ids[start : start + 200]
        transaction.on_commit(lambda chunk=chunk: queue_enrolment_emails.delay(chunk), robust=True)
