"""Taking a quiz: deadline on the server (time travel), attempt limit, availability, double submit, answers."""

import json
import random
from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from courses.quizzes import services, tasks
from courses.quizzes.errors import (
    AttemptClosedError,
    AttemptLimitError,
    DeadlinePassedError,
    InvalidAnswerError,
    QuizUnavailableError,
)
from courses.quizzes.models import AttemptAnswer, Question, QuizAttempt
from tests.conftest import login

from .conftest import correct_ids, enrol, make_quiz, positions, wrong_ids


def _start(quiz, user, seed=0):
    return services.start_attempt(quiz, user=user, rng=random.Random(seed))


def _questions(attempt):
    return [Question.objects.get(pk=pk) for pk in attempt.question_ids]


def test_deadline_is_the_time_limit_and_refuses_late_answers(clock, trainee, quiz):
    attempt = _start(quiz, trainee)
    assert attempt.deadline == clock.now + timedelta(minutes=20)
    first, second = _questions(attempt)[:2]
    services.save_answer(attempt, question_id=first.pk, choice_ids=correct_ids(first), user=trainee)
    clock.advance(minutes=19, seconds=59)
    services.save_answer(attempt, question_id=second.pk, choice_ids=correct_ids(second), user=trainee)
    clock.advance(seconds=1)
    third = _questions(attempt)[2]
    with pytest.raises(DeadlinePassedError):
        services.save_answer(attempt, question_id=third.pk, choice_ids=correct_ids(third), user=trainee)
    attempt.refresh_from_db()
    # Closed and graded with what was saved before the deadline: 2 of 5 correct.
    assert attempt.submitted_at == attempt.deadline
    assert attempt.auto_submitted is True
    assert float(attempt.score) == 40.0
    assert attempt.passed is False
    assert not AttemptAnswer.objects.filter(attempt=attempt, question=third).exclude(selected=[]).exists()
    with pytest.raises(AttemptClosedError):
        services.save_answer(attempt, question_id=third.pk, choice_ids=correct_ids(third), user=trainee)


def test_opening_an_expired_attempt_closes_and_grades_it(client, clock, trainee, quiz):
    attempt = _start(quiz, trainee)
    question = _questions(attempt)[0]
    services.save_answer(attempt, question_id=question.pk, choice_ids=correct_ids(question), user=trainee)
    clock.advance(minutes=25)
    login(client, trainee)
    response = client.get(f"/bai-lam/{attempt.pk}/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/bai-lam/{attempt.pk}/ket-qua/")
    attempt.refresh_from_db()
    assert attempt.auto_submitted and float(attempt.score) == 20.0


def test_late_answer_through_the_api_is_refused(client, clock, trainee, quiz):
    attempt = _start(quiz, trainee)
    question = _questions(attempt)[0]
    login(client, trainee)
    clock.advance(minutes=21)
    response = client.post(
        f"/api/v1/quiz-attempts/{attempt.pk}/answers",
        json.dumps({"question": question.pk, "choices": positions(attempt, question, correct_ids(question))}),
        content_type="application/json",
    )
    assert response.status_code == 409
    assert response.json()["code"] == "deadline_passed"
    attempt.refresh_from_db()
    assert attempt.submitted_at is not None and float(attempt.score) == 0


def test_the_periodic_task_closes_expired_attempts_once(clock, trainee, manager, session, quiz):
    enrol(session, manager)
    expired = _start(quiz, trainee)
    running = _start(quiz, manager)
    clock.advance(minutes=10)
    running.deadline = clock.now + timedelta(minutes=10)
    QuizAttempt.objects.filter(pk=running.pk).update(deadline=running.deadline)
    QuizAttempt.objects.filter(pk=expired.pk).update(deadline=clock.now - timedelta(seconds=1))
    assert tasks.close_expired_attempts.delay().get() == 1
    assert tasks.close_expired_attempts.delay().get() == 0
    expired.refresh_from_db()
    running.refresh_from_db()
    assert expired.submitted_at is not None and expired.auto_submitted
    assert running.submitted_at is None


def test_the_attempt_deadline_never_passes_the_quiz_closing_time(clock, course, bank, trainee, enrolled):
    quiz = make_quiz(course, available_until=clock.now + timedelta(minutes=5))
    attempt = _start(quiz, trainee)
    assert attempt.deadline == quiz.available_until


def test_attempt_limit(trainee, course, bank, session, enrolled):
    quiz = make_quiz(course, attempts_allowed=2)
    for _ in range(2):
        attempt = services.start_attempt(quiz, user=trainee)
        assert attempt.session == session
        services.submit_attempt(attempt, user=trainee)
    with pytest.raises(AttemptLimitError):
        services.start_attempt(quiz, user=trainee)
    assert QuizAttempt.objects.filter(quiz=quiz, user=trainee).count() == 2
    assert list(QuizAttempt.objects.filter(quiz=quiz, user=trainee).values_list("number", flat=True)) == [
        1,
        2,
    ]


def test_unlimited_attempts(trainee, course, bank, enrolled):
    quiz = make_quiz(course, attempts_allowed=0)
    for _ in range(4):
        services.submit_attempt(services.start_attempt(quiz, user=trainee), user=trainee)
    assert QuizAttempt.objects.filter(quiz=quiz).count() == 4


def test_attempt_limit_in_the_page(client, trainee, course, bank, session):
    enrol(session, trainee)
    quiz = make_quiz(course, attempts_allowed=1)
    login(client, trainee)
    response = client.post(f"/bai-kiem-tra/{quiz.pk}/bat-dau/")
    attempt = QuizAttempt.objects.get()
    assert response["Location"].endswith(f"/bai-lam/{attempt.pk}/")
    assert attempt.session == session
    client.post(f"/bai-lam/{attempt.pk}/nop-bai/", {"action": "submit", "js": "1"})
    response = client.post(f"/bai-kiem-tra/{quiz.pk}/bat-dau/", follow=True)
    assert QuizAttempt.objects.count() == 1
    assert "lượt làm bài" in response.content.decode() or "attempts allowed" in response.content.decode()


def test_availability_window(clock, trainee, course, bank, enrolled):
    quiz = make_quiz(
        course, available_from=clock.now + timedelta(hours=1), available_until=clock.now + timedelta(hours=2)
    )
    with pytest.raises(QuizUnavailableError):
        _start(quiz, trainee)
    clock.advance(hours=1)
    assert _start(quiz, trainee).is_open
    clock.advance(hours=2)
    services.close_expired_attempts()
    with pytest.raises(QuizUnavailableError):
        _start(quiz, trainee)


def test_double_submit_grades_once(client, trainee, quiz):
    attempt = _start(quiz, trainee)
    question = _questions(attempt)[0]
    services.save_answer(attempt, question_id=question.pk, choice_ids=correct_ids(question), user=trainee)
    with mock.patch("courses.quizzes.services._grade", wraps=services._grade) as grading:
        first = services.submit_attempt(attempt, user=trainee)
        second = services.submit_attempt(attempt, user=trainee)
        login(client, trainee)
        client.post(f"/bai-lam/{attempt.pk}/nop-bai/", {"action": "submit", "js": "1"})
        client.post(f"/api/v1/quiz-attempts/{attempt.pk}/submit")
    assert grading.call_count == 1
    assert first.submitted_at == second.submitted_at
    assert second.score == first.score == 20
    assert AttemptAnswer.objects.filter(attempt=attempt).count() == 5


def test_resubmitting_after_an_answer_changes_nothing(trainee, quiz):
    attempt = services.submit_attempt(_start(quiz, trainee), user=trainee)
    question = _questions(attempt)[0]
    with pytest.raises(AttemptClosedError):
        services.save_answer(attempt, question_id=question.pk, choice_ids=correct_ids(question), user=trainee)


def test_answers_must_belong_to_the_question_and_single_takes_one(trainee, quiz):
    attempt = _start(quiz, trainee)
    first, second = _questions(attempt)[:2]
    with pytest.raises(InvalidAnswerError):
        services.save_answer(attempt, question_id=first.pk, choice_ids=correct_ids(second), user=trainee)
    with pytest.raises(InvalidAnswerError):
        services.save_answer(
            attempt, question_id=first.pk, choice_ids=correct_ids(first) + wrong_ids(first)[:1], user=trainee
        )
    drawn = set(attempt.question_ids)
    outside = Question.objects.exclude(pk__in=drawn).first()
    with pytest.raises(InvalidAnswerError):
        services.save_answer(attempt, question_id=outside.pk, choice_ids=correct_ids(outside), user=trainee)


def test_someone_elses_attempt_is_not_found(client, trainee, manager, quiz):
    attempt = _start(quiz, trainee)
    login(client, manager)
    assert client.get(f"/bai-lam/{attempt.pk}/").status_code == 404
    assert client.get(f"/api/v1/quiz-attempts/{attempt.pk}").status_code == 404
    question = _questions(attempt)[0]
    response = client.post(
        f"/api/v1/quiz-attempts/{attempt.pk}/answers",
        json.dumps({"question": question.pk, "choices": positions(attempt, question, correct_ids(question))}),
        content_type="application/json",
    )
    assert response.status_code == 404


def test_saved_answers_show_on_reload_and_through_the_api(client, trainee, quiz):
    attempt = _start(quiz, trainee)
    question = _questions(attempt)[1]
    choice = positions(attempt, question, wrong_ids(question)[:1])[0]
    login(client, trainee)
    response = client.post(
        f"/api/v1/quiz-attempts/{attempt.pk}/answers",
        json.dumps({"question": question.pk, "choices": [choice]}),
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["choices"] == [choice]
    assert AttemptAnswer.objects.get(attempt=attempt, question=question).selected == wrong_ids(question)[:1]
    html = client.get(f"/bai-lam/{attempt.pk}/").content.decode()
    assert f'name="q{question.pk}" value="{choice}" checked' in html
    data = client.get(f"/api/v1/quiz-attempts/{attempt.pk}").json()
    entry = next(item for item in data["questions"] if item["id"] == question.pk)
    assert entry["selected"] == [choice]
    assert [item["id"] for item in data["questions"]] == attempt.question_ids


def test_api_needs_the_csrf_token_with_a_session(trainee, quiz):
    from django.test import Client

    attempt = _start(quiz, trainee)
    question = _questions(attempt)[0]
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(trainee, backend="django.contrib.auth.backends.ModelBackend")
    response = strict.post(
        f"/api/v1/quiz-attempts/{attempt.pk}/answers",
        json.dumps({"question": question.pk, "choices": positions(attempt, question, correct_ids(question))}),
        content_type="application/json",
    )
    assert response.status_code in {401, 403}
    assert not AttemptAnswer.objects.filter(attempt=attempt).exists()


def test_api_start_resume_answer_submit(client, trainee, quiz):
    login(client, trainee)
    response = client.post(f"/api/v1/quizzes/{quiz.pk}/attempts")
    assert response.status_code == 201
    data = response.json()
    assert len(data["questions"]) == 5 and 20 * 60 - 2 <= data["seconds_left"] <= 20 * 60
    again = client.post(f"/api/v1/quizzes/{quiz.pk}/attempts")
    assert again.status_code == 200 and again.json()["id"] == data["id"]
    attempt = QuizAttempt.objects.get(pk=data["id"])
    for item in data["questions"]:
        question = Question.objects.get(pk=item["id"])
        client.post(
            f"/api/v1/quiz-attempts/{data['id']}/answers",
            json.dumps(
                {"question": item["id"], "choices": positions(attempt, question, correct_ids(question))}
            ),
            content_type="application/json",
        )
    result = client.post(f"/api/v1/quiz-attempts/{data['id']}/submit").json()
    assert result["submitted"] is True and float(result["score"]) == 100 and result["passed"] is True
    assert result["questions"] == []


def test_form_without_javascript_saves_and_submits(client, trainee, quiz):
    attempt = _start(quiz, trainee)
    login(client, trainee)
    answers = {f"q{q.pk}": positions(attempt, q, correct_ids(q)) for q in _questions(attempt)[:4]}
    response = client.post(f"/bai-lam/{attempt.pk}/nop-bai/", {**answers, "action": "save", "js": "0"})
    assert response["Location"].endswith(f"/bai-lam/{attempt.pk}/")
    assert AttemptAnswer.objects.filter(attempt=attempt).count() == 4
    response = client.post(f"/bai-lam/{attempt.pk}/nop-bai/", {**answers, "action": "submit", "js": "0"})
    attempt.refresh_from_db()
    assert float(attempt.score) == 80 and attempt.passed is True
    assert client.get(f"/bai-lam/{attempt.pk}/").status_code == 302


def test_quiz_page_for_anonymous_and_trainee(client, trainee, quiz):
    response = client.get(f"/bai-kiem-tra/{quiz.pk}/")
    assert response.status_code == 200
    assert "/tai-khoan/" in response.content.decode()
    login(client, trainee)
    assert client.get(f"/bai-kiem-tra/{quiz.pk}/").status_code == 200
    assert client.get(f"/en/bai-kiem-tra/{quiz.pk}/").status_code == 200


def test_timer_counts_from_the_server(client, clock, trainee, quiz):
    attempt = _start(quiz, trainee)
    clock.advance(minutes=5)
    login(client, trainee)
    html = client.get(f"/bai-lam/{attempt.pk}/").content.decode()
    assert 'data-seconds-left="900"' in html
    assert timezone.localtime(attempt.deadline).strftime("%H:%M") in html
