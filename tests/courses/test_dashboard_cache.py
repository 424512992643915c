"""Góc học tập from the cache: a trainee coming back costs one query, and every change the page shows
(their own enrolments and progress, a session's dates and seats, a roll call, another person's withdrawal
that moves them up the waitlist) shows on the next visit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.attendance.services import mark_all_present
from courses.models import LessonPage, SessionDay
from courses.progress import mark_lesson_done
from courses.services import cancel_enrolment, enrol_trainee
from tests.conftest import login
from tests.courses.conftest import make_course, make_session, make_trainees

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]
DASHBOARD = "/hoc-tap-cua-toi/"


@pytest.fixture
def course(catalogue):
    return make_course(catalogue, title="Truyền thông chính sách trên báo chí")


def _page(client) -> str:
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return response.content.decode()


def test_coming_back_costs_one_query_and_shows_the_same_page(client, course, trainee, committed):
    session = make_session(course)
    with committed():
        enrol_trainee(session, trainee, acting_user=trainee)
    login(client, trainee)
    first = _page(client)
    assert session.code in first
    with CaptureQueriesContext(connection) as queries:
        second = _page(client)
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert "courses_enrolment" not in tables and "quizzes_quiz" not in tables
    assert len(queries.captured_queries) <= 2  # the session (in the database here) and the user
    assert second.split('name="csrfmiddlewaretoken"')[0].count(session.code) == first.split(
        'name="csrfmiddlewaretoken"'
    )[0].count(session.code)


def test_each_person_gets_their_own_dashboard(client, course, committed):
    lan, minh = make_trainees(2)
    session = make_session(course)
    with committed():
        enrol_trainee(session, lan, acting_user=lan)
    assert session.code in _page(login(client, lan))
    client.logout()
    assert session.code not in _page(login(client, minh))


def test_an_enrolment_shows_on_the_next_visit(client, course, trainee, committed):
    session = make_session(course)
    login(client, trainee)
    assert session.code not in _page(client)
    with committed():
        enrol_trainee(session, trainee, acting_user=trainee)
    assert session.code in _page(client)


def test_a_lesson_marked_done_moves_the_progress(client, course, trainee, committed):
    with committed():
        enrol_trainee(make_session(course), trainee, acting_user=trainee)
    login(client, trainee)
    assert "0/3" in _page(client)
    with committed():
        mark_lesson_done(LessonPage.objects.child_of(course).order_by("path").first(), user=trainee)
    assert "1/3" in _page(client)


def test_a_new_date_set_by_staff_shows_at_once(client, course, trainee, trainer, committed):
    session = make_session(course, trainers=[trainer])
    with committed():
        enrol_trainee(session, trainee, acting_user=trainee)
    login(client, trainee)
    day = SessionDay.objects.filter(session=session).order_by("date").first()
    old = day.date.strftime("%d/%m/%Y")
    assert old in _page(client)
    day.date -= timedelta(days=3)
    with committed():
        day.save()
    html = _page(client)
    assert day.date.strftime("%d/%m/%Y") in html


def test_someone_leaving_moves_a_waitlisted_trainee_up(client, course, trainer, committed):
    first, second, third = make_trainees(3)
    session = make_session(course, capacity=1, trainers=[trainer])
    with committed():
        seated = enrol_trainee(session, first, acting_user=first)
        enrol_trainee(session, second, acting_user=second)
        enrol_trainee(session, third, acting_user=third)
    login(client, third)
    assert "số 2" in _page(client)
    with committed():  # the first one leaves: the second takes the seat, the third is now number 1
        cancel_enrolment(seated, acting_user=trainer)
    html = _page(client)
    assert "số 1" in html and "số 2" not in html


def test_a_roll_call_shows_in_my_attendance(client, course, trainee, trainer, committed):
    session = make_session(course, start_in=-1, trainers=[trainer])
    with committed():
        enrol_trainee(session, trainee, acting_user=trainer)
    login(client, trainee)
    assert "Có mặt" not in _page(client)
    with committed():
        mark_all_present(session.days.order_by("date").first(), acting_user=trainer)
    assert "Có mặt" in _page(client)


def test_with_the_page_cache_off_every_visit_is_built_again(client, course, trainee, settings):
    settings.PAGE_CACHE_SECONDS = 0
    login(client, trainee)
    _page(client)
    with CaptureQueriesContext(connection) as queries:
        _page(client)
    assert "courses_enrolment" in " ".join(query["sql"] for query in queries.captured_queries)
