"""Domain errors of the courses app; every message is shown to people as is (translated)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lms.errors import Conflict, DomainError, Forbidden, NotFound


class CoursesError(DomainError):
    """Base error of the courses app: a rule refused the change."""

    code = "courses_error"


class EnrolmentClosedError(CoursesError, Conflict):
    default_text = _("Enrolment for this session is closed.")


class SessionStartedError(CoursesError, Conflict):
    default_text = _("The session has already started.")


class SessionUnavailableError(CoursesError, Conflict):
    default_text = _("This session does not take enrolments.")


class NotEligibleError(CoursesError, Forbidden):
    default_text = _("This session is not open to your trainee category.")


class NotAllowedError(CoursesError, Forbidden):
    code = "forbidden"
    default_text = _("You are not allowed to manage this session.")


class InvalidTransitionError(CoursesError, Conflict):
    default_text = _("This enrolment cannot be changed that way.")


class SessionNotFoundError(CoursesError, NotFound):
    default_text = _("There is no such session.")


class NotEnrolledError(CoursesError, NotFound):
    default_text = _("You are not enrolled in this session.")


class CapacityError(CoursesError, Conflict):
    """The capacity asked for is below the seats already confirmed."""

    code = "capacity_below_confirmed"
    field = "capacity"
    default_text = _("The capacity cannot be lower than the number of people already confirmed.")


class SessionTransitionError(CoursesError, Conflict):
    """The session cannot move to the status asked for."""

    code = "invalid_session_transition"
    field = "status"
    default_text = _("The session cannot change to this status.")
