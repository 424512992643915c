"""Domain errors of the quizzes app; every message is shown to people as is (translated)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lms.errors import Conflict, DomainError, Forbidden, Invalid, Unauthenticated


class QuizError(DomainError):
    """Base error of the quizzes app: a rule refused the request."""

    code = "quiz_error"


class QuizUnavailableError(QuizError, Conflict):
    default_text = _("This quiz is not open now.")


class SignInRequiredError(QuizError, Unauthenticated):
    default_text = _("Sign in to take the quiz.")


class NotEnrolledError(QuizError, Forbidden):
    """A graded quiz is only for trainees with a confirmed enrolment in a session of its course."""

    default_text = _("You need a confirmed enrolment in a session of this course to take this quiz.")


class SessionNotStartedError(QuizError, Conflict):
    default_text = _("This quiz opens when your session starts.")


class AttemptLimitError(QuizError, Conflict):
    default_text = _("You have used all the attempts allowed for this quiz.")


class NoQuestionsError(QuizError, Conflict):
    default_text = _("This quiz has no questions yet.")


class AttemptClosedError(QuizError, Conflict):
    default_text = _("This attempt has already been submitted.")


class DeadlinePassedError(AttemptClosedError):
    default_text = _(
        "Time is up: the attempt was closed and graded with the answers saved before the deadline."
    )


class InvalidAnswerError(QuizError, Invalid):
    default_text = _("This answer does not belong to the question.")
