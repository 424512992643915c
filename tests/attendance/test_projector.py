"""The QR screen's projector mode: the large rotating code, the short code for phones that cannot scan, the
live list of who has checked in (a JSON endpoint whose query count does not grow), trainers only."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.attendance import codes, services
from courses.attendance.errors import CheckInError
from courses.attendance.models import AttendanceMethod, AttendanceRecord, AttendanceStatus
from tests.conftest import login

from .factories import confirmed_trainees, days_of, make_session

pytestmark = pytest.mark.django_db


def at(day, hour: int, minute: int = 0) -> datetime:
    return timezone.make_aware(datetime.combine(day.date, time(hour, minute)))


def _frozen(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


def test_the_projector_shows_the_code_large_the_short_code_and_who_checked_in(client, day, trainer, session):
    first = session.enrolments.order_by("pk").first()
    moment = at(day, 7, 55)
    with _frozen(moment):
        services.check_in_with_code(
            day, codes.make_code(session_id=session.pk, day_id=day.pk, now=moment), user=first.user
        )
        login(client, trainer)
        page = client.get(reverse("attendance_check_in_projector", args=[day.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html and 'id="qr-box"' in html
    assert codes.make_short_code(day_id=day.pk, now=moment) in html
    assert reverse("attendance:check_in_short") in html  # the address to type
    assert first.user.full_name in html
    assert "Toàn màn hình" in html and "attendance/check_in.js" in html
    assert "wagtail-sidebar" not in html  # nothing but the code and the list on the projector
    # The QR screen links to it.
    screen = client.get(reverse("attendance_check_in_screen", args=[day.pk])).content.decode()
    assert reverse("attendance_check_in_projector", args=[day.pk]) in screen


def test_the_projector_and_its_json_refuse_a_trainer_of_another_session(client, day, other_trainer):
    """An attacker with a trainer account tries another session's day ids: refused, nothing leaks."""
    login(client, other_trainer)
    for name in ("attendance_check_in_projector", "attendance_check_in_code"):
        response = client.get(reverse(name, args=[day.pk]))
        assert response.status_code == 403, name
        assert b'id="qr-box"' not in response.content and b"short_code" not in response.content
        assert codes.make_short_code(day_id=day.pk).encode() not in response.content
    assert client.get(reverse("attendance_check_in_code", args=[999999])).status_code == 404


def test_the_projector_is_closed_to_trainees(client, day, session):
    login(client, session.enrolments.first().user)
    response = client.get(reverse("attendance_check_in_projector", args=[day.pk]))
    assert response.status_code in {302, 403}


def test_the_live_json_costs_the_same_queries_for_3_or_30_arrivals(
    client, trainer, django_assert_max_num_queries
):
    session = make_session(trainers=[trainer], days=1)
    enrolments = confirmed_trainees(session, 30)
    day = days_of(session)[0]
    login(client, trainer)
    url = reverse("attendance_check_in_code", args=[day.pk]) + "?names=all"

    def check_in(people):
        for enrolment in people:
            AttendanceRecord.objects.create(
                enrolment=enrolment,
                day=day,
                status=AttendanceStatus.PRESENT,
                method=AttendanceMethod.QR,
                marked_by=enrolment.user,
                marked_at=timezone.now(),
            )

    check_in(enrolments[:3])
    client.get(url)  # warm the session and permission caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get(url).json()["live"]["count"] == 3
    check_in(enrolments[3:])
    with django_assert_max_num_queries(len(few.captured_queries)):
        data = client.get(url).json()
    assert data["live"]["count"] == 30 and len(data["live"]["latest"]) == 30


def test_a_trainee_who_cannot_scan_checks_in_with_the_short_code(client, day, session):
    enrolment = session.enrolments.order_by("pk").first()
    moment = at(day, 8, 2)
    short = codes.make_short_code(day_id=day.pk, now=moment)
    login(client, enrolment.user)
    with _frozen(moment):
        assert client.get(reverse("attendance:check_in_short")).status_code == 200
        response = client.post(reverse("attendance:check_in_short"), {"code": f"{short[:3]} {short[3:]}"})
    assert response.status_code == 200
    assert "Đã điểm danh: có mặt" in response.content.decode()
    record = AttendanceRecord.objects.get(enrolment=enrolment, day=day)
    assert record.method == AttendanceMethod.QR and record.status == AttendanceStatus.PRESENT


def test_a_short_code_is_refused_when_wrong_expired_or_of_a_session_one_is_not_in(day, session, trainer):
    enrolment = session.enrolments.order_by("pk").first()
    moment = at(day, 8, 2)
    short = codes.make_short_code(day_id=day.pk, now=moment)
    wrong = f"{(int(short) + 1) % 10**6:06d}"
    with pytest.raises(CheckInError):
        services.check_in_with_short_code(wrong, user=enrolment.user, now=moment)
    with pytest.raises(CheckInError):  # two windows later: expired
        services.check_in_with_short_code(
            short, user=enrolment.user, now=moment + timedelta(seconds=3 * codes.rotate_seconds())
        )
    other = make_session(trainers=[trainer], days=1)
    outsider = confirmed_trainees(other, 1)[0].user
    with pytest.raises(CheckInError):
        services.check_in_with_short_code(short, user=outsider, now=moment)
    assert not AttendanceRecord.objects.filter(day=day).exists()
    # Within the next window the code still works, as a QR code does.
    _day, result = services.check_in_with_short_code(
        short, user=enrolment.user, now=moment + timedelta(seconds=codes.rotate_seconds())
    )
    assert result.changed


def test_guessing_short_codes_earns_a_pause_not_a_check_in(client, day, session, settings, fresh_cache):
    """Six digits can be tried one by one: after ATTENDANCE_SHORT_CODE_TRIES wrong codes even the right one is
    refused, in words, until the pause window ends; other trainees are not held up."""
    settings.ATTENDANCE_SHORT_CODE_TRIES = 3
    guesser, other = [enrolment.user for enrolment in session.enrolments.order_by("pk")[:2]]
    moment = at(day, 8, 2)
    short = codes.make_short_code(day_id=day.pk, now=moment)
    wrong = f"{(int(short) + 1) % 10**6:06d}"
    url = reverse("attendance:check_in_short")
    login(client, guesser)
    with _frozen(moment):
        assert [client.post(url, {"code": wrong}).status_code for _ in range(3)] == [400, 400, 400]
        refused = client.post(url, {"code": short})
    assert refused.status_code == 429
    assert "Nhập sai mã quá nhiều lần" in refused.content.decode()
    assert not AttendanceRecord.objects.filter(day=day, enrolment__user=guesser).exists()

    _day, result = services.check_in_with_short_code(short, user=other, now=moment)
    assert result.changed

    later = moment + timedelta(seconds=codes.SHORT_CODE_PAUSE_SECONDS)
    _day, result = services.check_in_with_short_code(
        codes.make_short_code(day_id=day.pk, now=later), user=guesser, now=later
    )
    assert result.changed
