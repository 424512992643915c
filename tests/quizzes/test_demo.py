"""The demo quizzes: 15+ questions per demo course, every one linked to a handbook section, a graded quiz with
attempts for the completed session (its confirmed trainees), a practice quiz with its own practice questions,
and nothing new on a second run."""

import pytest

from courses.demo import seed_courses
from courses.models import Enrolment, EnrolmentStatus
from courses.quizzes import selectors
from courses.quizzes.demo import seed_quizzes
from courses.quizzes.demo_content import PRACTICE_QUESTIONS, PRACTICE_QUIZ, QUESTIONS
from courses.quizzes.models import AttemptAnswer, Question, Quiz, QuizAttempt
from handbook.demo import seed_handbook
from lms.people.demo import seed_organisations, seed_people


@pytest.fixture
def demo(home):
    seed_organisations()
    seed_people()
    seed_handbook()
    seed_courses()


def test_seed_quizzes_is_complete_and_idempotent(demo):
    first = seed_quizzes()
    assert first["errors"] == 0
    for slug, questions in QUESTIONS.items():
        assert len(questions) >= 15
        bank = Question.objects.filter(course__slug=slug, practice=False)
        assert bank.count() == len(questions)
        assert not bank.filter(handbook_section__isnull=True).exists()
        assert {q.kind for q in bank} == {"single", "multiple", "true_false"}
        quiz = Quiz.objects.get(course__slug=slug, is_practice=False)
        assert quiz.question_count >= 15 and quiz.required_for_certificate
        practice = Question.objects.filter(course__slug=slug, practice=True)
        assert practice.count() == len(PRACTICE_QUESTIONS.get(slug, []))
        assert not practice.filter(handbook_section__isnull=True).exists()
    practice_quiz = Quiz.objects.get(is_practice=True)
    assert practice_quiz.course.slug == PRACTICE_QUIZ["course"]
    assert practice_quiz.question_count <= len(PRACTICE_QUESTIONS[PRACTICE_QUIZ["course"]])
    attempts = QuizAttempt.objects.filter(submitted_at__isnull=False)
    assert attempts.count() == first["attempts"] > 10
    assert {a.passed for a in attempts} == {True, False}
    # Every demo attempt belongs to a confirmed enrolment of its trainee in the session it counts in.
    for attempt in attempts:
        assert Enrolment.objects.filter(
            session=attempt.session, user=attempt.user, status=EnrolmentStatus.CONFIRMED
        ).exists()
    counts = (
        Question.objects.count(),
        Quiz.objects.count(),
        QuizAttempt.objects.count(),
        AttemptAnswer.objects.count(),
    )

    assert seed_quizzes() == {"errors": 0, "attempts": 0}
    assert (
        Question.objects.count(),
        Quiz.objects.count(),
        QuizAttempt.objects.count(),
        AttemptAnswer.objects.count(),
    ) == counts

    attempt = attempts.select_related("session", "quiz").first()
    rows = selectors.quiz_item_statistics(attempt.quiz, session=attempt.session)
    assert len(rows) >= 15 and all(row.stat.facility is not None for row in rows)


def test_demo_correct_answers_are_spread_over_the_letters():
    """ "Always tick A" (or any one letter) must not pass the demo quiz: the correct letters vary."""
    for slug, questions in QUESTIONS.items():
        single = [correct for kind, _text, _choices, correct, *_rest in questions if kind == "single"]
        assert set(single) == {"A", "B", "C", "D"}, slug
        # No letter is right for most of them: always ticking one letter is far below the pass mark.
        assert max(single.count(letter) for letter in "ABCD") <= len(single) // 2, slug
        letters = [
            letter
            for kind, _text, _choices, correct, *_rest in questions
            if kind == "multiple"
            for letter in correct.split(",")
        ]
        assert set(letters) >= {"A", "B", "C", "D"}, slug
