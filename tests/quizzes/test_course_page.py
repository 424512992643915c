"""The include the course page uses: the course's quizzes with the signed-in person's result."""

import random

from django.template import Context, Template
from django.test import RequestFactory

from courses.quizzes import services

from .conftest import correct_ids


def _render(course, user):
    request = RequestFactory().get("/")
    request.user = user
    template = Template("{% load quizzes_tags %}{% course_quizzes course %}")
    return template.render(Context({"request": request, "course": course}))


def test_course_quizzes_lists_the_quiz_and_the_grade(course, quiz, trainee):
    # `quiz` is graded and the trainee has a confirmed enrolment in a started session (see conftest).
    html = _render(course, trainee)
    assert f"/bai-kiem-tra/{quiz.pk}/" in html and quiz.title in html
    attempt = services.start_attempt(quiz, user=trainee, rng=random.Random(0))
    from courses.quizzes.models import Question

    for question_id in attempt.question_ids:
        question = Question.objects.get(pk=question_id)
        services.save_answer(attempt, question_id=question_id, choice_ids=correct_ids(question), user=trainee)
    services.submit_attempt(attempt, user=trainee)
    html = _render(course, trainee)
    assert "100%" in html and "Đạt" in html


def test_course_quizzes_for_anonymous(course, quiz):
    from django.contrib.auth.models import AnonymousUser

    assert quiz.title in _render(course, AnonymousUser())
