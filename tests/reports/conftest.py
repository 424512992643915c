"""Hand-built data with known figures: a spokesperson network on 1 June 2026 (see test_coverage.py) and a
programme year 2026 (see test_annual.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from courses.attendance.models import AttendanceRecord, AttendanceStatus
from courses.models import SessionDay, SessionStatus
from courses.quizzes.models import Quiz, QuizAttempt
from lms.people.models import TraineeCategory
from tests.factories import OrganisationFactory, SpokespersonFactory, UserFactory, level
from tests.reports import builders

ON = dt.date(2026, 6, 1)


@pytest.fixture(autouse=True)
def _vietnamese(vietnamese):
    """Every test here runs in Vietnamese (tests/conftest.py's `vietnamese`)."""


@pytest.fixture
def network(db, settings):
    """Units, spokespersons and certificates; the comments give each unit's expected state on ON."""
    settings.SPOKESPERSON_TRAINING_VALID_YEARS = 3
    training = builders.session(builders.course(training=True, title="Kỹ năng phát ngôn"), year=2025)
    other = builders.session(builders.course(training=False, title="Kỹ năng viết tin"), year=2025)

    def unit(code, level_code, parent=None, **extra):
        return OrganisationFactory(
            code=code, name=f"Đơn vị {code}", level=level(level_code), parent=parent, **extra
        )

    def spokesperson(organisation, *, certificate=None, course_session=training, revoked_on=None, **extra):
        user = UserFactory(organisation=organisation)
        if certificate:
            builders.certificate(course_session, user, issued_on=certificate, revoked_on=revoked_on)
        return SpokespersonFactory(organisation=organisation, user=user, email=user.email, **extra)

    units = {}
    # central: 2 units, 1 covered, 1 trained
    units["BO-A"] = unit("BO-A", "central")
    spokesperson(units["BO-A"], certificate=dt.date(2025, 3, 1))
    units["BO-B"] = unit("BO-B", "central")  # gap
    # province: 5 units in force, 4 covered, 2 trained
    units["T-HN"] = unit("T-HN", "province")
    spokesperson(units["T-HN"], certificate=dt.date(2024, 5, 1))
    units["T-HUE"] = unit("T-HUE", "province")  # covered and trained through the dissolved T-OLD
    units["T-OLD"] = unit("T-OLD", "province", valid_until=dt.date(2025, 6, 30), successor=units["T-HUE"])
    spokesperson(units["T-OLD"], certificate=dt.date(2024, 9, 1))
    units["T-HP"] = unit("T-HP", "province")
    spokesperson(units["T-HP"], certificate=dt.date(2025, 1, 1), revoked_on=dt.date(2025, 2, 1))  # revoked
    units["T-DN"] = unit("T-DN", "province")
    spokesperson(units["T-DN"], certificate=dt.date(2023, 5, 31))  # stale: before 1 June 2023
    units["T-QN"] = unit("T-QN", "province")  # gap: the term ended
    spokesperson(units["T-QN"], certificate=dt.date(2025, 1, 1), ended_on=dt.date(2025, 12, 31))
    # department: 2 units, 1 covered, 0 trained
    units["S-HN"] = unit("S-HN", "department", parent=units["T-HN"])
    spokesperson(
        units["S-HN"], certificate=dt.date(2025, 1, 1), course_session=other
    )  # not a training course
    units["S-HUE"] = unit("S-HUE", "department", parent=units["T-HUE"])  # gap
    # district: a level out of force on ON, ignored with its units
    units["H-CU"] = unit("H-CU", "district", parent=units["T-HN"], valid_until=dt.date(2025, 6, 30))
    spokesperson(units["H-CU"], certificate=dt.date(2025, 1, 1))
    # commune: 3 units in force, 2 covered, 2 trained
    units["X-1"] = unit("X-1", "commune", parent=units["T-HN"])
    spokesperson(units["X-1"], certificate=dt.date(2026, 1, 15))
    units["X-NEW"] = unit("X-NEW", "commune", parent=units["T-HN"], valid_from=dt.date(2025, 7, 1))
    units["X-OLD"] = unit(
        "X-OLD", "commune", parent=units["H-CU"], valid_until=dt.date(2025, 6, 30), successor=units["X-NEW"]
    )
    spokesperson(units["X-OLD"], certificate=dt.date(2025, 5, 1))
    units["X-3"] = unit("X-3", "commune", parent=units["T-HUE"])  # gap: appointed after ON
    spokesperson(units["X-3"], certificate=dt.date(2025, 1, 1), appointed_on=dt.date(2026, 9, 1))
    return units


P, L, A = AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT


def add_days(training_session, count, first=dt.date(2026, 3, 2)):
    return [
        SessionDay.objects.create(
            session=training_session,
            date=first + dt.timedelta(days=offset),
            start_time=dt.time(8),
            end_time=dt.time(16),
            topic=f"Chuyên đề {offset + 1}",
        )
        for offset in range(count)
    ]


def attend(enrolment, days, statuses, *, by):
    for day, status in zip(days, statuses, strict=True):
        AttendanceRecord.objects.create(enrolment=enrolment, day=day, status=status, marked_by=by)


@pytest.fixture
def year_2026(db, trainer):
    """Two sessions held, one open, one cancelled; four trainees in session 1, two in session 2."""
    province = OrganisationFactory(code="T-HN", name="Thành phố Hà Nội", level=level("province"))
    department = OrganisationFactory(code="S-HN", name="Sở Văn hóa Hà Nội", parent=province)
    commune = OrganisationFactory(code="X-1", name="Phường Ba Đình", level=level("commune"), parent=province)
    other = OrganisationFactory(code="T-HUE", name="Thành phố Huế", level=level("province"))
    course = builders.course(training=True, title="Kỹ năng phát ngôn")
    first = builders.session(course, attendance_threshold=80)
    second = builders.session(course, attendance_threshold=50)
    builders.session(course, status=SessionStatus.OPEN)
    cancelled = builders.session(course, status=SessionStatus.CANCELLED)
    builders.session(course, year=2025)
    days1 = add_days(first, 5)
    days2 = add_days(second, 2)
    people = {
        "an": UserFactory(organisation=department, trainee_category=TraineeCategory.SPOKESPERSON),
        "binh": UserFactory(organisation=department, trainee_category=TraineeCategory.COMMUNICATION_OFFICER),
        "cuong": UserFactory(organisation=commune, trainee_category=TraineeCategory.SPOKESPERSON),
        "dung": UserFactory(organisation=other, trainee_category=TraineeCategory.REPORTER),
        "ha": UserFactory(organisation=commune, trainee_category=TraineeCategory.SPOKESPERSON),
    }
    e = {name: builders.enrol(first, user) for name, user in list(people.items())[:4]}
    attend(e["an"], days1, [P, P, P, P, L], by=trainer)  # 100%: completed
    attend(e["binh"], days1, [P, P, P, P, A], by=trainer)  # 80%: completed
    attend(e["cuong"], days1, [P, P, A, A, A], by=trainer)  # 40%: attended only
    # dung never came
    e2 = {"ha": builders.enrol(second, people["ha"]), "an": builders.enrol(second, people["an"])}
    attend(e2["ha"], days2, [P, A], by=trainer)  # 50%: completed
    builders.enrol(cancelled, people["dung"])  # a cancelled session counts for nothing
    builders.certificate(
        first, people["an"], issued_on=dt.date(2026, 3, 10), organisation="Sở Văn hóa Hà Nội"
    )
    builders.certificate(
        first, people["binh"], issued_on=dt.date(2026, 3, 10), organisation="Sở Văn hóa Hà Nội"
    )
    builders.certificate(
        second,
        people["ha"],
        issued_on=dt.date(2026, 3, 10),
        revoked_on=dt.date(2026, 4, 1),
        organisation="Phường Ba Đình",
    )
    quiz = Quiz.objects.create(course=course, title="Kiểm tra", pass_mark=70)
    for number, (user, passed) in enumerate(
        [(people["an"], True), (people["binh"], False), (people["cuong"], True)]
    ):
        QuizAttempt.objects.create(
            quiz=quiz,
            user=user,
            session=first,
            number=1 + number % 1,
            submitted_at=timezone.now(),
            score=Decimal("80" if passed else "40"),
            passed=passed,
        )
    return people
