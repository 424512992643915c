"""The demo attendance: a realistic mix on the completed session, two trainees under the threshold; idempotent."""

import pytest

from courses.attendance.demo import seed_attendance
from courses.attendance.models import AttendanceRecord
from courses.attendance.selectors import session_register
from courses.models import SessionStatus, TrainingSession

pytestmark = pytest.mark.django_db


def test_seed_attendance_is_idempotent_and_flags_two_trainees(demo_courses):
    written = seed_attendance()
    assert written > 0
    count = AttendanceRecord.objects.count()
    assert seed_attendance() == 0
    assert AttendanceRecord.objects.count() == count
    session = TrainingSession.objects.get(status=SessionStatus.COMPLETED)
    register = session_register(session)
    assert register.below_count == 2
    statuses = {cell for row in register.rows for cell in row.cells}
    assert statuses == {"present", "late", "excused", "absent"}
    assert {record.method for record in AttendanceRecord.objects.all()} == {"qr", "roll_call"}
