"""The one error base: a rule refused a change. Every app's domain errors derive from it.

`code` names the refusal for machines (the API's JSON body), `status_code` the HTTP status the API answers
with, and `message` is shown to people as is (translated when raised). An API operation just lets the error
rise: lms/api.py answers every refusal with the same body.

An app's error module is declarations only: one base per app (directly under `DomainError`, with its own
`code`), and under it one class per refusal, mixing in the kind of refusal (`Conflict`, `Forbidden`, ...)
for its status and stating its message::

    class NotEligibleError(CertificatesError, Conflict):
        default_text = _("This trainee does not meet the conditions for a certificate.")

A refusal's `code` is its class name in snake case without "Error" (`not_eligible`) unless it declares one.
"""

from __future__ import annotations

import re

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from ninja import Schema


class DomainError(Exception):
    """A business rule refused the change; the message is for people, `code` and `status_code` for the API."""

    code = "error"
    status_code = 400
    # The message when none is given: a lazy translation, rendered in the language active at raise time.
    default_text: str | Promise = _("The request could not be completed.")

    def __init__(self, message: str | None = None) -> None:
        self.message = str(message) if message else self.default_message()
        super().__init__(self.message)

    def default_message(self) -> str:
        return str(self.default_text)


class Refusal(DomainError):
    """A kind of refusal: its subclasses are named after their class unless they declare a code."""

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if "code" not in cls.__dict__:
            cls.code = re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__.removesuffix("Error")).lower()


# The kinds of refusal, mixed into an app's errors for the HTTP status the API answers with.
class Invalid(Refusal):
    status_code = 400


class Unauthenticated(Refusal):
    status_code = 401


class Forbidden(Refusal):
    status_code = 403


class NotFound(Refusal):
    status_code = 404


class Conflict(Refusal):
    status_code = 409


class Unavailable(Refusal):
    status_code = 503


class ErrorOut(Schema):
    """The body of every refusal the JSON API answers with: a code for machines, a message for people."""

    code: str
    message: str
