"""Invariants of questions and quizzes (clean()), and the question form of the admin with its inline choices."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.test.utils.form_data import rich_text

from courses.quizzes.models import Choice, Question, Quiz, QuizCategoryRule, question_text_key
from tests.conftest import login

from .conftest import make_question


@pytest.fixture(autouse=True)
def _english():
    # The messages are asserted in their English source form.
    with translation.override("en"):
        yield


def _question(course, kind, choices, **fields):
    question = Question(course=course, kind=kind, text="<p>Câu hỏi?</p>", **fields)
    question.choices = [Choice(text=text, is_correct=correct) for text, correct in choices]
    return question


@pytest.mark.parametrize(
    ("kind", "choices", "message"),
    [
        ("single", [("A", True), ("B", True)], "exactly one correct choice"),
        ("single", [("A", False), ("B", False)], "exactly one correct choice"),
        ("true_false", [("Đúng", True), ("Sai", True)], "exactly one correct choice"),
        ("true_false", [("Đúng", True), ("Sai", False), ("Có thể", False)], "exactly two choices"),
        ("multiple", [("A", False), ("B", False)], "at least one correct choice"),
        ("single", [("A", True)], "at least two choices"),
        ("single", [("A", True), ("a", False)], "same text"),
    ],
)
def test_clean_refuses_invalid_choices(course, kind, choices, message):
    with pytest.raises(ValidationError) as error:
        _question(course, kind, choices).clean()
    assert message in str(error.value)


def test_clean_accepts_valid_questions(course):
    _question(course, "single", [("A", True), ("B", False)]).clean()
    _question(course, "true_false", [("Đúng", False), ("Sai", True)]).clean()
    _question(course, "multiple", [("A", True), ("B", True), ("C", False)]).clean()


def test_handbook_section_must_be_a_section(course, sections, home):
    question = _question(course, "single", [("A", True), ("B", False)], handbook_section=home)
    with pytest.raises(ValidationError) as error:
        question.clean()
    assert "handbook_section" in error.value.message_dict
    question.handbook_section = sections["to-chuc-hop-bao"]
    question.clean()


def test_section_deleted_leaves_the_question(course, sections):
    section = sections["to-chuc-hop-bao"]
    question = make_question(course, handbook_section=section)
    section.delete()
    question.refresh_from_db()
    assert question.handbook_section_id is None


def test_text_key_ignores_tags_case_accents_and_spacing():
    assert question_text_key("<p>Họp  báo định kỳ?</p>") == question_text_key("hop bao DINH KY?")
    assert question_text_key("Họp báo?") != question_text_key("Họp báo định kỳ?")


def test_quiz_category_counts_cannot_exceed_the_question_count(course):
    quiz = Quiz(course=course, title="Q", question_count=3)
    quiz.category_rules = [QuizCategoryRule(category="A", count=2), QuizCategoryRule(category="B", count=2)]
    with pytest.raises(ValidationError):
        quiz.clean()
    quiz.question_count = 4
    quiz.clean()


def _question_post(course, choices, kind="single"):
    data = {
        "course": course.pk,
        "kind": kind,
        "text": rich_text("<p>Họp báo định kỳ bao lâu một lần?</p>"),
        "scoring": "all_or_nothing",
        "explanation": rich_text(""),
        "category": "",
        "active": "on",
        "choices-TOTAL_FORMS": str(len(choices)),
        "choices-INITIAL_FORMS": "0",
        "choices-MIN_NUM_FORMS": "2",
        "choices-MAX_NUM_FORMS": "6",
    }
    for index, (text, correct) in enumerate(choices):
        data[f"choices-{index}-text"] = text
        data[f"choices-{index}-ORDER"] = str(index + 1)
        data[f"choices-{index}-id"] = ""
        if correct:
            data[f"choices-{index}-is_correct"] = "on"
    return data


def test_admin_form_validates_the_inline_choices(client, trainer, course):
    login(client, trainer)
    response = client.post(
        "/admin/quizzes/questions/new/", _question_post(course, [("Ba tháng", True), ("Sáu tháng", True)])
    )
    assert response.status_code == 200
    assert not Question.objects.exists()
    assert (
        "exactly one correct choice" in response.content.decode()
        or "đúng một đáp án" in response.content.decode()
    )
    response = client.post(
        "/admin/quizzes/questions/new/", _question_post(course, [("Ba tháng", True), ("Sáu tháng", False)])
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    question = Question.objects.get()
    assert [(c.text, c.is_correct) for c in question.choices.all()] == [
        ("Ba tháng", True),
        ("Sáu tháng", False),
    ]


def test_free_text_is_saved_in_nfc(course):
    decomposed = unicodedata.normalize("NFD", "Nghị định số 09 về phát ngôn")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    composed = unicodedata.normalize("NFC", decomposed)
    question = Question.objects.create(
        course=course,
        text=f"<p>{decomposed}?</p>\n<ul>\n  <li>{decomposed}</li>\n</ul>",
        explanation=f"<p>{decomposed}</p>\n<p><b>Điều   5</b></p>",
    )
    choice = Choice.objects.create(question=question, text=f"  {decomposed}  \n ", is_correct=True)
    quiz = Quiz.objects.create(
        course=course, title=f" {decomposed}  ", instructions=f"<p>{decomposed}</p>\n<p>2</p>"
    )
    question.refresh_from_db()
    choice.refresh_from_db()
    quiz.refresh_from_db()
    # Rich text: only NFC, its HTML, newlines and spacing are kept.
    assert question.text == f"<p>{composed}?</p>\n<ul>\n  <li>{composed}</li>\n</ul>"
    assert question.explanation == f"<p>{composed}</p>\n<p><b>Điều   5</b></p>"
    assert quiz.instructions == f"<p>{composed}</p>\n<p>2</p>"
    # Plain text: NFC, white space folded and stripped.
    assert choice.text == composed
    assert quiz.title == composed
