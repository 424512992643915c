"""Writes of the outbox: queue an e-mail, send a row once, resend, cancel.

Every e-mail the platform owes is an OutboxMessage row, written in the caller's transaction (so the e-mail
exists exactly when the change that owes it commits) and sent after commit by a Celery task. Sending claims
the row with a conditional UPDATE first and marks it sent after, so however often the task runs a row sent
is never sent again. A failed attempt is recorded on the row (attempts, last error) and tried again with
exponential backoff, by the task and then by the periodic job, up to OUTBOX_MAX_ATTEMPTS; after that the row
is "failed", and programme managers see it in the admin and may resend it.
"""

from __future__ import annotations

import base64
import enum
import logging
import smtplib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F, Q
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .errors import AlreadySentError, NotAllowedError, SendingNowError
from .models import OutboxMessage, OutboxStatus
from .tasks import send_outbox_message

__all__ = [
    "SendOutcome",
    "SendResult",
    "cancel_messages",
    "fail_abandoned_messages",
    "queue_email",
    "queue_emails",
    "queue_rendered_email",
    "resend_failed_messages",
    "resend_message",
    "retry_delay",
    "send_message",
]

logger = logging.getLogger(__name__)

Attachment = tuple[str, bytes, str]  # (file name, content, MIME type)


class SendOutcome(enum.StrEnum):
    SENT = "sent"
    SKIPPED = "skipped"  # already sent, being sent by another worker, not to be sent, or gone
    RETRY = "retry"  # the attempt failed; another one is due
    FAILED = "failed"  # the attempt failed and no other will be made (attempts used up, or refused for good)


@dataclass(frozen=True)
class SendResult:
    outcome: SendOutcome
    retry_in: int = 0  # seconds until the next attempt, for SendOutcome.RETRY


# --- queueing ---------------------------------------------------------------------------------------


def queue_email(
    *,
    key: str,
    to: str,
    template: str,
    context: dict,
    attachments: Sequence[Attachment] = (),
    language: str = "vi",
) -> OutboxMessage:
    """Render `template` (.subject.txt, .txt, optional .html) in `language` and queue it once per key.

    Queuing a key that exists returns that row and sends nothing new. Call it inside the transaction that
    makes the e-mail owed: the row commits with it and the send task leaves after commit.
    """
    existing = OutboxMessage.objects.filter(key=key).first()
    if existing is not None:
        return existing
    return queue_rendered_email(
        **_rendered(to=to, template=template, context=context, language=language),
        key=key,
        attachments=attachments,
    )


def _rendered(*, to: str, template: str, context: dict, language: str) -> dict:
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}.subject.txt", context).split())
        body_text = render_to_string(f"{template}.txt", context)
        try:
            html_template = get_template(f"{template}.html")
        except TemplateDoesNotExist:
            body_html = ""
        else:
            body_html = html_template.render(context)
    return {
        "to": to,
        "kind": template,
        "subject": subject,
        "body_text": body_text,
        "body_html": body_html,
        "language": language,
    }


def queue_emails(messages: Sequence[dict]) -> list[OutboxMessage]:
    """`queue_email` for many at once (its keyword arguments, one dict each): the keys already queued are
    left as they are, the others are inserted in one statement. Same transaction rule as `queue_email`."""
    keys = [message["key"] for message in messages]
    if len(set(keys)) != len(keys):
        raise ValueError("An outbox key appears twice in one batch")
    queued = set(OutboxMessage.objects.filter(key__in=keys).values_list("key", flat=True))
    rows = [
        _row(
            **_rendered(
                to=message["to"],
                template=message["template"],
                context=message["context"],
                language=message.get("language", "vi"),
            ),
            key=message["key"],
            attachments=message.get("attachments", ()),
        )
        for message in messages
        if message["key"] not in queued
    ]
    created = OutboxMessage.objects.bulk_create(rows)
    for message in created:
        _send_after_commit(message.pk)
    return created


def _row(
    *,
    key: str,
    to: str,
    kind: str,
    subject: str,
    body_text: str,
    body_html: str,
    attachments: Sequence[Attachment],
    language: str,
) -> OutboxMessage:
    if not key or len(key) > OutboxMessage._meta.get_field("key").max_length:
        raise ValueError(f"An outbox key is 1 to 200 characters: {key!r}")
    return OutboxMessage(key=key, **_values(to, kind, subject, body_text, body_html, attachments, language))


def _values(to, kind, subject, body_text, body_html, attachments, language) -> dict:
    return {
        "to": to,
        "kind": kind[:150],
        "subject": subject[:998],
        "body_text": body_text,
        "body_html": body_html,
        "attachments": [
            {
                "name": name,
                "mimetype": mimetype,
                "content": base64.b64encode(_bytes(content)).decode("ascii"),
            }
            for name, content, mimetype in attachments
        ],
        "language": language,
    }


def queue_rendered_email(
    *,
    key: str,
    to: str,
    kind: str,
    subject: str,
    body_text: str,
    body_html: str = "",
    attachments: Sequence[Attachment] = (),
    language: str = "",
) -> OutboxMessage:
    """Queue an e-mail rendered elsewhere (allauth's), once per key; sent after the transaction commits."""
    if not key or len(key) > OutboxMessage._meta.get_field("key").max_length:
        raise ValueError(f"An outbox key is 1 to 200 characters: {key!r}")
    message, created = OutboxMessage.objects.get_or_create(
        key=key, defaults=_values(to, kind, subject, body_text, body_html, attachments, language)
    )
    if created:
        _send_after_commit(message.pk)
    return message


def _bytes(content: bytes | str) -> bytes:
    return content.encode() if isinstance(content, str) else content


def _send_after_commit(message_id: int) -> None:
    # robust: a broker that is down at commit time must not turn a committed change into an error page;
    # the row stays waiting and the periodic job sends it.
    transaction.on_commit(lambda: send_outbox_message.delay(message_id), robust=True)


# --- sending ----------------------------------------------------------------------------------------


def retry_delay(attempts: int) -> int:
    """Seconds to wait after the given number of failed attempts: doubling from the base, capped."""
    base = settings.OUTBOX_RETRY_BACKOFF_SECONDS
    return min(base * 2 ** max(attempts - 1, 0), settings.OUTBOX_RETRY_BACKOFF_MAX_SECONDS)


def _lease() -> timedelta:
    # Longer than the send task's hard time limit: once it has passed, the attempt that claimed the row is
    # certainly over (killed or finished), so another may take the row without sending it twice at once.
    return timedelta(seconds=settings.OUTBOX_SEND_TIME_LIMIT + 60)


def _claim(message_id: int, now: datetime) -> bool:
    """Take the row for one attempt; only the caller whose UPDATE matches may send it."""
    return bool(
        OutboxMessage.objects.filter(
            Q(status=OutboxStatus.PENDING) | Q(status=OutboxStatus.SENDING, due_at__lt=now),
            pk=message_id,
            attempts__lt=settings.OUTBOX_MAX_ATTEMPTS,
        ).update(
            status=OutboxStatus.SENDING,
            attempts=F("attempts") + 1,
            last_attempt_at=now,
            due_at=now + _lease(),
        )
    )


def _message_id_header(message: OutboxMessage) -> str:
    # Stable across attempts, so a receiving server that saw an attempt the worker could not record as sent
    # may recognise the copy.
    domain = urlsplit(settings.SITE_URL).hostname or "localhost"
    return f"<outbox.{message.pk}.{int(message.created_at.timestamp())}@{domain}>"


def build_email(message: OutboxMessage) -> EmailMultiAlternatives:
    """The Django e-mail of a row, as it is sent."""
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body_text,
        to=[message.to],
        headers={"Message-ID": _message_id_header(message)},
    )
    if message.body_html:
        email.attach_alternative(message.body_html, "text/html")
    for name, content, mimetype in message.attachment_files():
        email.attach(name, content, mimetype)
    return email


def _refused_for_good(exc: Exception) -> bool:
    """The server refused the recipient permanently (5xx for every address): trying again cannot help."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _message in exc.recipients.values()]
        return bool(codes) and all(code >= 500 for code in codes)
    return False


def send_message(message_id: int) -> SendResult:
    """Send one row at most once: claim it, send it, mark it sent; a failure is recorded on the row.

    Call it outside a transaction (the Celery task does), so the claim is visible to other workers at once.
    """
    if not _claim(message_id, timezone.now()):
        return SendResult(SendOutcome.SKIPPED)
    message = OutboxMessage.objects.get(pk=message_id)
    try:
        build_email(message).send()
    except Exception as exc:  # noqa: BLE001 - any failure (SMTP, network, time limit) is recorded and retried
        return _record_failure(message, exc)
    OutboxMessage.objects.filter(pk=message_id, status=OutboxStatus.SENDING).update(
        status=OutboxStatus.SENT, sent_at=timezone.now(), due_at=timezone.now(), last_error=""
    )
    return SendResult(SendOutcome.SENT)


def _record_failure(message: OutboxMessage, exc: Exception) -> SendResult:
    give_up = _refused_for_good(exc) or message.attempts >= settings.OUTBOX_MAX_ATTEMPTS
    delay = retry_delay(message.attempts)
    logger.warning("E-mail %s to %s failed (attempt %s): %s", message.key, message.to, message.attempts, exc)
    OutboxMessage.objects.filter(pk=message.pk, status=OutboxStatus.SENDING).update(
        status=OutboxStatus.FAILED if give_up else OutboxStatus.PENDING,
        last_error=f"{type(exc).__name__}: {exc}"[:2000],
        due_at=timezone.now() + timedelta(seconds=delay),
    )
    if give_up:
        return SendResult(SendOutcome.FAILED)
    return SendResult(SendOutcome.RETRY, retry_in=delay)


def fail_abandoned_messages() -> int:
    """Rows whose last allowed attempt was cut off (the worker died) become failed, for a person to see."""
    return OutboxMessage.objects.filter(
        status=OutboxStatus.SENDING,
        due_at__lt=timezone.now(),
        attempts__gte=settings.OUTBOX_MAX_ATTEMPTS,
    ).update(status=OutboxStatus.FAILED, last_error=_("The sending worker stopped before it had finished."))


# --- people's actions -------------------------------------------------------------------------------


def _check_may_resend(acting_user) -> None:
    if not acting_user.has_perm("outbox.change_outboxmessage"):
        raise NotAllowedError


def _resendable(now: datetime) -> Q:
    return Q(status__in=[OutboxStatus.PENDING, OutboxStatus.FAILED, OutboxStatus.CANCELLED]) | Q(
        status=OutboxStatus.SENDING, due_at__lt=now
    )


def resend_message(message: OutboxMessage, *, acting_user) -> OutboxMessage:
    """Send an unsent e-mail again now, with a fresh set of attempts; a sent e-mail is never sent again."""
    _check_may_resend(acting_user)
    now = timezone.now()
    with transaction.atomic():
        updated = OutboxMessage.objects.filter(_resendable(now), pk=message.pk).update(
            status=OutboxStatus.PENDING, attempts=0, due_at=now
        )
        if not updated:
            current = OutboxMessage.objects.get(pk=message.pk)
            if current.status == OutboxStatus.SENT:
                raise AlreadySentError
            raise SendingNowError
        _send_after_commit(message.pk)
    return OutboxMessage.objects.get(pk=message.pk)


def resend_failed_messages(*, acting_user) -> int:
    """Send every failed e-mail again (after a long mail-server outage); returns how many."""
    _check_may_resend(acting_user)
    ids = list(OutboxMessage.objects.filter(status=OutboxStatus.FAILED).values_list("pk", flat=True))
    with transaction.atomic():
        for start in range(0, len(ids), 1000):
            OutboxMessage.objects.filter(pk__in=ids[start : start + 1000], status=OutboxStatus.FAILED).update(
                status=OutboxStatus.PENDING, attempts=0, due_at=timezone.now()
            )
        # Sending an id twice is harmless (the claim lets one through), so no lock is needed here.
        for message_id in ids:
            _send_after_commit(message_id)
    return len(ids)


def cancel_messages(*, keys: Iterable[str]) -> int:
    """Withdraw waiting e-mails (demo data with made-up addresses); returns how many will not be sent."""
    keys = list(keys)
    cancelled = 0
    for start in range(0, len(keys), 1000):
        cancelled += OutboxMessage.objects.filter(
            key__in=keys[start : start + 1000], status=OutboxStatus.PENDING
        ).update(status=OutboxStatus.CANCELLED)
    return cancelled
