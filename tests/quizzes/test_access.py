"""Who may take a quiz: a graded quiz only with a confirmed enrolment in a started session of its course, its
attempts counted per course run so that no path resets them; a practice quiz for anyone signed in."""

import importlib
import random
from datetime import timedelta

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses import services as enrolments
from courses.models import Enrolment, EnrolmentStatus, SessionDay, SessionStatus, TrainingSession
from courses.quizzes import selectors, services
from courses.quizzes.errors import (
    AttemptLimitError,
    NotEnrolledError,
    QuizUnavailableError,
    SessionNotStartedError,
)
from courses.quizzes.models import Question, QuizAttempt
from tests.conftest import login
from tests.factories import UserFactory

from .conftest import enrol, make_question, make_quiz

NOT_ENROLLED = "Bạn cần được xác nhận ghi danh vào một lớp của khóa học này"


def _take(quiz, user, **kwargs):
    attempt = services.start_attempt(quiz, user=user, rng=random.Random(0), **kwargs)
    return services.submit_attempt(attempt, user=user)


def _legacy_attempt(quiz, user, number: int) -> QuizAttempt:
    """An attempt as the old code stored it for a trainee enrolled nowhere: submitted, without a session."""
    now = timezone.now()
    return QuizAttempt.objects.create(
        quiz=quiz, user=user, session=None, number=number, started_at=now, submitted_at=now, score=40
    )


def _future_session(course, *, days_ahead=10, status=SessionStatus.OPEN, code="Khóa 2/2026"):
    session = TrainingSession.objects.create(
        course=course, code=code, title="Lớp sau", year=2026, status=status
    )
    SessionDay.objects.create(session=session, date=timezone.localdate() + timedelta(days=days_ahead))
    return session


def test_a_graded_quiz_is_closed_to_a_trainee_enrolled_nowhere(client, course, bank, trainee):
    quiz = make_quiz(course)
    with pytest.raises(NotEnrolledError):
        services.start_attempt(quiz, user=trainee)
    login(client, trainee)
    page = client.get(f"/bai-kiem-tra/{quiz.pk}/").content.decode()
    assert NOT_ENROLLED in page
    assert f"/bai-kiem-tra/{quiz.pk}/bat-dau/" not in page  # no start button
    response = client.post(f"/bai-kiem-tra/{quiz.pk}/bat-dau/", follow=True)
    assert NOT_ENROLLED in response.content.decode()
    api = client.post(f"/api/v1/quizzes/{quiz.pk}/attempts")
    assert api.status_code == 403
    assert api.json()["code"] == "not_enrolled" and NOT_ENROLLED in api.json()["message"]
    assert not QuizAttempt.objects.exists()


@pytest.mark.parametrize(
    "status", [EnrolmentStatus.PENDING, EnrolmentStatus.WAITLISTED, EnrolmentStatus.CANCELLED]
)
def test_an_enrolment_that_is_not_confirmed_does_not_open_it(course, bank, session, trainee, status):
    Enrolment.objects.create(
        session=session,
        user=trainee,
        status=status,
        waitlist_position=1 if status == EnrolmentStatus.WAITLISTED else None,
    )
    with pytest.raises(NotEnrolledError):
        services.start_attempt(make_quiz(course), user=trainee)


def test_a_confirmed_enrolment_in_another_course_or_a_cancelled_session_does_not_open_it(
    course, other_course, bank, trainee
):
    enrol(_future_session(other_course, days_ahead=-1, status=SessionStatus.IN_PROGRESS), trainee)
    enrol(_future_session(course, days_ahead=-1, status=SessionStatus.CANCELLED), trainee)
    with pytest.raises(NotEnrolledError):
        services.start_attempt(make_quiz(course), user=trainee)


def test_it_opens_when_the_session_starts_unless_the_quiz_opens_before(client, clock, course, bank, trainee):
    session = _future_session(course, days_ahead=3)
    enrol(session, trainee)
    quiz = make_quiz(course)
    with pytest.raises(SessionNotStartedError) as error:
        services.start_attempt(quiz, user=trainee)
    first_day = session.days.get().date
    assert session.code in error.value.message and first_day.strftime("%d/%m/%Y") in error.value.message
    login(client, trainee)
    assert "khai giảng" in client.get(f"/bai-kiem-tra/{quiz.pk}/").content.decode()
    entry_test = make_quiz(course, title="Kiểm tra đầu vào", opens_before_session=True)
    assert services.start_attempt(entry_test, user=trainee).session == session
    clock.advance(days=3)
    assert services.start_attempt(quiz, user=trainee).session == session


def test_the_quiz_window_still_applies_to_confirmed_trainees(clock, course, bank, trainee, enrolled):
    quiz = make_quiz(course, available_from=clock.now + timedelta(hours=2))
    with pytest.raises(QuizUnavailableError) as error:
        services.start_attempt(quiz, user=trainee)
    assert timezone.localtime(quiz.available_from).strftime("%H:%M %d/%m/%Y") in error.value.message


def test_attempts_made_before_enrolling_count_in_the_session(course, bank, session, trainee):
    """The reported path: attempts without an enrolment, then confirmed, then fresh attempts for the session."""
    quiz = make_quiz(course, attempts_allowed=2)
    _legacy_attempt(quiz, trainee, 1)
    enrol(session, trainee)
    attempt = _take(quiz, trainee)
    assert attempt.session == session and attempt.number == 2
    with pytest.raises(AttemptLimitError):
        services.start_attempt(quiz, user=trainee)
    assert QuizAttempt.objects.filter(quiz=quiz, user=trainee).count() == 2


def test_enrolling_again_does_not_reset_the_attempts(course, bank, trainer, trainee):
    session = TrainingSession.objects.create(
        course=course, code="Khóa 3/2026", title="Lớp", year=2026, status=SessionStatus.OPEN
    )
    session.trainers.add(trainer)
    session.save()
    SessionDay.objects.create(session=session, date=timezone.localdate())
    enrolment = enrolments.enrol_trainee(session, trainee, acting_user=trainer)
    assert enrolment.status == EnrolmentStatus.CONFIRMED
    quiz = make_quiz(course, attempts_allowed=2)
    _take(quiz, trainee)
    _take(quiz, trainee)
    enrolments.cancel_enrolment(enrolment, acting_user=trainer)
    with pytest.raises(NotEnrolledError):
        services.start_attempt(quiz, user=trainee)
    again = enrolments.enrol_trainee(session, trainee, acting_user=trainer)
    assert again.status == EnrolmentStatus.CONFIRMED
    with pytest.raises(AttemptLimitError):
        services.start_attempt(quiz, user=trainee)


def test_attempts_go_to_the_latest_started_session(course, bank, trainee):
    earlier = _future_session(course, days_ahead=-200, status=SessionStatus.COMPLETED, code="Khóa 1/2025")
    current = _future_session(course, days_ahead=-1, status=SessionStatus.IN_PROGRESS, code="Khóa 1/2026")
    upcoming = _future_session(course, days_ahead=30, code="Khóa 2/2026")
    for session in (earlier, current, upcoming):
        enrol(session, trainee)
    quiz = make_quiz(course, attempts_allowed=1)
    assert _take(quiz, trainee).session == current
    overview = selectors.quiz_overview(quiz, user=trainee)
    assert overview["session"] == current and overview["remaining"] == 0


def test_a_practice_quiz_is_open_to_anyone_signed_in_and_never_counts(client, course, session, trainee):
    for _ in range(3):
        make_question(course, practice=True)
    graded_question = make_question(course)
    quiz = make_quiz(course, title="Ôn tập", is_practice=True, question_count=5, attempts_allowed=0)
    stranger = UserFactory()
    login(client, stranger)
    response = client.post(f"/bai-kiem-tra/{quiz.pk}/bat-dau/")
    attempt = QuizAttempt.objects.get(user=stranger)
    assert response["Location"].endswith(f"/bai-lam/{attempt.pk}/")
    # A practice quiz draws only practice questions (and a graded quiz never draws them).
    assert len(attempt.layout) == 3 and graded_question.pk not in attempt.question_ids
    enrolment = enrol(session, trainee)
    for _ in range(3):
        passed = _take(quiz, trainee)
    assert passed.session == session
    assert selectors.best_graded_attempt(enrolment, quiz) is None
    session.quiz_required = True
    session.save()
    assert selectors.quiz_passed_for(enrolment) is False  # the course has no graded quiz to pass


def test_a_graded_quiz_never_draws_practice_questions(course, trainee, enrolled):
    practice = [make_question(course, practice=True) for _ in range(4)]
    graded = [make_question(course) for _ in range(2)]
    attempt = services.start_attempt(make_quiz(course, question_count=5), user=trainee)
    assert sorted(attempt.question_ids) == sorted(q.pk for q in graded)
    assert not set(attempt.question_ids) & {q.pk for q in practice}


def test_a_practice_quiz_cannot_count_for_the_certificate(course):
    quiz = make_quiz(course, is_practice=True)
    quiz.required_for_certificate = True
    with pytest.raises(ValidationError) as error:
        quiz.clean()
    assert "required_for_certificate" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        quiz.save()


def test_the_kind_of_an_attempted_quiz_or_answered_question_cannot_change(course, bank, trainee, enrolled):
    quiz = make_quiz(course)
    attempt = _take(quiz, trainee)
    quiz.is_practice = True
    with pytest.raises(ValidationError) as error:
        quiz.clean()
    assert "is_practice" in error.value.message_dict
    question = Question.objects.get(pk=attempt.question_ids[0])
    question.practice = True
    with pytest.raises(ValidationError) as error:
        question.clean()
    assert "practice" in error.value.message_dict
    unused = make_question(course)
    unused.practice = True
    unused.clean()


def test_certificates_read_the_graded_result_of_the_enrolment(course, bank, session, trainee):
    enrolment = enrol(session, trainee)
    quiz = make_quiz(course, attempts_allowed=2, required_for_certificate=True)
    assert selectors.quiz_passed_for(enrolment) is True  # the session does not require a quiz
    session.quiz_required = True
    session.save()
    assert selectors.best_graded_attempt(enrolment, quiz) is None
    assert selectors.quiz_passed_for(enrolment) is False
    attempt = services.start_attempt(quiz, user=trainee, rng=random.Random(0))
    for question_id in attempt.question_ids:
        correct = Question.objects.get(pk=question_id).choices.filter(is_correct=True)
        services.save_answer(
            attempt, question_id=question_id, choice_ids=[c.pk for c in correct], user=trainee
        )
    services.submit_attempt(attempt, user=trainee)
    assert selectors.best_graded_attempt(enrolment, quiz) == attempt
    assert selectors.quiz_passed_for(enrolment) is True
    # Another run's enrolment of the same trainee does not inherit the pass.
    later = enrol(_future_session(course, days_ahead=-1, status=SessionStatus.IN_PROGRESS), trainee)
    assert selectors.best_graded_attempt(later, quiz) is None


def test_the_data_migration_ties_old_attempts_to_the_trainees_session(course, bank, session, trainee):
    quiz = make_quiz(course)
    other = UserFactory()
    mine = _legacy_attempt(quiz, trainee, 1)
    theirs = _legacy_attempt(quiz, other, 1)
    Enrolment.objects.create(session=session, user=trainee, status=EnrolmentStatus.CONFIRMED)
    migration = importlib.import_module("courses.quizzes.migrations.0005_link_attempts_to_sessions")
    migration.link_attempts(apps, None)
    migration.link_attempts(apps, None)  # safe to run twice
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.session == session
    assert theirs.session is None  # enrolled nowhere: counts in every run of the course
