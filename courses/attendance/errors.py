"""Domain errors of attendance; every message is shown to people as is (translated)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lms.errors import Conflict, DomainError, Forbidden, Invalid


class AttendanceError(DomainError):
    """Base error of attendance: a rule refused the change. `status_code` serves the JSON endpoints."""

    code = "attendance_error"
    default_text = _("The attendance could not be recorded.")


class NotAllowedToMarkError(AttendanceError, Forbidden):
    code = "forbidden"
    default_text = _("You are not allowed to take attendance for this session.")


class NotConfirmedError(AttendanceError, Conflict):
    default_text = _("Only trainees whose enrolment is confirmed can be marked.")


class CheckInError(AttendanceError, Invalid):
    """A QR check-in was refused; `code` says why (forged, expired, other_day, other_session, ...)."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)
