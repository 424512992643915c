"""Quizzes: grading one attempt of 50 questions, and item statistics over 1,000 submitted attempts."""

from __future__ import annotations

import random
import time
from decimal import Decimal


def _course():
    from cms_site.models import HomePage
    from courses.models import CourseIndexPage, CoursePage

    home = HomePage.objects.first()
    index = CourseIndexPage(title="Khóa học (bench)", slug="khoa-hoc-bench")
    home.add_child(instance=index)
    course = CoursePage(title="Khóa học đo hiệu năng", slug="khoa-hoc-do-hieu-nang")
    index.add_child(instance=course)
    return course


def _bank(course, count: int, rng: random.Random):
    from courses.quizzes.models import Choice, Question

    questions = []
    for number in range(count):
        kind = rng.choice(["single", "single", "multiple", "true_false"])
        question = Question.objects.create(
            course=course, kind=kind, text=f"<p>Câu hỏi đo hiệu năng số {number}?</p>", scoring="partial"
        )
        if kind == "true_false":
            choices = [("Đúng", True), ("Sai", False)]
        elif kind == "multiple":
            choices = [(f"Lựa chọn {i}", i < 2) for i in range(5)]
        else:
            choices = [(f"Lựa chọn {i}", i == 0) for i in range(4)]
        Choice.objects.bulk_create(
            [
                Choice(question=question, text=t, is_correct=c, sort_order=i)
                for i, (t, c) in enumerate(choices)
            ]
        )
        questions.append(question)
    return questions


def run(report) -> None:
    from django.db import transaction

    from bench.run import timed
    from courses.models import Enrolment, EnrolmentStatus, SessionStatus, TrainingSession
    from courses.quizzes import selectors, services
    from courses.quizzes.grading import score_question
    from courses.quizzes.models import AttemptAnswer, Choice, Quiz, QuizAttempt
    from tests.factories import UserFactory

    rng = random.Random(11)
    course = _course()
    _bank(course, 60, rng)
    quiz = Quiz.objects.create(course=course, title="Đo hiệu năng", question_count=50, attempts_allowed=0)
    user = UserFactory()
    # A graded quiz is open to trainees with a confirmed enrolment in a started session of its course.
    session = TrainingSession.objects.create(
        course=course, code="Đo/2026", title="Lớp đo hiệu năng", year=2026, status=SessionStatus.IN_PROGRESS
    )
    Enrolment.objects.create(session=session, user=user, status=EnrolmentStatus.CONFIRMED)
    attempt = services.start_attempt(quiz, user=user, rng=rng)
    choices: dict[int, list[int]] = {}
    for question_id, choice_id in Choice.objects.values_list("question_id", "pk"):
        choices.setdefault(question_id, []).append(choice_id)
    answers = {entry["q"]: [rng.choice(entry["c"])] for entry in attempt.layout}
    services.save_answers(attempt, answers=answers, user=user)

    def grade_once():
        with transaction.atomic():
            services.submit_attempt(attempt, user=user)
            transaction.set_rollback(True)  # grade the same open attempt again next round

    median, worst = timed(grade_once, repeat=30)
    report("grade one attempt of 50 questions (median)", median, "ms")
    report("grade one attempt of 50 questions (worst of 30)", worst, "ms")

    # 1,000 submitted attempts of 50 questions each (50,000 answers), written in bulk.
    users = [UserFactory() for _ in range(20)]
    question_ids = list(choices)
    attempts = []
    for index in range(1_000):
        drawn = rng.sample(question_ids, 50)
        attempts.append(
            QuizAttempt(
                quiz=quiz,
                user=users[index % len(users)],
                number=index // len(users) + 1,
                layout=[{"q": q, "c": choices[q]} for q in drawn],
                submitted_at=attempt.started_at,
                score=Decimal("0"),
                passed=False,
            )
        )
    QuizAttempt.objects.bulk_create(attempts, batch_size=500)
    keys = services.answer_keys(question_ids)
    rows = []
    for item in QuizAttempt.objects.filter(quiz=quiz, submitted_at__isnull=False).only("pk", "layout"):
        ability = rng.random()
        for entry in item.layout:
            key = keys[entry["q"]]
            selected = sorted(key.correct) if rng.random() < ability else [rng.choice(entry["c"])]
            rows.append(
                AttemptAnswer(
                    attempt=item,
                    question_id=entry["q"],
                    selected=selected,
                    score=score_question(key, selected),
                )
            )
    AttemptAnswer.objects.bulk_create(rows, batch_size=2_000)

    start = time.perf_counter()
    items = selectors.quiz_item_statistics(quiz)
    report(
        f"item statistics over 1,000 attempts ({len(rows):,} answers, {len(items)} questions)",
        (time.perf_counter() - start) * 1000,
        "ms",
    )
    median, _worst = timed(lambda: selectors.quiz_item_statistics(quiz), repeat=5)
    report("item statistics over 1,000 attempts (median of 5)", median, "ms")
