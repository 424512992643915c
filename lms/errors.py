"""The one error base: a rule refused a change. Every app's domain errors derive from it.

`code` names the refusal for machines (the API's JSON body), `status_code` the HTTP status the API answers
with, and `message` is shown to people as is (translated when raised).
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from ninja import Schema, Status


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


class ErrorOut(Schema):
    """The body of every refusal the JSON API answers with: a code for machines, a message for people."""

    code: str
    message: str


def error_response(exc: DomainError) -> Status:
    """The API's answer to a refused change: the error's status code with its code and message."""
    return Status(exc.status_code, {"code": exc.code, "message": exc.message})
