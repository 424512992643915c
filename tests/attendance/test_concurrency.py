"""Two trainers marking the same trainee at once: one record, the last write wins (PostgreSQL)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from courses.attendance import services
from courses.attendance.models import AttendanceRecord, AttendanceStatus
from tests.conftest import requires_postgres

from .factories import confirmed_trainees, days_of, make_session


@requires_postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_marks_leave_exactly_one_record(trainer, manager):
    session = make_session(trainers=[trainer])
    enrolments = confirmed_trainees(session, 3)
    day = days_of(session)[0]
    barrier = threading.Barrier(6)
    errors = []

    def mark(enrolment, status, user):
        try:
            barrier.wait()
            services.record_attendance(enrolment, day, status=status, acting_user=user)
        except Exception as exc:  # noqa: BLE001 - surfaced below
            errors.append(exc)
        finally:
            connection.close()

    threads = []
    for enrolment in enrolments:
        threads.append(threading.Thread(target=mark, args=(enrolment, AttendanceStatus.PRESENT, trainer)))
        threads.append(threading.Thread(target=mark, args=(enrolment, AttendanceStatus.LATE, manager)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert AttendanceRecord.objects.filter(day=day).count() == 3
    for enrolment in enrolments:
        assert AttendanceRecord.objects.get(enrolment=enrolment, day=day).status in {"present", "late"}
