"""Domain errors of the quizzes app; every message is shown to people as is (translated)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lms.errors import DomainError


class QuizError(DomainError):
    """Base error of the quizzes app: a rule refused the request. `code` and `status_code` serve the API."""

    code = "quiz_error"
    status_code = 400


class QuizUnavailableError(QuizError):
    code = "quiz_unavailable"
    status_code = 409
    default_text = _("This quiz is not open now.")


class SignInRequiredError(QuizError):
    code = "sign_in_required"
    status_code = 401
    default_text = _("Sign in to take the quiz.")


class NotEnrolledError(QuizError):
    """A graded quiz is only for trainees with a confirmed enrolment in a session of its course."""

    code = "not_enrolled"
    status_code = 403
    default_text = _("You need a confirmed enrolment in a session of this course to take this quiz.")


class SessionNotStartedError(QuizError):
    code = "session_not_started"
    status_code = 409
    default_text = _("This quiz opens when your session starts.")


class AttemptLimitError(QuizError):
    code = "attempt_limit"
    status_code = 409
    default_text = _("You have used all the attempts allowed for this quiz.")


class NoQuestionsError(QuizError):
    code = "no_questions"
    status_code = 409
    default_text = _("This quiz has no questions yet.")


class AttemptClosedError(QuizError):
    code = "attempt_closed"
    status_code = 409
    default_text = _("This attempt has already been submitted.")


class DeadlinePassedError(AttemptClosedError):
    code = "deadline_passed"
    default_text = _(
        "Time is up: the attempt was closed and graded with the answers saved before the deadline."
    )


class InvalidAnswerError(QuizError):
    code = "invalid_answer"
    status_code = 400
    default_text = _("This answer does not belong to the question.")
