"""Builders for courses tests: a catalogue page, courses with lessons, sessions with days."""

from __future__ import annotations

from datetime import time, timedelta
from itertools import count

import pytest
from django.utils import timezone

from cms_site.models import HomePage
from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    EnrolmentMode,
    EnrolmentStatus,
    LessonPage,
    SessionDay,
    SessionStatus,
    TrainingSession,
)
from lms.people.models import TraineeCategory
from tests.factories import UserFactory

_codes = count(1)


@pytest.fixture
def catalogue(db) -> CourseIndexPage:
    home = HomePage.objects.first()
    index = CourseIndexPage(title="Khóa học", slug="khoa-hoc")
    home.add_child(instance=index)
    return index


def make_course(
    index: CourseIndexPage, *, title: str = "Kỹ năng truyền thông chính sách", audience=(), lessons: int = 3
) -> CoursePage:
    course = CoursePage(
        title=title, slug=f"khoa-{next(_codes)}", summary="Tóm tắt", audience_categories=list(audience)
    )
    index.add_child(instance=course)
    for number in range(1, lessons + 1):
        course.add_child(
            instance=LessonPage(title=f"Bài {number}", slug=f"bai-{number}", estimated_minutes=10)
        )
    return course


def make_session(
    course: CoursePage,
    *,
    capacity: int = 10,
    status: str = SessionStatus.OPEN,
    days: int = 2,
    start_in: int = 10,
    requires_approval: bool = False,
    audience=(),
    trainers=(),
    opens_in_days: float | None = -5,
    closes_in_days: float | None = 5,
    **extra,
) -> TrainingSession:
    now = timezone.now()
    number = next(_codes)
    mode = extra.pop("enrolment_mode", None) or (
        EnrolmentMode.APPROVAL if requires_approval else EnrolmentMode.OPEN
    )
    session = TrainingSession.objects.create(
        course=course,
        code=f"Khóa {number}/2026",
        title=f"Lớp {number}",
        year=2026,
        capacity=capacity,
        status=status,
        enrolment_mode=mode,
        audience_categories=list(audience),
        enrolment_opens_at=now + timedelta(days=opens_in_days) if opens_in_days is not None else None,
        enrolment_closes_at=now + timedelta(days=closes_in_days) if closes_in_days is not None else None,
        venue="Hội trường A, Hà Nội",
        **extra,
    )
    return with_days_and_trainers(
        session, first=timezone.localdate() + timedelta(days=start_in), days=days, trainers=trainers
    )


def with_days_and_trainers(session: TrainingSession, *, first, days: int, trainers=()) -> TrainingSession:
    """The session given `days` consecutive days (08:00–16:30, "Chuyên đề n") from `first`, and its trainers."""
    for offset in range(days):
        SessionDay.objects.create(
            session=session,
            date=first + timedelta(days=offset),
            start_time=time(8),
            end_time=time(16, 30),
            topic=f"Chuyên đề {offset + 1}",
        )
    if trainers:
        session.trainers.add(*trainers)
        session.save()
    return session


def make_trainees(n: int, *, category: str = TraineeCategory.COMMUNICATION_OFFICER) -> list:
    from django.conf import settings

    return [UserFactory(roles=[settings.ROLE_TRAINEES], trainee_category=category) for _ in range(n)]


def waitlist(session: TrainingSession) -> list[tuple[int, int]]:
    """The session's waiting list: (user id, position), in order."""
    return list(
        Enrolment.objects.filter(session=session, status=EnrolmentStatus.WAITLISTED)
        .order_by("waitlist_position")
        .values_list("user_id", "waitlist_position")
    )


@pytest.fixture
def course(catalogue) -> CoursePage:
    return make_course(catalogue)


@pytest.fixture
def session(course, trainer) -> TrainingSession:
    return make_session(course, trainers=[trainer])
