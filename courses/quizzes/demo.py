"""Demo quizzes: a question bank and a graded final quiz per demo course, graded attempts for the completed
session (its confirmed trainees), and a practice quiz with its own practice questions.

Built through the services (questions through the spreadsheet import, attempts through start/save/submit),
with a fixed random seed, so the demo obeys the rules and is the same on every machine. Idempotent.
"""

from __future__ import annotations

import csv
import io
import random
from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.html import escape

from courses.models import CoursePage, Enrolment, EnrolmentStatus, SessionStatus, TrainingSession

from . import services
from .demo_content import PRACTICE_QUESTIONS, PRACTICE_QUIZ, QUESTIONS, QUIZ
from .models import Question, Quiz, QuizAttempt, ReviewOption, question_text_key
from .spreadsheets import HEADERS, LETTERS, import_questions

SEED = 2026


def _bank_file(course_slug: str, questions: list[tuple] | None = None) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([column for column, _label in HEADERS])
    rows = QUESTIONS[course_slug] if questions is None else questions
    for kind, text, choices, correct, scoring, explanation, section, category in rows:
        cells = {
            "course": course_slug,
            "kind": kind,
            "text": text,
            "correct": correct,
            "scoring": scoring,
            "explanation": explanation,
            "handbook_section": section,
            "category": category,
        }
        for index, choice in enumerate(choices):
            cells[f"choice_{LETTERS[index].lower()}"] = choice
        writer.writerow([cells.get(column, "") for column, _label in HEADERS])
    return buffer.getvalue().encode()


def seed_question_bank(course: CoursePage) -> int:
    """Import the course's demo questions (unchanged rows are skipped); returns the number of errors."""
    report = import_questions(io.BytesIO(_bank_file(course.slug)), f"{course.slug}.csv")
    return len(report.errors)


def seed_practice_bank(course: CoursePage) -> int:
    """Import the course's demo practice questions and mark them as such; returns the number of errors."""
    rows = PRACTICE_QUESTIONS.get(course.slug, [])
    if not rows:
        return 0
    report = import_questions(io.BytesIO(_bank_file(course.slug, rows)), f"{course.slug}-on-tap.csv")
    # The spreadsheet has no practice column: the imported rows are found again by their wording.
    keys = [question_text_key(escape(text)) for _kind, text, *_rest in rows]
    Question.objects.filter(course=course, text_key__in=keys).update(practice=True)
    return len(report.errors)


def seed_practice_quiz(course: CoursePage) -> Quiz | None:
    if PRACTICE_QUIZ["course"] != course.slug:
        return None
    quiz = Quiz.objects.filter(course=course, title=PRACTICE_QUIZ["title"]).first()
    if quiz is None:
        quiz = Quiz.objects.create(
            course=course,
            title=PRACTICE_QUIZ["title"],
            instructions=PRACTICE_QUIZ["instructions"],
            question_count=PRACTICE_QUIZ["question_count"],
            time_limit_minutes=PRACTICE_QUIZ["time_limit_minutes"],
            attempts_allowed=PRACTICE_QUIZ["attempts_allowed"],
            pass_mark=PRACTICE_QUIZ["pass_mark"],
            review_option=ReviewOption.EXPLANATIONS,
            is_practice=True,
        )
    return quiz


def seed_quiz(course: CoursePage) -> Quiz:
    quiz = Quiz.objects.filter(course=course, title=QUIZ["title"]).first()
    if quiz is None:
        quiz = Quiz.objects.create(
            course=course,
            title=QUIZ["title"],
            instructions=QUIZ["instructions"],
            question_count=QUIZ["question_count"],
            time_limit_minutes=QUIZ["time_limit_minutes"],
            attempts_allowed=QUIZ["attempts_allowed"],
            pass_mark=QUIZ["pass_mark"],
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

    The service ties each attempt to the trainee's started session of the course: this one.
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
    """For each demo course: the question bank, the graded final quiz, attempts for its completed session; and
    the practice quiz with its practice questions."""
    summary = {"errors": 0, "attempts": 0}
    for slug in QUESTIONS:
        course = CoursePage.objects.filter(slug=slug).first()
        if course is None:
            continue
        summary["errors"] += seed_question_bank(course)
        summary["errors"] += seed_practice_bank(course)
        seed_practice_quiz(course)
        quiz = seed_quiz(course)
        for session in TrainingSession.objects.filter(course=course, status=SessionStatus.COMPLETED):
            summary["attempts"] += seed_attempts(quiz, session)
    return summary
