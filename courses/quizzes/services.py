"""Writes of the quizzes app: starting, answering, submitting and closing attempts."""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.text import fold

from .access import counted_attempts, quiz_access
from .errors import (
    AttemptClosedError,
    AttemptLimitError,
    DeadlinePassedError,
    InvalidAnswerError,
    NoQuestionsError,
    QuizError,
)
from .grading import AnswerKey, grade
from .models import AttemptAnswer, Choice, Question, QuestionKind, Quiz, QuizAttempt

logger = logging.getLogger(__name__)


def _now(now: datetime | None) -> datetime:
    return now or timezone.now()


def draw_layout(quiz: Quiz, *, rng: random.Random) -> list[dict]:
    """Draw the quiz's questions (per category first, then from all), shuffle them and, if asked, their choices."""
    pool = list(
        # Practice and graded quizzes never share a question: a practice review may show its key at once.
        Question.objects.filter(course_id=quiz.course_id, active=True, practice=quiz.is_practice)
        .prefetch_related("choices")
        .order_by("pk")
    )
    chosen: list[Question] = []
    used: set[int] = set()
    for rule in quiz.category_rules.all():
        wanted = fold(rule.category).strip()
        candidates = [q for q in pool if q.pk not in used and fold(q.category).strip() == wanted]
        for question in rng.sample(candidates, min(rule.count, len(candidates))):
            chosen.append(question)
            used.add(question.pk)
    others = [q for q in pool if q.pk not in used]
    remaining = max(0, quiz.question_count - len(chosen))
    chosen.extend(rng.sample(others, min(remaining, len(others))))
    rng.shuffle(chosen)
    layout = []
    for question in chosen:
        choice_ids = [
            choice.pk for choice in sorted(question.choices.all(), key=lambda c: (c.sort_order or 0, c.pk))
        ]
        # True/false keeps its natural order ("Đúng" then "Sai"): shuffling it only confuses.
        if quiz.shuffle_choices and question.kind != QuestionKind.TRUE_FALSE:
            rng.shuffle(choice_ids)
        layout.append({"q": question.pk, "c": choice_ids})
    return layout


def _open_attempt(quiz: Quiz, user) -> QuizAttempt | None:
    return QuizAttempt.objects.filter(quiz=quiz, user=user, submitted_at__isnull=True).first()


def start_attempt(
    quiz: Quiz,
    *,
    user,
    rng: random.Random | None = None,
    now: datetime | None = None,
) -> QuizAttempt:
    """Resume the person's open attempt, or start one if the quiz is open to them (`access.quiz_access`)
    and attempts remain in their course run (`access.counted_attempts`); the attempt belongs to that run."""
    now = _now(now)
    close_expired_attempts(quiz=quiz, user=user, now=now)
    with transaction.atomic():
        # Counting the attempts and inserting the next one must not interleave with another start by the same
        # person (or with a submit that closes the open attempt between the count and the insert): both would
        # count the same number and one attempt too many would be made. The person's row serialises their
        # starts. NO KEY UPDATE, because writes that only reference the person (an enrolment, its events) take
        # KEY SHARE and must not wait on it, nor deadlock with the session lock the enrolment services hold.
        get_user_model().objects.select_for_update(no_key=True).filter(pk=user.pk).values_list("pk").first()
        open_attempt = _open_attempt(quiz, user)
        if open_attempt is not None:
            return open_attempt
        access = quiz_access(quiz, user, now=now)
        if not access.allowed:
            raise access.error
        session_id = access.session.pk if access.session else None
        mine = list(QuizAttempt.objects.filter(quiz=quiz, user=user))
        used = len(counted_attempts(quiz, mine, session_id))
        if not quiz.unlimited_attempts and used >= quiz.attempts_allowed:
            raise AttemptLimitError
        layout = draw_layout(quiz, rng=rng or random.SystemRandom())
        if not layout:
            raise NoQuestionsError
        deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
        if quiz.available_until and (deadline is None or quiz.available_until < deadline):
            deadline = quiz.available_until
        try:
            with transaction.atomic():
                return QuizAttempt.objects.create(
                    quiz=quiz,
                    user=user,
                    session_id=session_id,
                    number=used + 1,
                    started_at=now,
                    deadline=deadline,
                    layout=layout,
                )
        except IntegrityError:
            # Where rows cannot be locked (SQLite), a parallel start may have inserted first: resume it.
            existing = _open_attempt(quiz, user)
            if existing is None:
                raise
            return existing


def _check_owner(attempt: QuizAttempt, user) -> None:
    if user is not None and attempt.user_id != user.pk:
        raise QuizError


def _layout_entry(attempt: QuizAttempt, question_id) -> dict:
    """The attempt's layout entry of a question; refused when the question was not drawn for it."""
    entry = next((item for item in attempt.layout if item["q"] == question_id), None)
    if entry is None:
        raise InvalidAnswerError(_("This question is not part of the attempt."))
    return entry


def choice_ids_for_positions(attempt: QuizAttempt, question_id: int, positions: Iterable) -> list[int]:
    """Map the positions of an open attempt's choices (1, 2, ... in the order shown) to their choice ids.

    An open attempt never shows choice ids: ids follow the order choices were created in, which tells the
    correct one apart. A value that is not a position of the question's shown choices is refused.
    """
    entry = _layout_entry(attempt, question_id)
    choice_ids = []
    for value in positions:
        position = _position(value)
        if position is None or not 1 <= position <= len(entry["c"]):
            raise InvalidAnswerError(
                _("“%(value)s” is not one of this question's choices (1 to %(count)d).")
                % {"value": str(value)[:20], "count": len(entry["c"])}
            )
        choice_ids.append(entry["c"][position - 1])
    return choice_ids


def choice_positions(attempt: QuizAttempt, question_id: int, choice_ids: Iterable[int]) -> list[int]:
    """The positions (1, 2, ...) in the attempt's layout of the given choices of a question, in that order."""
    entry = next((item for item in attempt.layout if item["q"] == question_id), None)
    if entry is None:
        return []
    order = {choice_id: index for index, choice_id in enumerate(entry["c"], start=1)}
    return [order[choice_id] for choice_id in choice_ids if choice_id in order]


def _position(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"[0-9]{1,6}", value.strip()):
        return int(value.strip())
    return None


def _clean_selection(attempt: QuizAttempt, question_id: int, choice_ids: Iterable[int]) -> list[int]:
    entry = _layout_entry(attempt, question_id)
    selected = []
    for value in choice_ids:
        choice_id = int(value)
        if choice_id not in entry["c"]:
            raise InvalidAnswerError
        if choice_id not in selected:
            selected.append(choice_id)
    return selected


def save_answers(
    attempt: QuizAttempt, *, answers: Mapping[int, Iterable[int]], user=None, now: datetime | None = None
) -> QuizAttempt:
    """Save the selected choices of some questions of an open attempt; refused after its deadline."""
    now = _now(now)
    expired = False
    with transaction.atomic():
        # Locked so an answer cannot land after the attempt was graded by a submit running in parallel.
        locked = QuizAttempt.objects.select_for_update().get(pk=attempt.pk)
        _check_owner(locked, user)
        if locked.submitted_at is not None:
            raise AttemptClosedError
        if locked.is_expired(now):
            _grade(locked, now=now, auto=True)
            expired = True
        else:
            # Only ids drawn for the attempt reach the query (an arbitrary int may not fit the column).
            drawn = set(locked.question_ids)
            kinds = dict(
                Question.objects.filter(pk__in=[int(q) for q in answers if int(q) in drawn]).values_list(
                    "pk", "kind"
                )
            )
            for question_id, choice_ids in answers.items():
                question_id = int(question_id)
                selected = _clean_selection(locked, question_id, choice_ids)
                if kinds.get(question_id) != QuestionKind.MULTIPLE and len(selected) > 1:
                    raise InvalidAnswerError
                AttemptAnswer.objects.update_or_create(
                    attempt=locked, question_id=question_id, defaults={"selected": selected, "saved_at": now}
                )
    if expired:
        # Raised after the commit: the attempt stays closed and graded.
        raise DeadlinePassedError
    return locked


def save_answer(
    attempt: QuizAttempt,
    *,
    question_id: int,
    choice_ids: Iterable[int],
    user=None,
    now: datetime | None = None,
) -> QuizAttempt:
    """Save one question's selected choices (an empty list clears it)."""
    return save_answers(attempt, answers={question_id: list(choice_ids)}, user=user, now=now)


def save_answer_by_position(
    attempt: QuizAttempt,
    *,
    question_id: int,
    positions: Iterable,
    user=None,
    now: datetime | None = None,
) -> QuizAttempt:
    """Save one question's answer given as positions of its shown choices (what the page and the API send)."""
    choice_ids = choice_ids_for_positions(attempt, question_id, positions)
    return save_answer(attempt, question_id=question_id, choice_ids=choice_ids, user=user, now=now)


def submit_attempt(attempt: QuizAttempt, *, user=None, now: datetime | None = None) -> QuizAttempt:
    """Close and grade an attempt; submitting again returns the graded attempt unchanged (graded once)."""
    now = _now(now)
    with transaction.atomic():
        # The row lock makes a double click, two tabs or the deadline task grade the attempt only once.
        locked = QuizAttempt.objects.select_for_update().get(pk=attempt.pk)
        _check_owner(locked, user)
        if locked.submitted_at is not None:
            return locked
        _grade(locked, now=now, auto=locked.is_expired(now))
        return locked


def close_if_expired(attempt: QuizAttempt, *, now: datetime | None = None) -> QuizAttempt:
    """An open attempt past its deadline is closed and graded with what was saved; others are unchanged."""
    if attempt.is_expired(_now(now)):
        return submit_attempt(attempt, now=now)
    return attempt


def close_expired_attempts(*, quiz: Quiz | None = None, user=None, now: datetime | None = None) -> int:
    """Close and grade every open attempt past its deadline (run periodically; safe to run twice)."""
    now = _now(now)
    queryset = QuizAttempt.objects.filter(submitted_at__isnull=True, deadline__lte=now)
    if quiz is not None:
        queryset = queryset.filter(quiz=quiz)
    if user is not None:
        queryset = queryset.filter(user=user)
    closed = 0
    for attempt in queryset.only("pk", "deadline", "submitted_at", "user_id"):
        graded = submit_attempt(attempt, now=now)
        closed += int(graded.auto_submitted)
    return closed


def answer_keys(question_ids: Iterable[int]) -> dict[int, AnswerKey]:
    """The correct choices of the given questions (two queries)."""
    ids = list(question_ids)
    questions = dict(Question.objects.filter(pk__in=ids).values_list("pk", "kind"))
    scoring = dict(Question.objects.filter(pk__in=ids).values_list("pk", "scoring"))
    correct: dict[int, set[int]] = {pk: set() for pk in questions}
    choices: dict[int, set[int]] = {pk: set() for pk in questions}
    for question_id, choice_id, is_correct in Choice.objects.filter(question_id__in=ids).values_list(
        "question_id", "pk", "is_correct"
    ):
        choices[question_id].add(choice_id)
        if is_correct:
            correct[question_id].add(choice_id)
    return {
        pk: AnswerKey(
            kind=kind, scoring=scoring[pk], correct=frozenset(correct[pk]), choices=frozenset(choices[pk])
        )
        for pk, kind in questions.items()
    }


def _grade(attempt: QuizAttempt, *, now: datetime, auto: bool) -> None:
    """Grade a locked open attempt with the answers saved so far (inside the caller's transaction)."""
    question_ids = attempt.question_ids
    keys = answer_keys(question_ids)
    saved = {answer.question_id: answer for answer in AttemptAnswer.objects.filter(attempt=attempt)}
    percent, scores = grade(question_ids, keys, {qid: answer.selected for qid, answer in saved.items()})
    to_update, to_create = [], []
    for question_id, score in scores.items():
        if question_id in saved:
            saved[question_id].score = score
            to_update.append(saved[question_id])
        elif question_id in keys:
            # Unanswered questions get a row too, so item statistics see every drawn question.
            to_create.append(
                AttemptAnswer(
                    attempt=attempt, question_id=question_id, selected=[], saved_at=now, score=score
                )
            )
    AttemptAnswer.objects.bulk_update(to_update, ["score"])
    AttemptAnswer.objects.bulk_create(to_create)
    attempt.score = Decimal(str(percent)).quantize(Decimal("0.01"))
    attempt.passed = attempt.score >= attempt.quiz.pass_mark
    attempt.auto_submitted = auto
    attempt.submitted_at = attempt.deadline if auto and attempt.deadline else now
    attempt.save(update_fields=["score", "passed", "auto_submitted", "submitted_at"])
    logger.debug("quizzes.attempt.graded attempt=%s score=%s auto=%s", attempt.pk, attempt.score, auto)
