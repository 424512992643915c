"""Online sessions: importing a meeting participants report (match by e-mail, then by name; minimum minutes)."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses.attendance import services
from courses.attendance.errors import NotAllowedToMarkError
from courses.attendance.imports import (
    import_meeting_report,
    merged_minutes,
    parse_moment,
    preview_meeting_import,
)
from courses.attendance.models import AttendanceMethod, AttendanceRecord, AttendanceStatus
from courses.models import SessionMode
from tests.conftest import login
from tests.factories import UserFactory

from .factories import days_of, enrol, make_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def online(trainer):
    session = make_session(trainers=[trainer], days=1, mode=SessionMode.ONLINE)
    people = {
        "lan": UserFactory(email="lan@so.gov.vn", family_name="Đỗ", middle_name="Phương", given_name="Lan"),
        "dung": UserFactory(email="dung@so.gov.vn", family_name="Vũ", middle_name="Tiến", given_name="Dũng"),
        "anh": UserFactory(email="anh@so.gov.vn", family_name="Trần", middle_name="Ngọc", given_name="Ánh"),
        "khanh": UserFactory(
            email="khanh@so.gov.vn", family_name="Lý", middle_name="Quốc", given_name="Khánh"
        ),
    }
    enrolments = {key: enrol(session, user) for key, user in people.items()}
    return session, days_of(session)[0], enrolments


def report(day, rows) -> bytes:
    lines = ["Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)"]
    for name, email, join, leave in rows:
        lines.append(f"{name},{email},{day.date:%m/%d/%Y} {join},{day.date:%m/%d/%Y} {leave},")
    return "\n".join(lines).encode()


def test_rows_match_by_email_then_by_folded_name_and_sum_per_person(online):
    session, day, enrolments = online
    data = report(
        day,
        [
            ("Lan (phone)", "LAN@so.gov.vn", "08:00:00 AM", "10:00:00 AM"),
            ("Lan (laptop)", "lan@so.gov.vn", "09:30:00 AM", "11:00:00 AM"),  # overlaps: counted once
            ("Vu Tien Dung", "", "08:00:00 AM", "09:00:00 AM"),
            ("vu tien dung", "", "01:00:00 PM", "02:30:00 PM"),
            ("Anh (Trần Ngọc Ánh)", "", "08:05:00 AM", "08:45:00 AM"),
            ("Khách lạ", "guest@gmail.com", "08:00:00 AM", "04:00:00 PM"),
        ],
    )
    preview = preview_meeting_import(day, io.BytesIO(data), "participants.csv")
    lines = {line.enrolment.pk: line for line in preview.trainees}
    assert lines[enrolments["lan"].pk].minutes == 180
    assert lines[enrolments["lan"].pk].status == AttendanceStatus.PRESENT
    assert lines[enrolments["dung"].pk].minutes == 150
    assert lines[enrolments["dung"].pk].status == AttendanceStatus.PRESENT
    assert lines[enrolments["anh"].pk].minutes == 40
    assert lines[enrolments["anh"].pk].status == AttendanceStatus.ABSENT  # under the 120-minute default
    assert [row.values["name"] for row in preview.unmatched] == ["Khách lạ"]
    assert [line.enrolment.pk for line in preview.missing] == [enrolments["khanh"].pk]
    assert not AttendanceRecord.objects.exists()  # a preview writes nothing


def test_the_minimum_is_the_sessions_rule(online, trainer):
    session, day, enrolments = online
    services.update_policy(
        session, acting_user=trainer, late_grace_minutes=15, excused_counts=False, online_min_minutes=30
    )
    data = report(day, [("Anh", "anh@so.gov.vn", "08:05:00 AM", "08:45:00 AM")])
    preview = preview_meeting_import(day, io.BytesIO(data), "participants.csv")
    assert preview.trainees[0].status == AttendanceStatus.PRESENT


def test_two_trainees_with_the_same_name_are_not_guessed(online, trainer):
    session, day, _enrolments = online
    enrol(session, UserFactory(family_name="Đỗ", middle_name="Phương", given_name="Lan"))
    data = report(day, [("Do Phuong Lan", "", "08:00:00 AM", "11:00:00 AM")])
    preview = preview_meeting_import(day, io.BytesIO(data), "participants.csv")
    assert preview.trainees == []
    assert "Nhiều học viên" in preview.unmatched[0].errors[0]


def test_confirming_writes_everything_in_one_go(online, trainer):
    session, day, enrolments = online
    services.record_attendance(
        enrolments["anh"], day, status=AttendanceStatus.EXCUSED, acting_user=trainer, note="Ốm"
    )
    data = report(
        day,
        [
            ("Lan", "lan@so.gov.vn", "08:00:00 AM", "11:00:00 AM"),
            ("Anh", "anh@so.gov.vn", "08:05:00 AM", "08:45:00 AM"),
        ],
    )
    result = import_meeting_report(day, io.BytesIO(data), "participants.csv", acting_user=trainer)
    statuses = dict(AttendanceRecord.objects.filter(day=day).values_list("enrolment_id", "status"))
    assert statuses[enrolments["lan"].pk] == AttendanceStatus.PRESENT
    assert statuses[enrolments["anh"].pk] == AttendanceStatus.EXCUSED  # excused is not overwritten by absent
    assert statuses[enrolments["dung"].pk] == AttendanceStatus.ABSENT  # not in the report
    assert statuses[enrolments["khanh"].pk] == AttendanceStatus.ABSENT
    lan = AttendanceRecord.objects.get(day=day, enrolment=enrolments["lan"])
    assert (lan.method, lan.minutes_attended, lan.marked_by) == (AttendanceMethod.IMPORT, 180, trainer)
    assert result.present_count == 1


def test_a_trainer_of_another_session_cannot_import(online, other_trainer):
    _session, day, _enrolments = online
    data = report(day, [("Lan", "lan@so.gov.vn", "08:00:00 AM", "11:00:00 AM")])
    with pytest.raises(NotAllowedToMarkError):
        import_meeting_report(day, io.BytesIO(data), "participants.csv", acting_user=other_trainer)
    assert not AttendanceRecord.objects.exists()


def test_vietnamese_headers_and_durations(online):
    _session, day, enrolments = online
    data = "Họ và tên;Thư điện tử;Thời lượng (phút)\nĐỗ Phương Lan;;95\nĐỗ Phương Lan;;40\n".encode()
    preview = preview_meeting_import(day, io.BytesIO(data), "bao-cao.csv")
    assert preview.trainees[0].enrolment == enrolments["lan"]
    assert preview.trainees[0].minutes == 135


def test_times_are_read_in_the_days_own_order():
    day = datetime(2026, 2, 5).date()
    assert parse_moment("05/02/2026 08:30", on=day) == datetime(2026, 2, 5, 8, 30)
    assert parse_moment("02/05/2026 08:30 AM", on=day) == datetime(2026, 2, 5, 8, 30)
    assert parse_moment("2026-02-05 13:15:00", on=day) == datetime(2026, 2, 5, 13, 15)
    assert parse_moment("14:00", on=day) == datetime(2026, 2, 5, 14, 0)
    with pytest.raises(ValueError):
        parse_moment("sáng nay", on=day)


def test_overlapping_intervals_count_once():
    t = lambda h, m=0: datetime(2026, 2, 5, h, m)  # noqa: E731
    assert merged_minutes([(t(8), t(10)), (t(9), t(11)), (t(13), t(14))]) == 240


def test_the_import_screen_previews_then_confirms(client, online, trainer):
    _session, day, enrolments = online
    login(client, trainer)
    url = reverse("attendance_import", args=[day.pk])
    assert client.get(url).status_code == 200
    upload = SimpleUploadedFile(
        "participants.csv",
        report(
            day,
            [
                ("Lan", "lan@so.gov.vn", "08:00:00 AM", "11:00:00 AM"),
                ("X", "x@y.vn", "08:00:00 AM", "09:00:00 AM"),
            ],
        ),
    )
    response = client.post(url, {"file": upload})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Đỗ Phương Lan" in content and "x@y.vn" in content
    token = response.context["token"]
    assert not AttendanceRecord.objects.exists()
    response = client.post(url, {"token": token})
    assert response.status_code == 302
    assert (
        AttendanceRecord.objects.get(day=day, enrolment=enrolments["lan"]).status == AttendanceStatus.PRESENT
    )
