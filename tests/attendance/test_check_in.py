"""QR self check-in: valid, expired, forged, other day, other session, not enrolled, twice, late after grace."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.attendance import codes, services
from courses.attendance.errors import CheckInError
from courses.attendance.models import AttendanceMethod, AttendancePolicy, AttendanceRecord, AttendanceStatus
from tests.conftest import login
from tests.factories import UserFactory

from .factories import confirmed_trainees, days_of, make_session

pytestmark = pytest.mark.django_db


def at(day, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return timezone.make_aware(datetime.combine(day.date, time(hour, minute, second)))


def code_for(day, moment: datetime) -> str:
    return codes.make_code(session_id=day.session_id, day_id=day.pk, now=moment)


def url_for(day, code: str) -> str:
    return reverse("attendance:check_in", kwargs={"day_id": day.pk, "code": code})


@pytest.fixture
def trainee_in(session):
    return session.enrolments.order_by("pk").first()


def _refusal(day, code, **kwargs) -> CheckInError:
    """The refusal of a check-in that must be refused."""
    with pytest.raises(CheckInError) as error:
        services.check_in_with_code(day, code, **kwargs)
    return error.value


def test_a_valid_code_marks_present_before_the_grace_ends(day, trainee_in):
    moment = at(day, 8, 10)
    result = services.check_in_with_code(day, code_for(day, moment), user=trainee_in.user, now=moment)
    assert result.changed
    record = AttendanceRecord.objects.get(enrolment=trainee_in, day=day)
    assert (record.status, record.method, record.marked_by) == (
        AttendanceStatus.PRESENT,
        AttendanceMethod.QR,
        trainee_in.user,
    )


def test_late_after_the_start_plus_the_sessions_grace(session, day, trainee_in, trainer):
    moment = at(day, 8, 15, 1)  # default grace: 15 minutes
    result = services.check_in_with_code(day, code_for(day, moment), user=trainee_in.user, now=moment)
    assert result.status == AttendanceStatus.LATE
    services.update_policy(
        session, acting_user=trainer, late_grace_minutes=30, excused_counts=False, online_min_minutes=60
    )
    other = session.enrolments.order_by("pk")[1]
    moment = at(day, 8, 29)
    assert (
        services.check_in_with_code(day, code_for(day, moment), user=other.user, now=moment).status
        == AttendanceStatus.PRESENT
    )
    assert AttendancePolicy.objects.get(session=session).late_grace_minutes == 30


def test_an_expired_code_is_refused(day, trainee_in):
    scanned = at(day, 8, 0)
    code = code_for(day, scanned)
    later = scanned + timedelta(seconds=codes.rotate_seconds() * (codes.ACCEPTED_PAST_WINDOWS + 1) + 1)
    error = _refusal(day, code, user=trainee_in.user, now=later)
    assert error.code == "expired"
    assert "hết hạn" in error.message
    assert not AttendanceRecord.objects.exists()


def test_a_code_stays_valid_through_the_next_window(day, trainee_in):
    scanned = at(day, 8, 0)
    code = code_for(day, scanned)
    services.check_in_with_code(
        day, code, user=trainee_in.user, now=scanned + timedelta(seconds=codes.rotate_seconds())
    )
    assert AttendanceRecord.objects.filter(enrolment=trainee_in).exists()


def test_the_rotation_period_is_a_setting(settings, day):
    settings.ATTENDANCE_QR_ROTATE_SECONDS = 60
    assert codes.rotate_seconds() == 60
    moment = at(day, 8, 0, 0)
    assert code_for(day, moment) == code_for(day, moment + timedelta(seconds=59))
    assert code_for(day, moment) != code_for(day, moment + timedelta(seconds=60))


def test_a_forged_code_is_refused(day, trainee_in):
    moment = at(day, 8, 0)
    genuine = code_for(day, moment)
    value, signature = genuine.rsplit(".", 1)
    window = codes.window_at(moment)
    for forged in (
        f"{day.session_id}-{day.pk}-{window}.{'A' * len(signature)}",
        f"{day.session_id}-{day.pk}-{window + 5}.{signature}",
        "rubbish",
        genuine[:-1] + ("A" if genuine[-1] != "A" else "B"),
    ):
        error = _refusal(day, forged, user=trainee_in.user, now=moment)
        assert error.code == "forged"
    assert not AttendanceRecord.objects.exists()


def test_a_code_from_another_day_is_refused(session, trainee_in):
    first, second = days_of(session)
    moment = at(first, 8, 0)
    error = _refusal(second, code_for(first, moment), user=trainee_in.user, now=moment)
    assert error.code == "other_day"
    assert "ngày học khác" in error.message


def test_a_code_shown_on_another_date_is_refused(session, trainee_in):
    second = days_of(session)[1]
    moment = at(second, 8, 0) - timedelta(days=1)  # the second day's code, shown a day early
    error = _refusal(second, code_for(second, moment), user=trainee_in.user, now=moment)
    assert error.code == "other_day"


def test_a_code_from_another_session_is_refused(day, trainee_in, trainer):
    other = make_session(trainers=[trainer])
    other_day = days_of(other)[0]
    moment = at(day, 8, 0)
    error = _refusal(day, code_for(other_day, moment), user=trainee_in.user, now=moment)
    assert error.code == "other_session"
    assert "lớp khác" in error.message


def test_a_person_not_enrolled_or_not_confirmed_is_refused(session, day):
    from courses.models import EnrolmentStatus

    from .factories import enrol

    moment = at(day, 8, 0)
    stranger = UserFactory()
    waiting = enrol(session, UserFactory(), status=EnrolmentStatus.PENDING)
    for user in (stranger, waiting.user):
        error = _refusal(day, code_for(day, moment), user=user, now=moment)
        assert error.code == "not_enrolled"
    assert not AttendanceRecord.objects.exists()


def test_scanning_twice_is_harmless_and_never_downgrades(day, trainee_in):
    early = at(day, 8, 5)
    services.check_in_with_code(day, code_for(day, early), user=trainee_in.user, now=early)
    later = at(day, 9, 30)
    result = services.check_in_with_code(day, code_for(day, later), user=trainee_in.user, now=later)
    assert not result.changed
    assert result.status == AttendanceStatus.PRESENT
    assert AttendanceRecord.objects.filter(enrolment=trainee_in, day=day).count() == 1


def test_a_check_in_turns_an_absent_mark_into_late(day, trainee_in, trainer):
    services.record_attendance(trainee_in, day, status=AttendanceStatus.ABSENT, acting_user=trainer)
    moment = at(day, 9, 0)
    result = services.check_in_with_code(day, code_for(day, moment), user=trainee_in.user, now=moment)
    assert result.changed and result.status == AttendanceStatus.LATE


def _frozen(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


def test_the_check_in_page_marks_the_signed_in_trainee(client, day, trainee_in):
    moment = at(day, 8, 1)
    code = code_for(day, moment)
    login(client, trainee_in.user)
    with _frozen(moment):
        response = client.get(url_for(day, code))
    assert response.status_code == 200
    assert "Đã điểm danh: có mặt" in response.content.decode()
    with _frozen(moment + timedelta(seconds=5)):
        response = client.get(url_for(day, code))
    assert "Bạn đã điểm danh rồi" in response.content.decode()
    assert AttendanceRecord.objects.filter(enrolment=trainee_in, day=day).count() == 1


def test_the_check_in_page_explains_an_expired_code_in_vietnamese(client, day, trainee_in):
    moment = at(day, 8, 1)
    code = code_for(day, moment)
    login(client, trainee_in.user)
    with _frozen(moment + timedelta(minutes=5)):
        response = client.get(url_for(day, code))
    assert response.status_code == 400
    assert "Mã điểm danh đã hết hạn" in response.content.decode()


def test_a_person_not_signed_in_signs_in_then_comes_back_with_their_scan_time(client, day, trainee_in):
    moment = at(day, 8, 10)
    code = code_for(day, moment)
    url = url_for(day, code)
    with _frozen(moment):
        response = client.get(url)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    assert "next=" in response["Location"]
    assert not AttendanceRecord.objects.exists()
    # Signing in took three minutes: the code has expired, the scan made at 8:10 still counts (present).
    login(client, trainee_in.user)
    with _frozen(moment + timedelta(minutes=3)):
        response = client.get(url)
    assert response.status_code == 200
    record = AttendanceRecord.objects.get(enrolment=trainee_in, day=day)
    assert record.status == AttendanceStatus.PRESENT


def test_a_forged_code_is_explained_without_signing_in(client, day):
    with _frozen(at(day, 8, 0)):
        response = client.get(url_for(day, "1-2-3.forged"))
    assert response.status_code == 400
    assert "không hợp lệ" in response.content.decode()


def test_the_qr_screen_and_its_json_for_the_trainer(client, day, trainer, trainee_in):
    login(client, trainer)
    moment = at(day, 8, 0)
    with _frozen(moment):
        response = client.get(reverse("attendance_check_in_screen", args=[day.pk]))
        assert response.status_code == 200
        assert b"<svg" in response.content
        services.check_in_with_code(day, code_for(day, moment), user=trainee_in.user, now=moment)
        data = client.get(reverse("attendance_check_in_code", args=[day.pk])).json()
    assert data["ok"] and data["svg"].startswith("<svg")
    assert data["url"].endswith(url_for(day, code_for(day, moment)))
    assert "/en/" not in data["url"]
    assert data["live"]["count"] == 1 and data["live"]["confirmed"] == 4
    assert data["live"]["latest"][0]["name"] == trainee_in.user.full_name


def test_the_qr_screen_is_forbidden_to_a_trainer_of_another_session(client, day, other_trainer):
    login(client, other_trainer)
    assert client.get(reverse("attendance_check_in_screen", args=[day.pk])).status_code == 403
    assert client.get(reverse("attendance_check_in_code", args=[day.pk])).status_code == 403


def test_only_confirmed_trainees_are_counted_live(trainer):
    from courses.attendance.selectors import checked_in

    session = make_session(trainers=[trainer], days=1)
    confirmed_trainees(session, 2)
    assert checked_in(days_of(session)[0])["count"] == 0
