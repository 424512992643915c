"""Builders for the reports tests: courses (spokesperson training or not), sessions, certificates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from itertools import count

from django.utils import timezone

from certificates.models import Certificate
from cms_site.models import HomePage
from courses.models import CoursePage, Enrolment, EnrolmentStatus, SessionStatus, TrainingSession

_numbers = count(1)


def course(*, training: bool, title: str = "") -> CoursePage:
    number = next(_numbers)
    page = CoursePage(
        title=title or f"Khóa học {number}", slug=f"khoa-bao-cao-{number}", is_spokesperson_training=training
    )
    HomePage.objects.get().add_child(instance=page)
    return page


def session(course_page: CoursePage, *, year: int = 2026, status: str = SessionStatus.COMPLETED, **extra):
    number = next(_numbers)
    return TrainingSession.objects.create(
        course=course_page,
        code=f"Khóa {number}/{year}",
        title=f"Lớp {number}",
        year=year,
        capacity=500,
        status=status,
        **extra,
    )


def enrol(training_session: TrainingSession, user, *, status: str = EnrolmentStatus.CONFIRMED) -> Enrolment:
    return Enrolment.objects.get_or_create(
        session=training_session,
        user=user,
        defaults={"status": status, "confirmed_at": timezone.now()},
    )[0]


def certificate(
    training_session: TrainingSession,
    user,
    *,
    issued_on: dt.date,
    revoked_on: dt.date | None = None,
    organisation: str = "",
) -> Certificate:
    """A certificate row as issuance leaves it (the snapshot included); no PDF, which reports never read."""
    number = next(_numbers)
    issued_at = timezone.make_aware(dt.datetime.combine(issued_on, dt.time(10)))
    return Certificate.objects.create(
        enrolment=enrol(training_session, user),
        year=issued_on.year,
        sequence=number,
        number=f"{number}/{issued_on.year}/CN",
        issued_at=issued_at,
        full_name=user.full_name,
        organisation=organisation or user.work_unit,
        course_title=training_session.course.title,
        session_code=training_session.code,
        session_title=training_session.title,
        starts_on=issued_on,
        ends_on=issued_on,
        hours=Decimal("16.0"),
        revoked_at=(timezone.make_aware(dt.datetime.combine(revoked_on, dt.time(9))) if revoked_on else None),
        revocation_reason="Cấp nhầm" if revoked_on else "",
    )
