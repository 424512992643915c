"""The drawn questions and their order (and the choices' order) are fixed in the attempt."""

import random
import re

from django.utils.html import escape

from courses.quizzes import services
from courses.quizzes.models import Choice, QuizCategoryRule
from tests.conftest import login

from .conftest import make_question, make_quiz


def _page_order(client, attempt) -> tuple[list[int], list[tuple[int, str]]]:
    html = client.get(f"/bai-lam/{attempt.pk}/").content.decode()
    questions = [int(pk) for pk in re.findall(r'data-question="(\d+)"', html)]
    choices = [
        (int(position), text)
        for position, text in re.findall(r'name="q\d+" value="(\d+)"> ([^<]*)</label>', html)
    ]
    return questions, choices


def test_start_draws_the_number_asked_for_and_fixes_the_layout(client, trainee, quiz, bank):
    attempt = services.start_attempt(quiz, user=trainee, rng=random.Random(3))
    assert len(attempt.layout) == quiz.question_count == 5
    assert len(set(attempt.question_ids)) == 5
    assert set(attempt.question_ids) <= {q.pk for q in bank}
    login(client, trainee)
    first = _page_order(client, attempt)
    second = _page_order(client, attempt)
    assert first == second
    assert first[0] == attempt.question_ids
    # Choices in the layout's order, each named by its position in the question (never its id).
    texts = dict(Choice.objects.values_list("pk", "text"))
    assert first[1] == [
        (position, escape(texts[pk]))
        for entry in attempt.layout
        for position, pk in enumerate(entry["c"], start=1)
    ]


def test_resuming_returns_the_same_attempt_and_order(trainee, quiz):
    attempt = services.start_attempt(quiz, user=trainee, rng=random.Random(1))
    again = services.start_attempt(quiz, user=trainee, rng=random.Random(99))
    assert again.pk == attempt.pk
    assert again.layout == attempt.layout


def test_choices_are_shuffled_only_when_asked(course):
    questions = [make_question(course, [(f"Lựa chọn {i}", i == 0) for i in range(6)]) for _ in range(10)]
    natural = {q.pk: list(q.choices.order_by("sort_order").values_list("pk", flat=True)) for q in questions}
    quiz = make_quiz(course, question_count=10, shuffle_choices=False)
    layout = services.draw_layout(quiz, rng=random.Random(5))
    assert all(entry["c"] == natural[entry["q"]] for entry in layout)
    quiz.shuffle_choices = True
    layout = services.draw_layout(quiz, rng=random.Random(5))
    assert any(entry["c"] != natural[entry["q"]] for entry in layout)
    assert all(sorted(entry["c"]) == sorted(natural[entry["q"]]) for entry in layout)


def test_only_active_questions_of_the_course_are_drawn(course, other_course):
    active = [make_question(course) for _ in range(3)]
    make_question(course, active=False)
    make_question(other_course)
    quiz = make_quiz(course, question_count=10)
    layout = services.draw_layout(quiz, rng=random.Random(0))
    assert sorted(entry["q"] for entry in layout) == sorted(q.pk for q in active)


def test_per_category_counts_then_the_rest(course):
    legal = [make_question(course, category="Pháp luật") for _ in range(4)]
    press = [make_question(course, category="Họp báo") for _ in range(4)]
    quiz = make_quiz(course, question_count=5)
    QuizCategoryRule.objects.create(quiz=quiz, category="pháp luật", count=3)
    QuizCategoryRule.objects.create(quiz=quiz, category="Họp báo", count=1)
    for seed in range(10):
        ids = {entry["q"] for entry in services.draw_layout(quiz, rng=random.Random(seed))}
        assert len(ids) == 5
        assert len(ids & {q.pk for q in legal}) >= 3
        assert len(ids & {q.pk for q in press}) >= 1
