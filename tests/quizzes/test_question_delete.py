"""Deleting a question asks first, naming the question, its bank and the answers that would go with it."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.quizzes.models import AttemptAnswer, Question, QuizAttempt
from tests.conftest import login

from .conftest import make_question, make_quiz

pytestmark = pytest.mark.django_db


def test_the_delete_question_page_says_what_will_go_and_keeps_the_safe_choice_primary(
    client, course, manager, trainee, vietnamese
):
    question = make_question(course, text="<p>Người phát ngôn là ai?</p>")
    quiz = make_quiz(course)
    now = timezone.now()
    attempt = QuizAttempt.objects.create(
        quiz=quiz, user=trainee, number=1, started_at=now, submitted_at=now, score=100
    )
    AttemptAnswer.objects.create(attempt=attempt, question=question, selected=[])
    login(client, manager)
    url = reverse("quiz_questions:delete", args=[question.pk])
    response = client.get(url)
    assert response.status_code == 200
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))
    assert f"Xóa câu hỏi “Người phát ngôn là ai?” khỏi ngân hàng câu hỏi của khóa {course.title}?" in text
    assert "1 câu trả lời của học viên cho câu hỏi này cũng sẽ bị xóa" in text
    html = response.content.decode()
    assert re.search(r'<a href="[^"]+" class="button">', html)  # "No, don't delete": the primary button
    assert 'class="button button-secondary serious"' in html
    assert Question.objects.filter(pk=question.pk).exists()  # asking deletes nothing
