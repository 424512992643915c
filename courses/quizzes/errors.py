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
