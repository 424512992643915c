"""Fixtures of the certificates tests: a finished session with trainees, the issuing authority, a signing key."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from certificates.models import CertificateSettings
from courses.attendance import services as attendance
from courses.attendance.models import AttendanceStatus
from courses.quizzes.models import Quiz, QuizAttempt
from tests.attendance.factories import confirmed_trainees, days_of, make_session
from tests.conftest import site_settings
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _vietnamese_and_signed(vietnamese, signing):
    """Every certificates test runs in Vietnamese and signs with the demo key (see tests/conftest.py)."""


@pytest.fixture
def authority(db):
    return site_settings(
        CertificateSettings,
        parent_body="Bộ Văn hóa, Thể thao và Du lịch",
        issuing_body="Cục Báo chí",
        place="Hà Nội",
        signer_title="KT. Cục trưởng / Phó Cục trưởng",
        signer_name="Trần Văn Minh",
    )


def finished_session(*, trainers=(), days: int = 5, threshold: int = 80, quiz_required: bool = False):
    """A session whose last day was yesterday."""
    session = make_session(
        trainers=trainers,
        days=days,
        first_day=timezone.localdate() - timedelta(days=days),
        threshold=threshold,
    )
    if quiz_required:
        session.quiz_required = True
        session.save()
    return session


def mark(session, enrolment, statuses: list[str], *, by) -> None:
    """Record the trainee's status on the session's first days, in order."""
    for day, status in zip(days_of(session), statuses, strict=False):
        attendance.record_attendance(enrolment, day, status=status, acting_user=by)


def attend_all(session, enrolments, *, by) -> None:
    for enrolment in enrolments:
        mark(session, enrolment, [AttendanceStatus.PRESENT] * session.days.count(), by=by)


def required_quiz(session) -> Quiz:
    return Quiz.objects.create(
        course=session.course, title="Kiểm tra cuối khóa", pass_mark=70, required_for_certificate=True
    )


def record_attempt(quiz: Quiz, enrolment, *, score: str, number: int = 1) -> QuizAttempt:
    return QuizAttempt.objects.create(
        quiz=quiz,
        user=enrolment.user,
        session=enrolment.session,
        number=number,
        submitted_at=timezone.now(),
        score=Decimal(score),
        passed=Decimal(score) >= quiz.pass_mark,
    )


@pytest.fixture
def session(trainer):
    return finished_session(trainers=[trainer])


@pytest.fixture
def nhung(session, trainer):
    """Nguyễn Thị Hồng Nhung, confirmed in the session, present every day."""
    user = UserFactory(
        family_name="Nguyễn",
        middle_name="Thị Hồng",
        given_name="Nhung",
        date_of_birth=timezone.localdate().replace(year=1990, month=2, day=5),
    )
    from tests.attendance.factories import enrol

    enrolment = enrol(session, user)
    attend_all(session, [enrolment], by=trainer)
    return enrolment


@pytest.fixture
def class_of_four(session, trainer):
    enrolments = confirmed_trainees(session, 4)
    attend_all(session, enrolments, by=trainer)
    return enrolments
