"""Builders of sessions, days and confirmed trainees for the attendance tests."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from cms_site.models import HomePage
from courses.models import (
    CoursePage,
    Enrolment,
    EnrolmentStatus,
    SessionDay,
    SessionMode,
    SessionStatus,
    TrainingSession,
)
from tests.courses.conftest import with_days_and_trainers
from tests.factories import UserFactory

_counter = {"n": 0}


def course() -> CoursePage:
    home = HomePage.objects.get()
    existing = CoursePage.objects.filter(slug="khoa-diem-danh").first()
    if existing:
        return existing
    page = CoursePage(title="Kỹ năng truyền thông chính sách", slug="khoa-diem-danh")
    home.add_child(instance=page)
    return page


def make_session(
    *,
    trainers=(),
    days: int = 2,
    first_day: date | None = None,
    mode: str = SessionMode.IN_PERSON,
    threshold: int = 80,
    capacity: int = 500,
) -> TrainingSession:
    _counter["n"] += 1
    first_day = first_day or timezone.localdate()
    session = TrainingSession.objects.create(
        course=course(),
        code=f"Khóa {_counter['n']}/2026",
        title="Lớp bồi dưỡng kỹ năng truyền thông chính sách",
        year=2026,
        mode=mode,
        venue="Hội trường Cục Báo chí, Hà Nội",
        capacity=capacity,
        status=SessionStatus.IN_PROGRESS,
        attendance_threshold=threshold,
    )
    return with_days_and_trainers(session, first=first_day, days=days, trainers=trainers)


def enrol(session: TrainingSession, user, *, status: str = EnrolmentStatus.CONFIRMED) -> Enrolment:
    return Enrolment.objects.create(
        session=session,
        user=user,
        status=status,
        waitlist_position=1 if status == EnrolmentStatus.WAITLISTED else None,
        confirmed_at=timezone.now() if status == EnrolmentStatus.CONFIRMED else None,
    )


def confirmed_trainees(session: TrainingSession, count: int, **user_fields) -> list[Enrolment]:
    users = [UserFactory(**user_fields) for _ in range(count)]
    return [enrol(session, user) for user in users]


# (family, middle, given) in the official order of a list of people (lms.text.person_sort_key): by given name,
# then family and middle name, letter by letter in the Vietnamese alphabet (a < ă < â, d < đ, u < ư; a tone
# only breaks a tie).
OFFICIAL_ORDER = [
    ("Trần", "", "An"),
    ("Đặng", "Quốc", "Ánh"),
    ("Vũ", "", "Ăn"),
    ("Hoàng", "Ngọc", "Ân"),
    ("Lê", "Văn", "Đức"),
    ("Nguyễn", "Thị Hồng", "Nhung"),
    ("Đặng", "Văn", "Uyên"),
    ("Phạm", "Thị", "Ư"),
]


def full_name(parts: tuple[str, str, str]) -> str:
    return " ".join(part for part in parts if part)


def enrol_out_of_order(session: TrainingSession, **user_fields) -> None:
    """Confirm the people of OFFICIAL_ORDER in the session, enrolled in another order (the last first)."""
    for family, middle, given in reversed(OFFICIAL_ORDER):
        enrol(session, UserFactory(family_name=family, middle_name=middle, given_name=given, **user_fields))


def days_of(session: TrainingSession) -> list[SessionDay]:
    return list(session.days.order_by("date", "start_time"))
