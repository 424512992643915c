"""Domain errors of the courses app; every message is shown to people as is (translated)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lms.errors import DomainError


class CoursesError(DomainError):
    """Base error of the courses app: a rule refused the change. `code` and `status_code` serve the API."""

    code = "courses_error"
    status_code = 400


class EnrolmentClosedError(CoursesError):
    code = "enrolment_closed"
    status_code = 409
    default_text = _("Enrolment for this session is closed.")


class SessionStartedError(CoursesError):
    code = "session_started"
    status_code = 409
    default_text = _("The session has already started.")


class SessionUnavailableError(CoursesError):
    code = "session_unavailable"
    status_code = 409
    default_text = _("This session does not take enrolments.")


class NotEligibleError(CoursesError):
    code = "not_eligible"
    status_code = 403
    default_text = _("This session is not open to your trainee category.")


class NotAllowedError(CoursesError):
    code = "forbidden"
    status_code = 403
    default_text = _("You are not allowed to manage this session.")


class InvalidTransitionError(CoursesError):
    code = "invalid_transition"
    status_code = 409
    default_text = _("This enrolment cannot be changed that way.")


class NotEnrolledError(CoursesError):
    code = "not_enrolled"
    status_code = 404
    default_text = _("You are not enrolled in this session.")


class CapacityError(CoursesError):
    """The capacity asked for is below the seats already confirmed."""

    code = "capacity_below_confirmed"
    status_code = 409
    field = "capacity"
    default_text = _("The capacity cannot be lower than the number of people already confirmed.")


class SessionTransitionError(CoursesError):
    """The session cannot move to the status asked for."""

    code = "invalid_session_transition"
    status_code = 409
    field = "status"
    default_text = _("The session cannot change to this status.")
