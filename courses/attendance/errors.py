"""Domain errors of attendance; every message is shown to people as is (translated)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lms.errors import DomainError


class AttendanceError(DomainError):
    """Base error of attendance: a rule refused the change. `status_code` serves the JSON endpoints."""

    code = "attendance_error"
    status_code = 400
    default_text = _("The attendance could not be recorded.")


class NotAllowedToMarkError(AttendanceError):
    code = "forbidden"
    status_code = 403
    default_text = _("You are not allowed to take attendance for this session.")


class NotConfirmedError(AttendanceError):
    code = "not_confirmed"
    status_code = 409
    default_text = _("Only trainees whose enrolment is confirmed can be marked.")


class CheckInError(AttendanceError):
    """A QR check-in was refused; `code` says why (forged, expired, other_day, other_session, ...)."""

    status_code = 400

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)
