"""Rates over the planned days, the excused rule, per-day rates, the threshold, the trainee's own record."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from courses import services as course_services
from courses.attendance import services
from courses.attendance.models import AttendancePolicy, AttendanceStatus
from courses.attendance.rates import attendance_rate, day_rate
from courses.attendance.selectors import attendance_summary_for, session_register
from tests.conftest import login

from .factories import confirmed_trainees, days_of, make_session

pytestmark = pytest.mark.django_db

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)


def test_present_and_late_count_over_the_planned_days():
    rate = attendance_rate([P, L, None, None], planned_days=4, excused_counts=False)
    assert (rate.attended, rate.percent, rate.not_taken) == (2, 50.0, 2)


def test_days_not_taken_count_against_the_rate_unlike_moodle():
    # Two days of four taken, both present: 50% of the planned days, not 100% of the days taken.
    assert attendance_rate([P, P], planned_days=4, excused_counts=False).percent == 50.0


def test_excused_counts_only_when_the_rule_says_so():
    statuses = [P, E, A]
    assert attendance_rate(statuses, planned_days=3, excused_counts=False).attended == 1
    assert attendance_rate(statuses, planned_days=3, excused_counts=True).attended == 2
    assert attendance_rate(statuses, planned_days=3, excused_counts=True).percent == 66.7


def test_threshold_and_empty_session():
    assert attendance_rate([P, A], planned_days=2, excused_counts=False).below(80)
    assert not attendance_rate([P, L], planned_days=2, excused_counts=False).below(80)
    assert not attendance_rate([], planned_days=0, excused_counts=False).below(80)


def test_day_rate_is_over_the_confirmed_trainees():
    assert day_rate([P, L, E, A, None], confirmed=5, excused_counts=False) == 40.0
    assert day_rate([P, L, E, A, None], confirmed=5, excused_counts=True) == 60.0
    assert day_rate([], confirmed=0, excused_counts=True) == 0.0


def _mark(enrolment, day, status, user):
    services.record_attendance(enrolment, day, status=status, acting_user=user)


def _marked_on_day_one(trainer, statuses: list, *, days: int) -> tuple:
    """A session of `trainer` with one confirmed trainee per status, marked so on its first day."""
    session = make_session(trainers=[trainer], days=days)
    enrolments = confirmed_trainees(session, len(statuses))
    first_day = days_of(session)[0]
    for enrolment, status in zip(enrolments, statuses, strict=True):
        _mark(enrolment, first_day, status, trainer)
    return session, enrolments


def test_the_register_flags_trainees_under_the_threshold(trainer):
    session = make_session(trainers=[trainer], days=4, threshold=75)
    good, excused, poor = confirmed_trainees(session, 3)
    days = days_of(session)
    for day in days:
        _mark(good, day, P, trainer)
    for day, status in zip(days, [P, P, E, L], strict=True):
        _mark(excused, day, status, trainer)
    for day, status in zip(days[:2], [P, A], strict=True):
        _mark(poor, day, status, trainer)
    register = session_register(session)
    rows = {row.enrolment.pk: row for row in register.rows}
    assert rows[good.pk].rate.percent == 100.0
    assert rows[excused.pk].rate.percent == 75.0 and not rows[excused.pk].below
    assert rows[poor.pk].rate.percent == 25.0 and rows[poor.pk].below
    assert register.below_count == 1
    assert [item.taken for item in register.days] == [True, True, True, True]
    assert register.days[0].rate == 100.0
    assert register.days[1].rate == round(200 / 3, 1)

    services.update_policy(
        session, acting_user=trainer, late_grace_minutes=10, excused_counts=True, online_min_minutes=60
    )
    register = session_register(session)
    rows = {row.enrolment.pk: row for row in register.rows}
    assert rows[excused.pk].rate.percent == 100.0
    assert register.days[2].rate == round(200 / 3, 1)  # the excused absence now counts on its day too


def test_rates_count_only_confirmed_trainees(trainer, manager):
    session, (staying, leaving) = _marked_on_day_one(trainer, [P, A], days=1)
    course_services.remove_enrolment(leaving, acting_user=manager)
    register = session_register(session)
    assert [row.enrolment.pk for row in register.rows] == [staying.pk]
    assert register.days[0].rate == 100.0


def test_the_policy_has_defaults_when_absent(session):
    policy = AttendancePolicy.for_session(session)
    assert policy.pk is None
    assert policy.late_grace_minutes == AttendancePolicy.DEFAULT_LATE_GRACE_MINUTES
    assert policy.excused_counts is False


def test_the_overview_shows_rates_and_saves_the_rules(client, trainer):
    session, _trainees = _marked_on_day_one(trainer, [A, P], days=2)
    login(client, trainer)
    url = reverse("attendance_session", args=[session.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert b"attendance-below" in response.content
    response = client.post(url, {"late_grace_minutes": 20, "excused_counts": "on", "online_min_minutes": 90})
    assert response.status_code == 302
    policy = AttendancePolicy.objects.get(session=session)
    assert (policy.late_grace_minutes, policy.excused_counts, policy.online_min_minutes) == (20, True, 90)


def test_the_overview_of_a_session_without_trainees_says_so_across_the_whole_register(client, trainer):
    session = make_session(trainers=[trainer], days=5)
    login(client, trainer)
    content = client.get(reverse("attendance_session", args=[session.pk])).content.decode()
    # No., trainee, work unit, one column a day, rate: the message spans all nine.
    assert '<td colspan="9">Chưa có học viên nào được xác nhận.</td>' in content


def test_the_overview_is_forbidden_to_a_trainer_of_another_session(client, session, other_trainer):
    login(client, other_trainer)
    assert client.get(reverse("attendance_session", args=[session.pk])).status_code == 403


def test_each_trainee_sees_their_own_record(trainer):
    start = timezone.localdate() - timedelta(days=1)
    session = make_session(trainers=[trainer], days=3, first_day=start)
    mine, other = confirmed_trainees(session, 2)
    days = days_of(session)
    _mark(mine, days[0], P, trainer)
    _mark(mine, days[1], E, trainer)
    _mark(other, days[0], A, trainer)
    summary = attendance_summary_for(mine.user)
    assert len(summary) == 1
    item = summary[0]
    assert [status for _day, status in item.days] == [P, E, None]
    assert item.rate.percent == round(100 / 3, 1)
    assert item.below
    assert attendance_summary_for(other.user)[0].rate.absent == 1

    request = RequestFactory().get("/")
    request.user = mine.user
    html = Template("{% load attendance_tags %}{% my_attendance %}").render(Context({"request": request}))
    assert "Điểm danh của tôi" in html
    assert "Vắng có phép" in html
    assert "33.3%" in html or "33,3%" in html


def test_a_session_not_started_is_not_in_the_summary(trainer):
    session = make_session(trainers=[trainer], days=2, first_day=timezone.localdate() + timedelta(days=10))
    enrolment = confirmed_trainees(session, 1)[0]
    assert attendance_summary_for(enrolment.user) == []
