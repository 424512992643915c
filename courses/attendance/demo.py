"""Demo attendance for the completed demo session, written through the services. Idempotent."""

from __future__ import annotations

from courses.demo import MANAGER_EMAIL, TRAINER_EMAIL
from courses.models import Enrolment, EnrolmentStatus, SessionDay, SessionStatus, TrainingSession
from lms.people.models import User

from . import services
from .models import AttendanceMethod, AttendanceRecord, AttendanceStatus
from .selectors import in_official_order

# (status on day 1, status on day 2, note) by position in the class list; the rest are present both days.
EXCEPTIONS = {
    2: (AttendanceStatus.LATE, AttendanceStatus.PRESENT, "Tắc đường, đến lúc 8 giờ 40"),
    4: (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, ""),
    6: (AttendanceStatus.EXCUSED, AttendanceStatus.PRESENT, "Có giấy mời họp của UBND tỉnh"),
    8: (AttendanceStatus.ABSENT, AttendanceStatus.LATE, ""),
    10: (AttendanceStatus.PRESENT, AttendanceStatus.LATE, "Xin phép đến muộn"),
}


def _completed_session() -> TrainingSession | None:
    return (
        TrainingSession.objects.filter(
            status=SessionStatus.COMPLETED, course__slug="ky-nang-truyen-thong-chinh-sach"
        )
        .order_by("-year", "code")
        .first()
    )


def seed_attendance() -> int:
    """Attendance of the completed demo session: a realistic mix, two trainees under the threshold."""
    session = _completed_session()
    if session is None or AttendanceRecord.objects.filter(day__session=session).exists():
        return 0
    trainer = User.objects.filter(email=TRAINER_EMAIL).first()
    acting = (
        trainer
        if trainer is not None and session.trainers.filter(pk=trainer.pk).exists()
        else User.objects.filter(email=MANAGER_EMAIL).first()
        or User.objects.filter(is_superuser=True).first()
    )
    if acting is None:
        return 0
    days = list(SessionDay.objects.filter(session=session).order_by("date", "start_time")[:2])
    if len(days) < 2:
        return 0
    # The organisers of this run let a documented excused absence count (a per-session rule).
    services.update_policy(
        session, acting_user=acting, late_grace_minutes=15, excused_counts=True, online_min_minutes=120
    )
    enrolments = in_official_order(
        Enrolment.objects.filter(session=session, status=EnrolmentStatus.CONFIRMED).select_related("user")
    )
    written = 0
    for position, enrolment in enumerate(enrolments, start=1):
        first, second, note = EXCEPTIONS.get(
            position, (AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, "")
        )
        for day, status in ((days[0], first), (days[1], second)):
            if day is days[0] and status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE):
                # Day one was taken by QR self check-in: the trainee is the one who marked.
                services.upsert_record(
                    enrolment,
                    day,
                    status=status,
                    acting_user=enrolment.user,
                    method=AttendanceMethod.QR,
                    note=note,
                )
            else:
                services.record_attendance(
                    enrolment,
                    day,
                    status=status,
                    acting_user=acting,
                    method=AttendanceMethod.ROLL_CALL,
                    note=note,
                )
            written += 1
    return written
