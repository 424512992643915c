"""The e-mails of enrolments (templates courses/email/<name>.*), each queued once in the outbox (lms.outbox).

An enrolment event that names an e-mail (`EnrolmentEvent.email`) owes it. The event is claimed
(`notified_at`: the e-mail is queued) in the same transaction as its outbox row, so it is queued exactly once:
by a task after the change commits (one event, or chunks for a bulk import: rendering must not hold the
session lock), and by a periodic sweep for any a lost task left behind. Reminders claim the enrolment (`reminder_sent_at`) the same way. The outbox then sends each row
once, with retries.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta

from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from lms.outbox.services import cancel_messages, queue_email

from .models import Enrolment, EnrolmentEvent, EnrolmentStatus, TrainingSession
from .selectors import session_calendar_for

logger = logging.getLogger(__name__)

EMAILS_WITH_CALENDAR = {"confirmed", "promoted", "reminder", "invitation"}


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _language_for(user) -> str:
    language = getattr(user, "language", "") or settings.LANGUAGE_CODE or "vi"
    return language if language in dict(settings.LANGUAGES) else "vi"


def password_set_url(user) -> str:
    """A one-time link to choose a password (allauth's password-reset-from-key view)."""
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)},
    )
    return absolute(path)


def _event_key(event_id: int) -> str:
    return f"courses.enrolment_event:{event_id}"


def queue_enrolment_email(
    enrolment: Enrolment,
    name: str,
    *,
    key: str,
    event: EnrolmentEvent | None = None,
    calendars: dict[int, bytes] | None = None,
):
    """Render e-mail `name` about the enrolment in the recipient's language and queue it under `key`.

    `calendars` caches the session's .ics by session id when many e-mails of one session are queued.
    """
    user = enrolment.user
    session = enrolment.session
    language = _language_for(user)
    with translation.override(language):
        context = {
            "user": user,
            "enrolment": enrolment,
            "session": session,
            "course": session.course,
            "days": list(session.days.all()),
            "event": event,
            "removed_by_staff": bool(event and event.action == "courses.enrolment.removed"),
            "session_url": absolute(session.get_absolute_url()),
            "my_learning_url": absolute(reverse("courses:my_learning")),
            "site_name": settings.WAGTAIL_SITE_NAME,
            "show_meeting_link": enrolment.status == EnrolmentStatus.CONFIRMED and bool(session.meeting_link),
        }
        if name == "invitation":
            context["password_url"] = password_set_url(user)
        attachments = []
        if name in EMAILS_WITH_CALENDAR and enrolment.status == EnrolmentStatus.CONFIRMED:
            attachments.append(
                (f"{session.code.replace('/', '-')}.ics", _calendar(session, calendars), "text/calendar")
            )
    return queue_email(
        key=key,
        to=user.email,
        template=f"courses/email/{name}",
        context=context,
        attachments=attachments,
        language=language,
    )


def _calendar(session: TrainingSession, calendars: dict[int, bytes] | None) -> bytes:
    if calendars is None:
        return session_calendar_for(session)
    if session.pk not in calendars:
        calendars[session.pk] = session_calendar_for(session)
    return calendars[session.pk]


def queue_event_emails(event_ids: Iterable[int]) -> int:
    """Queue the e-mail each event owes, once; returns how many were queued now.

    One that cannot be rendered is logged and left unclaimed for the sweep: it never holds back the others,
    nor fails the change that owes it.
    """
    events = (
        EnrolmentEvent.objects.filter(pk__in=list(event_ids), notified_at__isnull=True)
        .exclude(email="")
        .select_related("enrolment__user", "enrolment__session__course")
        .prefetch_related("enrolment__session__days")
        .order_by("pk")
    )
    calendars: dict[int, bytes] = {}
    queued = 0
    for event in events:
        try:
            with transaction.atomic():
                claimed = EnrolmentEvent.objects.filter(pk=event.pk, notified_at__isnull=True).update(
                    notified_at=timezone.now()
                )
                if not claimed:
                    continue
                queue_enrolment_email(
                    event.enrolment, event.email, key=_event_key(event.pk), event=event, calendars=calendars
                )
        except Exception:  # noqa: BLE001 - logged; the sweep tries again, the other e-mails go out
            logger.exception("Could not queue the e-mail of enrolment event %s", event.pk)
            continue
        queued += 1
    return queued


def owed_event_ids(*, now: datetime | None = None) -> list[int]:
    """Events whose e-mail was never queued, older than the outbox's resend delay and younger than
    COURSES_EMAIL_SWEEP_MAX_AGE_HOURS (a notice days late is no longer news)."""
    now = now or timezone.now()
    return list(
        EnrolmentEvent.objects.filter(
            notified_at__isnull=True,
            created_at__lte=now - timedelta(seconds=settings.OUTBOX_RESEND_AFTER_SECONDS),
            created_at__gte=now - timedelta(hours=settings.COURSES_EMAIL_SWEEP_MAX_AGE_HOURS),
        )
        .exclude(email="")
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def withhold_event_emails(event_ids: Iterable[int]) -> int:
    """Never send these events' e-mails (demo data with made-up addresses); returns how many were stopped."""
    event_ids = list(event_ids)
    # An event not yet queued is claimed (its task, after commit, then queues nothing); one already queued
    # has its outbox row cancelled. Each event is one or the other.
    claimed = EnrolmentEvent.objects.filter(pk__in=event_ids, notified_at__isnull=True).update(
        notified_at=timezone.now()
    )
    return claimed + cancel_messages(keys=[_event_key(event_id) for event_id in event_ids])


def queue_reminder(enrolment_id: int) -> bool:
    """Queue a confirmed trainee's reminder of the first day, once: the enrolment is claimed with the row."""
    with transaction.atomic():
        now = timezone.now()
        claimed = Enrolment.objects.filter(
            pk=enrolment_id, status=EnrolmentStatus.CONFIRMED, reminder_sent_at__isnull=True
        ).update(reminder_sent_at=now)
        if not claimed:
            return False
        enrolment = Enrolment.objects.select_related("user", "session__course").get(pk=enrolment_id)
        # The claim's time in the key: a re-opened enrolment (its claim cleared) is reminded again.
        queue_enrolment_email(enrolment, "reminder", key=f"courses.reminder:{enrolment_id}:{now.isoformat()}")
    return True
