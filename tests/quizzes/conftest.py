"""Fixtures for the quizzes tests: a course page, a session, handbook sections, questions and quizzes."""

from __future__ import annotations

from datetime import datetime
from unittest import mock

import pytest
from django.utils import timezone

from cms_site.models import HomePage
from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    EnrolmentStatus,
    SessionStatus,
    TrainingSession,
)
from courses.quizzes.models import Choice, Question, Quiz
from tests.handbook.factories import BookFactory, ChapterFactory, SectionFactory


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def course(home):
    index = CourseIndexPage(title="Khóa học", slug="khoa-hoc")
    home.add_child(instance=index)
    index.save_revision().publish()
    page = CoursePage(title="Kỹ năng truyền thông chính sách", slug="ky-nang-truyen-thong-chinh-sach")
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def other_course(course):
    page = CoursePage(
        title="Kỹ năng cung cấp thông tin cho báo chí", slug="ky-nang-cung-cap-thong-tin-cho-bao-chi"
    )
    course.get_parent().add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def sections(home):
    """Two published handbook sections: {slug: page}."""
    book = BookFactory(parent=home)
    chapter = ChapterFactory(parent=book, title="Khung pháp lý")
    return {
        slug: SectionFactory(parent=chapter, title=title, slug=slug)
        for slug, title in [
            ("nghi-dinh-09-nguoi-phat-ngon-va-hinh-thuc", "Nghị định số 09/2017/NĐ-CP"),
            ("to-chuc-hop-bao", "Tổ chức họp báo"),
        ]
    }


@pytest.fixture
def session(course, trainer):
    session = TrainingSession.objects.create(
        course=course, code="Khóa 1/2026", title="Lớp thử nghiệm", year=2026, status=SessionStatus.IN_PROGRESS
    )
    session.trainers.add(trainer)
    session.save()
    return session


def enrol(session: TrainingSession, user) -> Enrolment:
    return Enrolment.objects.create(session=session, user=user, status=EnrolmentStatus.CONFIRMED)


def make_question(
    course: CoursePage,
    choices: list[tuple[str, bool]] | None = None,
    *,
    kind: str = "single",
    text: str | None = None,
    **fields,
) -> Question:
    make_question.counter = getattr(make_question, "counter", 0) + 1
    choices = choices or [("Đáp án đúng", True), ("Đáp án sai một", False), ("Đáp án sai hai", False)]
    question = Question.objects.create(
        course=course,
        kind=kind,
        text=text or f"<p>Câu hỏi số {make_question.counter}?</p>",
        **fields,
    )
    for index, (choice_text, correct) in enumerate(choices):
        Choice.objects.create(question=question, text=choice_text, is_correct=correct, sort_order=index)
    return question


def make_quiz(course: CoursePage, **fields) -> Quiz:
    defaults = {
        "title": "Bài kiểm tra cuối khóa",
        "question_count": 5,
        "attempts_allowed": 2,
        "pass_mark": 70,
        "time_limit_minutes": 20,
    }
    return Quiz.objects.create(course=course, **{**defaults, **fields})


@pytest.fixture
def bank(course):
    """Eight single-choice questions in the course's bank."""
    return [make_question(course) for _ in range(8)]


@pytest.fixture
def enrolled(session, trainee) -> Enrolment:
    """The trainee's confirmed enrolment in the session, which is in progress: graded quizzes are open to them."""
    return enrol(session, trainee)


@pytest.fixture
def quiz(course, bank, enrolled):
    """A graded quiz of the course, open to the trainee (see `enrolled`)."""
    return make_quiz(course)


class Clock:
    """Time travel: patches django.utils.timezone.now everywhere it is looked up."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def advance(self, **delta) -> None:
        from datetime import timedelta

        self.now = self.now + timedelta(**delta)


@pytest.fixture
def clock():
    state = Clock(timezone.now())
    with mock.patch("django.utils.timezone.now", side_effect=lambda: state.now):
        yield state


def correct_ids(question: Question) -> list[int]:
    return list(question.choices.filter(is_correct=True).values_list("pk", flat=True))


def wrong_ids(question: Question) -> list[int]:
    return list(question.choices.filter(is_correct=False).values_list("pk", flat=True))


def positions(attempt, question: Question, choice_ids: list[int]) -> list[int]:
    """The positions (1, 2, ...) of the given choices in the attempt: what the page and the API send."""
    entry = next(item for item in attempt.layout if item["q"] == question.pk)
    return [entry["c"].index(pk) + 1 for pk in choice_ids]
