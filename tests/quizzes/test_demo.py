"""The demo quizzes: 15+ questions per demo course, every one linked to a handbook section, graded attempts
for the completed session, and nothing new on a second run."""

import pytest

from courses.demo import seed_courses
from courses.quizzes import selectors
from courses.quizzes.demo import seed_quizzes
from courses.quizzes.demo_content import QUESTIONS
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
        bank = Question.objects.filter(course__slug=slug)
        assert bank.count() == len(questions)
        assert not bank.filter(handbook_section__isnull=True).exists()
        assert {q.kind for q in bank} == {"single", "multiple", "true_false"}
        quiz = Quiz.objects.get(course__slug=slug)
        assert quiz.question_count >= 15
    attempts = QuizAttempt.objects.filter(submitted_at__isnull=False)
    assert attempts.count() == first["attempts"] > 10
    assert {a.passed for a in attempts} == {True, False}
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
