"""The demo quizzes: 15+ questions per demo course, every one linked to a handbook section, a graded quiz with
attempts for the completed session (its confirmed trainees), and nothing new on a second run."""

import csv
import io

import pytest

from courses.demo import seed_courses
from courses.models import Enrolment, EnrolmentStatus
from courses.quizzes import selectors, services
from courses.quizzes.demo import CONTENT, question_bank_files, seed_quizzes
from courses.quizzes.errors import NotEnrolledError
from courses.quizzes.models import AttemptAnswer, Question, Quiz, QuizAttempt
from handbook.demo import seed_handbook
from lms.demo.files import read_bytes
from lms.people.demo import seed_organisations, seed_people
from tests.conftest import row_counts
from tests.factories import UserFactory


def _banks() -> dict[str, list[dict[str, str]]]:
    """The demo question banks as rows of the import's columns, by course slug."""
    return {
        slug: list(csv.DictReader(io.StringIO(read_bytes(CONTENT, name).decode())))
        for slug, name in question_bank_files().items()
    }


@pytest.fixture
def demo(home):
    seed_organisations()
    seed_people()
    seed_handbook()
    seed_courses()


def test_seed_quizzes_is_complete_and_idempotent(demo):
    first = seed_quizzes()
    banks = _banks()
    assert len(banks) == 2
    assert first["questions"] == sum(len(rows) for rows in banks.values()) == Question.objects.count()
    for slug, questions in banks.items():
        assert len(questions) >= 15
        bank = Question.objects.filter(course__slug=slug)
        assert bank.count() == len(questions)
        assert not bank.filter(handbook_section__isnull=True).exists()
        assert {q.kind for q in bank} == {"single", "multiple", "true_false"}
        quiz = Quiz.objects.get(course__slug=slug)
        assert quiz.question_count >= 15
        assert quiz.is_graded and quiz.required_for_certificate
    attempts = QuizAttempt.objects.filter(submitted_at__isnull=False)
    assert attempts.count() == first["attempts"] > 10
    assert {a.passed for a in attempts} == {True, False}
    # Every demo attempt belongs to a confirmed enrolment of its trainee in the session it counts in.
    for attempt in attempts:
        assert Enrolment.objects.filter(
            session=attempt.session, user=attempt.user, status=EnrolmentStatus.CONFIRMED
        ).exists()
    counts = row_counts(Question, Quiz, QuizAttempt, AttemptAnswer)

    assert seed_quizzes() == {"questions": first["questions"], "attempts": 0}
    assert row_counts(Question, Quiz, QuizAttempt, AttemptAnswer) == counts

    attempt = attempts.select_related("session", "quiz").first()
    rows = selectors.quiz_item_statistics(attempt.quiz, session=attempt.session)
    assert len(rows) >= 15 and all(row.stat.facility is not None for row in rows)

    # The demo works as a trainee sees it: an enrolled demo trainee with an attempt left may take the graded
    # quiz again, in their session; someone enrolled nowhere may not.
    quiz = attempt.quiz
    single = next(
        e
        for e in Enrolment.objects.filter(session=attempt.session, status=EnrolmentStatus.CONFIRMED)
        if QuizAttempt.objects.filter(quiz=quiz, user=e.user).count() < quiz.attempts_allowed
    )
    assert services.start_attempt(quiz, user=single.user).session == attempt.session
    with pytest.raises(NotEnrolledError):
        services.start_attempt(quiz, user=UserFactory())


def test_demo_correct_answers_are_spread_over_the_letters():
    """ "Always tick A" (or any one letter) must not pass the demo quiz: the correct letters vary."""
    for slug, rows in _banks().items():
        single = [row["correct"] for row in rows if row["kind"] == "single"]
        assert set(single) == {"A", "B", "C", "D"}, slug
        # No letter is right for most of them: always ticking one letter is far below the pass mark.
        assert max(single.count(letter) for letter in "ABCD") <= len(single) // 2, slug
        letters = [
            letter for row in rows if row["kind"] == "multiple" for letter in row["correct"].split(",")
        ]
        assert set(letters) >= {"A", "B", "C", "D"}, slug
