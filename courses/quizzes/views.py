"""Public views: a quiz's start page, taking an attempt (answers saved as you go), submitting, the review."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from . import selectors, services
from .errors import DeadlinePassedError, QuizError
from .models import QuizAttempt


def _quiz_or_404(pk: int):
    quiz = selectors.quiz_for_trainee(pk)
    if quiz is None:
        raise Http404
    return quiz


def _attempt_or_404(request, pk: int) -> QuizAttempt:
    attempt = selectors.attempt_of(request.user, pk)
    if attempt is None:
        raise Http404
    return attempt


@require_GET
def quiz_detail(request, pk: int):
    quiz = _quiz_or_404(pk)
    context = selectors.quiz_overview(quiz, user=request.user)
    return render(request, "quizzes/quiz_detail.html", {**context, "page_title": quiz.title})


@login_required
@require_POST
def quiz_start(request, pk: int):
    quiz = _quiz_or_404(pk)
    try:
        attempt = services.start_attempt(quiz, user=request.user)
    except QuizError as exc:
        messages.error(request, exc.message)
        return redirect("quizzes:quiz_detail", pk=quiz.pk)
    return redirect("quizzes:attempt", pk=attempt.pk)


@never_cache
@login_required
@require_GET
def attempt_take(request, pk: int):
    attempt = services.close_if_expired(_attempt_or_404(request, pk))
    if attempt.submitted_at is not None:
        if attempt.auto_submitted:
            messages.info(
                request, _("Time is up: the attempt was graded with the answers saved before the deadline.")
            )
        return redirect("quizzes:attempt_review", pk=attempt.pk)
    attempt = _attempt_or_404(request, pk)
    context = selectors.attempt_page(attempt)
    return render(request, "quizzes/attempt.html", {**context, "page_title": attempt.quiz.title})


def _posted_answers(request, attempt: QuizAttempt) -> dict[int, list[int]]:
    """Selections sent with the form (used when JavaScript is off: it saves each answer as it is given).

    The form sends each choice's position in the attempt (1, 2, ...), mapped back to the choice here; a value
    that is not a position of the question's choices raises InvalidAnswerError.
    """
    answers = {}
    for question_id in attempt.question_ids:
        values = request.POST.getlist(f"q{question_id}")
        if values:
            answers[question_id] = services.choice_ids_for_positions(attempt, question_id, values)
    return answers


@login_required
@require_POST
def attempt_submit(request, pk: int):
    attempt = _attempt_or_404(request, pk)
    if attempt.submitted_at is None:
        try:
            answers = {} if request.POST.get("js") == "1" else _posted_answers(request, attempt)
            if answers:
                services.save_answers(attempt, answers=answers, user=request.user)
        except DeadlinePassedError as exc:
            messages.warning(request, exc.message)
            return redirect("quizzes:attempt_review", pk=attempt.pk)
        except QuizError as exc:
            messages.error(request, exc.message)
            return redirect("quizzes:attempt", pk=attempt.pk)
        if request.POST.get("action") == "save":
            messages.success(request, _("Your answers have been saved."))
            return redirect("quizzes:attempt", pk=attempt.pk)
        attempt = services.submit_attempt(attempt, user=request.user)
        if attempt.auto_submitted:
            messages.warning(request, _("Time was up: the answers saved before the deadline were graded."))
        else:
            messages.success(request, _("Your attempt has been submitted."))
    return redirect("quizzes:attempt_review", pk=attempt.pk)


@login_required
@require_GET
def attempt_review(request, pk: int):
    attempt = services.close_if_expired(_attempt_or_404(request, pk))
    if attempt.submitted_at is None:
        return redirect("quizzes:attempt", pk=attempt.pk)
    attempt = _attempt_or_404(request, pk)
    context = selectors.attempt_review(attempt)
    overview = selectors.quiz_overview(attempt.quiz, user=request.user)
    return render(
        request,
        "quizzes/review.html",
        {**context, "overview": overview, "page_title": attempt.quiz.title},
    )
