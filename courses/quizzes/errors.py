"""Domain errors of the quizzes app; every message is shown to people as is (translated)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from lms.errors import DomainError


class QuizError(DomainError):
    """Base error of the quizzes app: a rule refused the request. `code` and `status_code` serve the API."""

    code = "quiz_error"
    status_code = 400

    def default_message(self) -> str:
        return _("The request could not be completed.")


class QuizUnavailableError(QuizError):
    code = "quiz_unavailable"
    status_code = 409

    def default_message(self) -> str:
        return _("This quiz is not open now.")


class SignInRequiredError(QuizError):
    code = "sign_in_required"
    status_code = 401

    def default_message(self) -> str:
        return _("Sign in to take the quiz.")


class NotEnrolledError(QuizError):
    """A graded quiz is only for trainees with a confirmed enrolment in a session of its course."""

    code = "not_enrolled"
    status_code = 403

    def default_message(self) -> str:
        return _("You need a confirmed enrolment in a session of this course to take this quiz.")


class SessionNotStartedError(QuizError):
    code = "session_not_started"
    status_code = 409

    def default_message(self) -> str:
        return _("This quiz opens when your session starts.")


class AttemptLimitError(QuizError):
    code = "attempt_limit"
    status_code = 409

    def default_message(self) -> str:
        return _("You have used all the attempts allowed for this quiz.")


class NoQuestionsError(QuizError):
    code = "no_questions"
    status_code = 409

    def default_message(self) -> str:
        return _("This quiz has no questions yet.")


class AttemptClosedError(QuizError):
    code = "attempt_closed"
    status_code = 409

    def default_message(self) -> str:
        return _("This attempt has already been submitted.")


class DeadlinePassedError(AttemptClosedError):
    code = "deadline_passed"

    def default_message(self) -> str:
        return _("Time is up: the attempt was closed and graded with the answers saved before the deadline.")


class InvalidAnswerError(QuizError):
    code = "invalid_answer"
    status_code = 400

    def default_message(self) -> str:
        return _("This answer does not belong to the question.")
