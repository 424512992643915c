"""Attendance: the roll-call page of a 300-trainee session (render time, queries) and saving one mark."""

from __future__ import annotations

import json


def run(report) -> None:
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from bench.run import timed
    from courses.attendance import services
    from courses.attendance.models import AttendanceStatus
    from tests.attendance.factories import confirmed_trainees, days_of, make_session
    from tests.factories import UserFactory

    trainer = UserFactory(roles=[settings.ROLE_TRAINERS], email="bench-trainer@example.vn")
    session = make_session(trainers=[trainer], days=2)
    enrolments = confirmed_trainees(session, 300)
    day = days_of(session)[0]
    services.mark_all_present(day, acting_user=trainer)
    for enrolment in enrolments[::10]:
        services.record_attendance(
            enrolment, day, status=AttendanceStatus.LATE, acting_user=trainer, note="Đến muộn"
        )

    client = Client(HTTP_ACCEPT_LANGUAGE="vi")
    client.force_login(trainer, backend="django.contrib.auth.backends.ModelBackend")
    url = reverse("attendance_roll_call", args=[day.pk])
    client.get(url)  # warm caches and templates
    # The query log is a bounded deque that the setup above may have filled: empty it so the count is real.
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    query_count = len(queries.captured_queries)  # read now: later requests reset the log
    median, _worst = timed(lambda: client.get(url), repeat=15)
    report("roll-call page, 300 trainees: render time (median)", median, "ms")
    report("roll-call page, 300 trainees: SQL queries", query_count, "queries")

    mark_url = reverse("attendance_mark", args=[day.pk])
    cycle = iter(range(10**6))
    statuses = [
        AttendanceStatus.PRESENT,
        AttendanceStatus.LATE,
        AttendanceStatus.EXCUSED,
        AttendanceStatus.ABSENT,
    ]

    def save_one_mark():
        n = next(cycle)
        body = json.dumps({"enrolment": enrolments[n % 300].pk, "status": statuses[n % 4]})
        response = client.post(mark_url, data=body, content_type="application/json")
        assert response.status_code == 200, response.content

    median, _worst = timed(save_one_mark, repeat=40)
    report("save one mark through the JSON endpoint (median)", median, "ms")
    median, _worst = timed(
        lambda: services.record_attendance(
            enrolments[7], day, status=AttendanceStatus.PRESENT, acting_user=trainer
        ),
        repeat=40,
    )
    report("record_attendance service alone (median)", median, "ms")
