"""Refusals of the outbox; every message is shown to people as is (translated)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lms.errors import Conflict, DomainError, Forbidden


class OutboxError(DomainError):
    """Base error of the outbox: a rule refused the change."""

    code = "outbox_error"


class AlreadySentError(OutboxError, Conflict):
    code = "outbox_already_sent"
    default_text = _("This e-mail has already been sent; an e-mail is never sent twice.")


class SendingNowError(OutboxError, Conflict):
    code = "outbox_sending_now"
    default_text = _("This e-mail is being sent right now.")


class NotAllowedError(OutboxError, Forbidden):
    code = "forbidden"
    default_text = _("You are not allowed to resend e-mails.")
