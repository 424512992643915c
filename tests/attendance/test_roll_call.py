"""The roll-call screen: official order, search data, marks shown, a constant number of queries."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.attendance import services
from courses.attendance.models import AttendanceStatus
from tests.conftest import login

from .factories import (
    OFFICIAL_ORDER,
    confirmed_trainees,
    days_of,
    enrol_out_of_order,
    full_name,
    make_session,
)

pytestmark = pytest.mark.django_db


def test_the_grid_lists_confirmed_trainees_the_official_way(client, trainer):
    session = make_session(trainers=[trainer], days=1)
    enrol_out_of_order(session)
    day = days_of(session)[0]
    login(client, trainer)
    response = client.get(reverse("attendance_roll_call", args=[day.pk]))
    assert response.status_code == 200
    names = [row.user.full_name for row in response.context["roll"].rows]
    assert names == [full_name(parts) for parts in OFFICIAL_ORDER]
    content = response.content.decode()
    assert 'data-search="dang van uyen' in content
    assert "Điểm danh" in content and "Có mặt tất cả" in content


def test_the_grid_shows_saved_marks(client, session, day, trainer):
    enrolment = session.enrolments.first()
    services.record_attendance(
        enrolment, day, status=AttendanceStatus.EXCUSED, acting_user=trainer, note="Họp tỉnh"
    )
    login(client, trainer)
    content = client.get(reverse("attendance_roll_call", args=[day.pk])).content.decode()
    assert f'data-enrolment="{enrolment.pk}" data-status="excused"' in content
    assert 'value="Họp tỉnh"' in content


def _queries_for(client, day) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(reverse("attendance_roll_call", args=[day.pk]))
    assert response.status_code == 200
    return len(context.captured_queries)


def test_the_roll_call_runs_a_constant_number_of_queries(client, trainer, django_assert_max_num_queries):
    small = make_session(trainers=[trainer], days=1)
    confirmed_trainees(small, 10)
    large = make_session(trainers=[trainer], days=1)
    enrolments = confirmed_trainees(large, 300)
    small_day, large_day = days_of(small)[0], days_of(large)[0]
    services.mark_all_present(small_day, acting_user=trainer)
    services.mark_all_present(large_day, acting_user=trainer)
    services.record_attendance(
        enrolments[0], large_day, status=AttendanceStatus.LATE, acting_user=trainer, note="x"
    )
    login(client, trainer)
    _queries_for(client, small_day)  # warm per-process caches (site root, menu)
    baseline = _queries_for(client, small_day)
    with django_assert_max_num_queries(baseline):
        response = client.get(reverse("attendance_roll_call", args=[large_day.pk]))
    assert len(response.context["roll"].rows) == 300


def test_the_session_list_shows_only_the_trainers_sessions(client, trainer, other_trainer):
    mine = make_session(trainers=[trainer])
    theirs = make_session(trainers=[other_trainer])
    login(client, trainer)
    response = client.get(reverse("attendance_sessions"))
    assert response.status_code == 200
    sessions = list(response.context["sessions"])
    assert mine in sessions and theirs not in sessions


def test_trainees_cannot_open_the_admin_screens(client, trainee, session, day):
    login(client, trainee)
    response = client.get(reverse("attendance_roll_call", args=[day.pk]))
    assert response.status_code in {302, 403}


def test_the_admin_menu_has_an_attendance_item_for_trainers(client, trainer, session):
    login(client, trainer)
    response = client.get(reverse("wagtailadmin_home"))
    assert reverse("attendance_sessions") in response.content.decode()
