"""JSON API of the quizzes app (django-ninja, mounted at /api/v1/ by lms/api.py).

For the signed-in trainee only (session cookie with its CSRF token, or a personal API token). The same
services as the HTML pages: the quiz page's script saves each answer through `POST .../answers`.
Nothing returned for an open attempt says which choices are correct.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from django.http import Http404
from django.urls import reverse
from ninja import Router, Schema, Status
from wagtail.rich_text import expand_db_html

from lms.errors import ErrorOut
from lms.people.tokens import api_auth

from . import selectors, services
from .models import QuizAttempt

router = Router(tags=["quizzes"])
auth = api_auth()


class ChoiceOut(Schema):
    # The choice's position in the attempt (1, 2, ... in the order shown), never its database id.
    position: int
    text: str


class QuestionOut(Schema):
    id: int
    number: int
    kind: str
    text: str
    choices: list[ChoiceOut]
    selected: list[int]  # positions of the saved choices


class AttemptOut(Schema):
    id: int
    quiz_id: int
    quiz_title: str
    number: int
    started_at: datetime
    deadline: datetime | None
    seconds_left: int | None
    submitted: bool
    auto_submitted: bool
    score: Decimal | None = None
    passed: bool | None = None
    review_url: str | None = None
    questions: list[QuestionOut] = []


class AnswerIn(Schema):
    question: int
    choices: list[int]  # positions of the chosen choices (1, 2, ... as listed in the attempt)


class AnswerOut(Schema):
    question: int
    choices: list[int]  # positions of the saved choices
    saved_at: datetime
    seconds_left: int | None


def _attempt(request, attempt_id: int) -> QuizAttempt:
    attempt = selectors.attempt_of(request.user, attempt_id)
    if attempt is None:
        raise Http404  # the same answer whether the attempt is someone else's or does not exist
    return attempt


def _attempt_out(attempt: QuizAttempt) -> AttemptOut:
    out = AttemptOut(
        id=attempt.pk,
        quiz_id=attempt.quiz_id,
        quiz_title=attempt.quiz.title,
        number=attempt.number,
        started_at=attempt.started_at,
        deadline=attempt.deadline,
        seconds_left=attempt.seconds_left() if attempt.is_open else None,
        submitted=not attempt.is_open,
        auto_submitted=attempt.auto_submitted,
    )
    if attempt.is_open:
        page = selectors.attempt_page(attempt)
        out.questions = [
            QuestionOut(
                id=item["id"],
                number=item["number"],
                kind=item["kind"],
                text=expand_db_html(item["text"]),
                choices=[
                    ChoiceOut(position=choice["position"], text=choice["text"]) for choice in item["choices"]
                ],
                selected=item["selected"],
            )
            for item in page["questions"]
        ]
    else:
        out.score = attempt.score
        out.passed = attempt.passed
        out.review_url = reverse("quizzes:attempt_review", args=[attempt.pk])
    return out


@router.post(
    "/quizzes/{quiz_id}/attempts",
    auth=auth,
    response={
        200: AttemptOut,
        201: AttemptOut,
        400: ErrorOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        409: ErrorOut,
    },
    summary=(
        "Start an attempt (or resume the open one). A graded quiz needs a confirmed enrolment in a started "
        "session of its course (403 not_enrolled, 409 session_not_started); a practice quiz is open to anyone."
    ),
    url_name="quizzes_start",
)
def start(request, quiz_id: int):
    quiz = selectors.quiz_for_trainee(quiz_id)
    if quiz is None:
        raise Http404  # answered by the API's one "not found" refusal (lms/api.py)
    open_before = QuizAttempt.objects.filter(quiz=quiz, user=request.user, submitted_at__isnull=True).exists()
    attempt = services.start_attempt(quiz, user=request.user)
    return Status(200 if open_before and attempt.is_open else 201, _attempt_out(attempt))


@router.get(
    "/quiz-attempts/{attempt_id}",
    auth=auth,
    response={200: AttemptOut, 404: ErrorOut},
    summary="An attempt: its questions and saved answers while open (no correctness), its score once submitted",
    url_name="quizzes_attempt",
)
def attempt_detail(request, attempt_id: int):
    attempt = services.close_if_expired(_attempt(request, attempt_id))
    return Status(200, _attempt_out(selectors.attempt_of(request.user, attempt.pk)))


@router.post(
    "/quiz-attempts/{attempt_id}/answers",
    auth=auth,
    response={200: AnswerOut, 400: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    summary="Save the selected choices of one question (an empty list clears the answer)",
    url_name="quizzes_save_answer",
)
def save_answer(request, attempt_id: int, payload: AnswerIn):
    attempt = _attempt(request, attempt_id)
    attempt = services.save_answer_by_position(
        attempt, question_id=payload.question, positions=payload.choices, user=request.user
    )
    answer = attempt.answers.get(question_id=payload.question)
    return Status(
        200,
        AnswerOut(
            question=payload.question,
            choices=services.choice_positions(attempt, payload.question, answer.selected),
            saved_at=answer.saved_at,
            seconds_left=attempt.seconds_left(),
        ),
    )


@router.post(
    "/quiz-attempts/{attempt_id}/submit",
    auth=auth,
    response={200: AttemptOut, 404: ErrorOut},
    summary="Submit the attempt (submitting again returns the same result)",
    url_name="quizzes_submit",
)
def submit(request, attempt_id: int):
    attempt = services.submit_attempt(_attempt(request, attempt_id), user=request.user)
    return Status(200, _attempt_out(selectors.attempt_of(request.user, attempt.pk)))
