"""Demo quizzes: a question bank and a final quiz per demo course, and graded attempts for the completed session.

Built through the services (questions through the spreadsheet import, attempts through start/save/submit),
with a fixed random seed, so the demo obeys the rules and is the same on every machine. Idempotent.

The question banks are spreadsheets in the import's own format, one per demo course
(`lms/demo/content/quizzes/<course slug>.csv`); the final quiz's settings are in `_quiz.md` beside them.
"""

from __future__ import annotations

import io
import random
from datetime import datetime, time, timedelta
from typing import Any

from django.utils import timezone

from courses.demo import demo_course_slugs
from courses.models import CoursePage, Enrolment, EnrolmentStatus, SessionStatus, TrainingSession
from lms.demo.files import DemoContentError, content_path, read_bytes, read_document

from . import services
from .models import Question, Quiz, QuizAttempt, ReviewOption
from .spreadsheets import import_questions

SEED = 2026
CONTENT = "quizzes"
QUIZ_SETTINGS = ("question_count", "time_limit_minutes", "attempts_allowed", "pass_mark")


def load_quiz() -> dict[str, Any]:
    """The final quiz of every demo course, read from `_quiz.md`."""
    document = read_document(CONTENT, "_quiz.md").check(required=("title", *QUIZ_SETTINGS))
    return {
        "title": document.meta["title"],
        "instructions": document.named_blocks("instructions")["instructions"].check().html(),
        **{key: document.integer(key) for key in QUIZ_SETTINGS},
    }


def question_bank_files() -> dict[str, str]:
    """The question bank file of each demo course, by course slug; a course without one, or a file for no
    demo course, is an error."""
    slugs = demo_course_slugs()
    names = {slug: f"{slug}.csv" for slug in slugs}
    for entry in content_path(CONTENT).iterdir():
        if entry.name.endswith(".csv") and entry.name not in names.values():
            raise DemoContentError(
                f"{entry}: no demo course has this slug (expected one of {', '.join(slugs)})."
            )
    for name in names.values():
        content_path(CONTENT, name)
    return names


def seed_question_bank(filename: str) -> int:
    """Import the course's demo questions (unchanged rows are skipped); returns the number of rows."""
    report = import_questions(io.BytesIO(read_bytes(CONTENT, filename)), filename)
    if report.errors:
        problems = "; ".join(f"line {row.line}: {' '.join(row.errors)}" for row in report.errors)
        raise DemoContentError(f"{content_path(CONTENT, filename)}: {problems}")
    return len(report.rows)


def seed_quiz(course: CoursePage, data: dict[str, Any]) -> Quiz:
    quiz = Quiz.objects.filter(course=course, title=data["title"]).first()
    if quiz is None:
        quiz = Quiz.objects.create(
            course=course,
            title=data["title"],
            instructions=data["instructions"],
            question_count=data["question_count"],
            time_limit_minutes=data["time_limit_minutes"],
            attempts_allowed=data["attempts_allowed"],
            pass_mark=data["pass_mark"],
            review_option=ReviewOption.EXPLANATIONS,
            required_for_certificate=True,
        )
    return quiz


def _answer(question: Question, choice_ids: list[int], *, knows: bool, rng: random.Random) -> list[int]:
    correct = [pk for pk in choice_ids if pk in question.correct_ids]
    wrong = [pk for pk in choice_ids if pk not in question.correct_ids]
    if knows:
        return correct
    if question.kind == "multiple" and wrong:
        # A typical partial mistake: most of the right boxes and one wrong one.
        return [*rng.sample(correct, max(1, len(correct) - 1)), rng.choice(wrong)]
    return [rng.choice(wrong)] if wrong else []


def seed_attempts(quiz: Quiz, session: TrainingSession) -> int:
    """Submitted attempts of the session's confirmed trainees, unless the session already has some.

    The final quiz is graded: the service ties each attempt to its trainee's started session of the course,
    this one (at `now`, the session's last day).
    """
    if QuizAttempt.objects.filter(quiz=quiz, session=session).exists():
        return 0
    rng = random.Random(SEED)  # noqa: S311 - a fixed seed makes the demo reproducible; not for secrets
    enrolments = list(
        Enrolment.objects.filter(session=session, status=EnrolmentStatus.CONFIRMED)
        .select_related("user")
        .order_by("user__email")
    )
    if not enrolments:
        return 0
    questions = {
        q.pk: q for q in Question.objects.filter(course_id=quiz.course_id).prefetch_related("choices")
    }
    for question in questions.values():
        question.correct_ids = {c.pk for c in question.choices.all() if c.is_correct}
    # Harder questions are answered correctly less often; abler trainees more often.
    difficulty = {pk: rng.uniform(-0.15, 0.3) for pk in sorted(questions)}
    last_day = session.days.order_by("-date").values_list("date", flat=True).first() or timezone.localdate()
    started = timezone.make_aware(datetime.combine(last_day, time(14, 0)))
    created = 0
    for index, enrolment in enumerate(enrolments):
        ability = 0.55 + 0.4 * index / max(1, len(enrolments) - 1)
        tries = 2 if ability < 0.7 else 1
        for attempt_number in range(tries):
            now = started + timedelta(minutes=30 * attempt_number + index)
            attempt = services.start_attempt(quiz, user=enrolment.user, rng=rng, now=now)
            answers = {}
            for entry in attempt.layout:
                question = questions[entry["q"]]
                chance = ability - difficulty[question.pk] + 0.1 * attempt_number
                if rng.random() < 0.03:
                    continue  # left blank
                answers[question.pk] = _answer(question, entry["c"], knows=rng.random() < chance, rng=rng)
            services.save_answers(
                attempt, answers=answers, user=enrolment.user, now=now + timedelta(minutes=12)
            )
            services.submit_attempt(attempt, user=enrolment.user, now=now + timedelta(minutes=14))
            created += 1
    return created


def seed_quizzes() -> dict[str, int]:
    """For each demo course: the question bank, the final quiz, and attempts for its completed session."""
    data = load_quiz()
    summary = {"questions": 0, "attempts": 0}
    for slug, filename in question_bank_files().items():
        course = CoursePage.objects.filter(slug=slug).first()
        if course is None:
            raise DemoContentError(
                f"The demo course “{slug}” is not in the database: seed the courses first."
            )
        summary["questions"] += seed_question_bank(filename)
        quiz = seed_quiz(course, data)
        for session in TrainingSession.objects.filter(course=course, status=SessionStatus.COMPLETED):
            summary["attempts"] += seed_attempts(quiz, session)
    return summary
