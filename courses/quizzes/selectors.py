"""Reads of the quizzes app, with their joins baked in; nothing here reveals answers of an open attempt."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Page

from courses.models import (
    CoursePage,
    Enrolment,
    EnrolmentStatus,
    SessionStatus,
    TrainingSession,
)
from courses.permissions import is_manager
from lms.http import id_or_none
from lms.text import sort_people

from .access import (
    QuizAccess,
    access_for,
    attempts_left,
    counted_attempts,
    enrolments_by_course,
    quiz_access,
    review_key_shown,
)
from .errors import AttemptLimitError, SignInRequiredError
from .grading import ItemStatistic, item_statistics
from .models import AttemptAnswer, Choice, GradingMethod, Question, Quiz, QuizAttempt, ReviewOption

parse_id = id_or_none  # the one id parser of the project


def _attempts_of(user, quizzes: list[Quiz]) -> dict[int, list[QuizAttempt]]:
    by_quiz: dict[int, list[QuizAttempt]] = defaultdict(list)
    if getattr(user, "is_authenticated", False) and quizzes:
        for attempt in QuizAttempt.objects.filter(user=user, quiz__in=quizzes).order_by("number", "pk"):
            by_quiz[attempt.quiz_id].append(attempt)
    return by_quiz


# ---------------------------------------------------------------------------------------------------------
# Trainees
# ---------------------------------------------------------------------------------------------------------
def quiz_for_trainee(pk: int) -> Quiz | None:
    pk = parse_id(pk)
    if pk is None:
        return None
    return Quiz.objects.select_related("course").filter(pk=pk, course__live=True).first()


def attempt_of(user, pk: int) -> QuizAttempt | None:
    """An attempt of this person (no one else's, not even for staff: they use the results screens)."""
    pk = parse_id(pk)
    if pk is None or not getattr(user, "is_authenticated", False):
        return None
    return QuizAttempt.objects.select_related("quiz__course", "session").filter(pk=pk, user=user).first()


def final_attempt(attempts: list[QuizAttempt], method: str) -> QuizAttempt | None:
    """The attempt that counts under the grading method, among submitted attempts."""
    submitted = [a for a in attempts if a.submitted_at is not None and a.score is not None]
    if not submitted:
        return None
    if method == GradingMethod.LAST:
        return max(submitted, key=lambda a: (a.submitted_at, a.number))
    return max(submitted, key=lambda a: (a.score, -a.number))


def _quiz_state(quiz: Quiz, access: QuizAccess, mine: list[QuizAttempt]) -> dict:
    """What a person sees of a quiz: their attempts in the run, the open one, what is left, whether they may
    start, and if not why."""
    session_id = access.session.pk if access.session else None
    attempts = counted_attempts(quiz, mine, session_id)
    open_attempt = next((a for a in mine if a.submitted_at is None), None)
    remaining = attempts_left(quiz, mine, session_id)
    can_start = open_attempt is None and access.allowed and (remaining is None or remaining > 0)
    reason = ""
    if open_attempt is None and not can_start:
        reason = access.reason or AttemptLimitError().message
    return {
        "quiz": quiz,
        "session": access.session,
        "attempts": attempts,
        "attempt_count": len(attempts),
        "open_attempt": open_attempt,
        "remaining": remaining,
        "final_attempt": final_attempt(attempts, quiz.grading_method),
        "available": quiz.is_available(),
        "can_start": can_start,
        "closed_reason": reason,
    }


def quiz_overview(quiz: Quiz, *, user, now: datetime | None = None) -> dict:
    """The quiz's start page: rules, the person's attempts in their course run, whether they may start and,
    if not, why."""
    access = quiz_access(quiz, user, now=now)
    return {"course": quiz.course, **_quiz_state(quiz, access, _attempts_of(user, [quiz])[quiz.pk])}


def course_quizzes(course: CoursePage, *, user=None, now: datetime | None = None) -> list[dict]:
    """The quizzes of a course for its page, each with the person's state and result (three queries)."""
    now = now or timezone.now()
    quizzes = list(Quiz.objects.filter(course=course).order_by("is_practice", "title"))
    enrolments = enrolments_by_course(user, [course.pk])[course.pk]
    attempts = _attempts_of(user, quizzes)
    signed_in = getattr(user, "is_authenticated", False)
    return [
        _quiz_state(
            quiz,
            access_for(quiz, enrolments, now=now)
            if signed_in
            else QuizAccess(quiz, None, SignInRequiredError()),
            attempts[quiz.pk],
        )
        for quiz in quizzes
    ]


def my_quizzes(user, *, now: datetime | None = None, enrolments: list[Enrolment] | None = None) -> list[dict]:
    """The dashboard's quizzes: those of the courses the person is enrolled in (or has attempted), graded
    first, each with its state (a constant number of queries).

    `enrolments`: the person's enrolments (all but cancelled ones, with their sessions and days) when the
    dashboard has read them already; access only looks at the confirmed ones."""
    if not getattr(user, "is_authenticated", False):
        return []
    now = now or timezone.now()
    shown = [SessionStatus.DRAFT, SessionStatus.CANCELLED]
    if enrolments is None:
        enrolled = set(
            Enrolment.objects.filter(user=user)
            .exclude(status__in=[EnrolmentStatus.CANCELLED, EnrolmentStatus.REJECTED])
            .exclude(session__status__in=shown)
            .values_list("session__course_id", flat=True)
        )
    else:
        enrolments = [e for e in enrolments if e.session.status not in shown]
        enrolled = {e.session.course_id for e in enrolments if e.status != EnrolmentStatus.REJECTED}
    course_ids = enrolled | set(
        QuizAttempt.objects.filter(user=user).values_list("quiz__course_id", flat=True)
    )
    if not course_ids:
        return []
    quizzes = list(
        Quiz.objects.filter(course_id__in=course_ids, course__live=True)
        .select_related("course")
        .order_by("course__path", "is_practice", "title")
    )
    if enrolments is None:
        by_course = enrolments_by_course(user, course_ids)
    else:
        by_course = defaultdict(list)
        for enrolment in enrolments:
            by_course[enrolment.session.course_id].append(enrolment)
    attempts = _attempts_of(user, quizzes)
    return [
        _quiz_state(quiz, access_for(quiz, by_course[quiz.course_id], now=now), attempts[quiz.pk])
        for quiz in quizzes
    ]


def attempt_page(attempt: QuizAttempt) -> dict:
    """What the page of an open attempt shows: questions and choices in the attempt's order, saved answers.

    Built as plain dicts on purpose: no correctness flag, no explanation can reach the template or the JSON.
    """
    question_ids = attempt.question_ids
    questions = {q.pk: q for q in Question.objects.filter(pk__in=question_ids).only("pk", "kind", "text")}
    choices = {
        c.pk: c for c in Choice.objects.filter(question_id__in=question_ids).only("pk", "text", "question_id")
    }
    saved = {
        answer.question_id: answer.selected
        for answer in AttemptAnswer.objects.filter(attempt=attempt).only("question_id", "selected")
    }
    items = []
    for position, entry in enumerate(attempt.layout, start=1):
        question = questions.get(entry["q"])
        if question is None:
            continue
        selected = set(saved.get(question.pk, []))
        # Choices are named by their position in the attempt's layout (1, 2, ...), never by their database
        # id: ids follow the order the choices were written in, which tells the correct one apart.
        shown = [
            {"position": index, "text": choices[pk].text, "selected": pk in selected}
            for index, pk in enumerate(entry["c"], start=1)
            if pk in choices
        ]
        items.append(
            {
                "id": question.pk,
                "number": position,
                "kind": question.kind,
                "text": question.text,
                "choices": shown,
                "selected": [choice["position"] for choice in shown if choice["selected"]],
            }
        )
    return {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "questions": items,
        "answered": sum(1 for item in items if item["selected"]),
        "seconds_left": attempt.seconds_left(),
    }


def attempt_review(attempt: QuizAttempt, *, now: datetime | None = None) -> dict:
    """The review of a submitted attempt: always its score; the questions with the correct answers (and the
    explanations) only as far as the quiz's review option allows and, for a graded quiz, once
    `review_key_shown` (no attempt left, or the quiz closed)."""
    if attempt.submitted_at is None:
        raise ValueError("an open attempt has no review")
    option = attempt.quiz.review_option
    allowed = option in {ReviewOption.CORRECT_ANSWERS, ReviewOption.EXPLANATIONS}
    show_answers = allowed and review_key_shown(attempt, now=now)
    show_explanations = show_answers and option == ReviewOption.EXPLANATIONS
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "show_answers": show_answers,
        "show_explanations": show_explanations,
        "answers_withheld": allowed and not show_answers,
        "questions": [],
    }
    if not show_answers:
        return context
    question_ids = attempt.question_ids
    questions = {q.pk: q for q in Question.objects.filter(pk__in=question_ids)}
    if attempt.quiz.is_practice:
        # A practice review shows only practice questions: any other's key belongs to graded quizzes.
        questions = {pk: q for pk, q in questions.items() if q.practice}
    choices = {c.pk: c for c in Choice.objects.filter(question_id__in=questions)}
    answers = {a.question_id: a for a in AttemptAnswer.objects.filter(attempt=attempt)}
    section_ids = {q.handbook_section_id for q in questions.values() if q.handbook_section_id}
    sections = (
        {page.pk: page for page in Page.objects.live().filter(pk__in=section_ids)}
        if show_explanations
        else {}
    )
    for position, entry in enumerate(attempt.layout, start=1):
        question = questions.get(entry["q"])
        if question is None:
            continue
        answer = answers.get(question.pk)
        selected = set(answer.selected) if answer else set()
        score = answer.score if answer and answer.score is not None else 0.0
        context["questions"].append(
            {
                "number": position,
                "question": question,
                "score": score,
                "status": "correct" if score >= 1 - 1e-9 else ("partial" if score > 0 else "wrong"),
                "choices": [
                    {"text": choices[pk].text, "selected": pk in selected, "correct": choices[pk].is_correct}
                    for pk in entry["c"]
                    if pk in choices
                ],
                "explanation": question.explanation if show_explanations else "",
                "section": sections.get(question.handbook_section_id) if show_explanations else None,
            }
        )
    return context


# ---------------------------------------------------------------------------------------------------------
# Certificates and completion: graded quizzes only (a practice quiz never counts)
# ---------------------------------------------------------------------------------------------------------
def best_graded_attempt(enrolment: Enrolment, quiz: Quiz) -> QuizAttempt | None:
    """The attempt that counts for an enrolment at a graded quiz: among the submitted attempts its trainee made
    in its session, the best one (or the last, as the quiz's grading method says). None for a practice quiz."""
    if quiz.is_practice:
        return None
    attempts = list(
        QuizAttempt.objects.filter(quiz=quiz, user_id=enrolment.user_id, session_id=enrolment.session_id)
    )
    return final_attempt(attempts, quiz.grading_method)


def quiz_results_for(user, session: TrainingSession) -> list[dict]:
    """For each graded quiz of the session's course required for the certificate: the result that counts."""
    user_id = getattr(user, "pk", user)
    return session_quiz_results(session, user_ids=[user_id])[user_id]


def session_quiz_results(session: TrainingSession, *, user_ids: Iterable[int]) -> dict[int, list[dict]]:
    """`quiz_results_for` of many trainees of one session at once, by user id: two queries, however many."""
    user_ids = list(user_ids)
    quizzes = list(
        Quiz.objects.filter(course_id=session.course_id, required_for_certificate=True, is_practice=False)
    )
    attempts: dict[int, dict[int, list[QuizAttempt]]] = defaultdict(lambda: defaultdict(list))
    if quizzes and user_ids:
        for attempt in QuizAttempt.objects.filter(session=session, quiz__in=quizzes, user_id__in=user_ids):
            attempts[attempt.user_id][attempt.quiz_id].append(attempt)
    results: dict[int, list[dict]] = {}
    for user_id in user_ids:
        mine = attempts[user_id]
        results[user_id] = []
        for quiz in quizzes:
            final = final_attempt(mine[quiz.pk], quiz.grading_method)
            results[user_id].append({"quiz": quiz, "attempt": final, "passed": bool(final and final.passed)})
    return results


def quiz_passed(user, session: TrainingSession) -> bool:
    """Whether the person passed, in this session, every graded quiz of its course required for the
    certificate; True when the course has none. `quiz_passed_for` also applies the session's rule."""
    return all(result["passed"] for result in quiz_results_for(user, session))


def quiz_passed_for(enrolment: Enrolment) -> bool:
    """The quiz part of an enrolment's completion: True when its session does not require a quiz; otherwise
    its trainee passed, in this session, every graded quiz of the course required for the certificate, and
    there is at least one (a session that requires a quiz its course lacks completes no one)."""
    session = enrolment.session
    if not session.quiz_required:
        return True
    results = quiz_results_for(enrolment.user_id, session)
    return bool(results) and all(result["passed"] for result in results)


def quiz_outcomes(session: TrainingSession, enrolments: list[Enrolment]) -> dict[int, bool | None]:
    """For each enrolment (by pk): whether its trainee passed, in this session, every graded quiz required for
    the certificate (True), failed one (False), or has no result yet or the course has none (None). Two
    queries, whatever the number of people."""
    quizzes = list(
        Quiz.objects.filter(course_id=session.course_id, required_for_certificate=True, is_practice=False)
    )
    if not quizzes or not enrolments:
        return {enrolment.pk: None for enrolment in enrolments}
    attempts: dict[tuple[int, int], list[QuizAttempt]] = defaultdict(list)
    for attempt in QuizAttempt.objects.filter(
        session=session, quiz__in=quizzes, user_id__in=[enrolment.user_id for enrolment in enrolments]
    ):
        attempts[(attempt.user_id, attempt.quiz_id)].append(attempt)
    outcomes: dict[int, bool | None] = {}
    for enrolment in enrolments:
        finals = [
            final_attempt(attempts[(enrolment.user_id, quiz.pk)], quiz.grading_method) for quiz in quizzes
        ]
        if all(final is None for final in finals):
            outcomes[enrolment.pk] = None
        elif any(final is not None and not final.passed for final in finals):
            outcomes[enrolment.pk] = False
        else:
            outcomes[enrolment.pk] = True if all(final is not None for final in finals) else None
    return outcomes


def trainee_attempts(enrolment: Enrolment) -> list[dict]:
    """Every quiz of the session's course with the trainee's attempts in that session and the one that counts."""
    quizzes = list(Quiz.objects.filter(course_id=enrolment.session.course_id).order_by("title"))
    attempts: dict[int, list[QuizAttempt]] = defaultdict(list)
    for attempt in QuizAttempt.objects.filter(
        user_id=enrolment.user_id, session_id=enrolment.session_id, quiz__in=quizzes
    ).order_by("number"):
        attempts[attempt.quiz_id].append(attempt)
    return [
        {
            "quiz": quiz,
            "attempts": attempts[quiz.pk],
            "final": final_attempt(attempts[quiz.pk], quiz.grading_method),
        }
        for quiz in quizzes
    ]


# ---------------------------------------------------------------------------------------------------------
# Trainers: results and item statistics
# ---------------------------------------------------------------------------------------------------------
def sessions_for_results(user) -> QuerySet[TrainingSession]:
    """Sessions whose results a person may see: all for managers, their own for trainers."""
    queryset = TrainingSession.objects.select_related("course").order_by("-year", "code")
    if is_manager(user):
        return queryset
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    return queryset.filter(trainers=user)


def results_index(user) -> list[dict]:
    sessions = list(sessions_for_results(user))
    quizzes: dict[int, list[Quiz]] = defaultdict(list)
    for quiz in Quiz.objects.filter(course_id__in={s.course_id for s in sessions}).order_by("title"):
        quizzes[quiz.course_id].append(quiz)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for session_id, quiz_id in QuizAttempt.objects.filter(
        session__in=sessions, submitted_at__isnull=False
    ).values_list("session_id", "quiz_id"):
        counts[(session_id, quiz_id)] += 1
    return [
        {
            "session": session,
            "quizzes": [
                {"quiz": quiz, "submitted": counts[(session.pk, quiz.pk)]}
                for quiz in quizzes[session.course_id]
            ],
        }
        for session in sessions
        if quizzes[session.course_id]
    ]


@dataclass
class TraineeResult:
    user: object
    enrolment_status: str
    attempts: int
    best: Decimal | None
    last: Decimal | None
    grade: Decimal | None
    passed: bool | None
    open_attempt: bool


def session_results(session: TrainingSession, quiz: Quiz) -> list[TraineeResult]:
    """Each confirmed trainee of the session (and anyone else who attempted): attempts, best, last, grade."""
    enrolments = list(
        Enrolment.objects.filter(session=session, status=EnrolmentStatus.CONFIRMED).select_related(
            "user", "user__organisation"
        )
    )
    attempts: dict[int, list[QuizAttempt]] = defaultdict(list)
    users = {e.user_id: e.user for e in enrolments}
    statuses = {e.user_id: e.get_status_display() for e in enrolments}
    for attempt in (
        QuizAttempt.objects.filter(session=session, quiz=quiz).select_related("user").order_by("number")
    ):
        attempts[attempt.user_id].append(attempt)
        users.setdefault(attempt.user_id, attempt.user)
    rows = []
    for user_id, user in users.items():
        items = attempts[user_id]
        submitted = [a for a in items if a.submitted_at is not None and a.score is not None]
        final = final_attempt(items, quiz.grading_method)
        rows.append(
            TraineeResult(
                user=user,
                enrolment_status=statuses.get(user_id, ""),
                attempts=len(items),
                best=max((a.score for a in submitted), default=None),
                last=max(submitted, key=lambda a: (a.submitted_at, a.number)).score if submitted else None,
                grade=final.score if final else None,
                passed=final.passed if final else None,
                open_attempt=any(a.submitted_at is None for a in items),
            )
        )
    return sort_people(rows, get=lambda row: row.user)


@dataclass
class ItemRow:
    question: Question | None
    question_id: int
    stat: ItemStatistic
    choices: list[dict]


def quiz_item_statistics(quiz: Quiz, *, session: TrainingSession | None = None) -> list[ItemRow]:
    """Facility, discrimination and distractor counts per question over the submitted attempts."""
    attempts = QuizAttempt.objects.filter(quiz=quiz, submitted_at__isnull=False)
    if session is not None:
        attempts = attempts.filter(session=session)
    by_attempt: dict[int, dict[int, tuple[float, list[int]]]] = defaultdict(dict)
    for attempt_id, question_id, score, selected in AttemptAnswer.objects.filter(
        attempt__in=attempts.values("pk"), score__isnull=False
    ).values_list("attempt_id", "question_id", "score", "selected"):
        by_attempt[attempt_id][question_id] = (score, selected or [])
    stats = item_statistics(by_attempt.values())
    questions = {q.pk: q for q in Question.objects.filter(pk__in=stats.keys())}
    choices: dict[int, list[Choice]] = defaultdict(list)
    for choice in Choice.objects.filter(question_id__in=stats.keys()).order_by("sort_order", "pk"):
        choices[choice.question_id].append(choice)
    rows = []
    for question_id, stat in sorted(stats.items(), key=lambda item: item[0]):
        rows.append(
            ItemRow(
                question=questions.get(question_id),
                question_id=question_id,
                stat=stat,
                choices=[
                    {
                        "choice": choice,
                        "count": stat.choice_counts.get(choice.pk, 0),
                        "share": stat.choice_counts.get(choice.pk, 0) / stat.attempts if stat.attempts else 0,
                    }
                    for choice in choices[question_id]
                ],
            )
        )
    return rows


def chart_bars(rows: list[ItemRow], *, width: int = 360, bar_height: int = 18, gap: int = 6) -> dict:
    """Geometry of the facility bar chart (inline SVG, no JavaScript library)."""
    label_width = 48
    bars = []
    for index, row in enumerate(rows):
        facility = row.stat.facility or 0.0
        bars.append(
            {
                "label": f"C{index + 1}",
                "y": index * (bar_height + gap),
                "text_y": index * (bar_height + gap) + bar_height * 0.75,
                "width": round(facility * width, 1),
                "value": round(facility * 100),
                "text_x": label_width + round(facility * width, 1) + 4,
                "flagged": row.stat.flagged,
            }
        )
    return {
        "bars": bars,
        "width": width + label_width + 48,
        "height": max(1, len(rows)) * (bar_height + gap) + 20,
        "label_width": label_width,
        "bar_height": bar_height,
        "plot_width": width,
        "easy_x": label_width + width * 0.9,
        "hard_x": label_width + width * 0.2,
        "axis_y": max(1, len(rows)) * (bar_height + gap),
    }
