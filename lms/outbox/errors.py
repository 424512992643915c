"""Refusals of the outbox; every message is shown to people as is (translated)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lms.errors import DomainError


class OutboxError(DomainError):
    """Base error of the outbox: a rule refused the change."""

    code = "outbox_error"
    status_code = 400


class AlreadySentError(OutboxError):
    code = "outbox_already_sent"
    status_code = 409
    default_text = _("This e-mail has already been sent; an e-mail is never sent twice.")


class SendingNowError(OutboxError):
    code = "outbox_sending_now"
    status_code = 409
    default_text = _("This e-mail is being sent right now.")


class NotAllowedError(OutboxError):
    code = "forbidden"
    status_code = 403
    default_text = _("You are not allowed to resend e-mails.")
