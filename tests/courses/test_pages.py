"""Public pages: catalogue filters, course and lesson progress, session page, dashboard; query counts."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from courses.models import LessonPage, LessonProgress
from lms.people.models import TraineeCategory
from tests.conftest import login
from tests.courses.conftest import make_course, make_session, make_trainees

pytestmark = pytest.mark.django_db


def test_catalogue_filters_by_audience_and_mode(client, catalogue):
    for_spokespersons = make_course(catalogue, title="Phát ngôn", audience=[TraineeCategory.SPOKESPERSON])
    for_everyone = make_course(catalogue, title="Cho mọi người")
    make_session(for_everyone, mode="online")
    content = client.get("/khoa-hoc/?audience=reporter").content.decode()
    assert "Cho mọi người" in content and "Phát ngôn" not in content
    content = client.get("/khoa-hoc/?mode=online").content.decode()
    assert "Cho mọi người" in content and "Phát ngôn" not in content
    assert for_spokespersons.title in client.get("/khoa-hoc/").content.decode()


def test_mark_lesson_done_and_progress(client, course, trainee):
    lessons = list(LessonPage.objects.child_of(course).order_by("path"))
    login(client, trainee)
    response = client.post(f"/bai-hoc/{lessons[0].pk}/hoan-thanh/", {"next": lessons[1].url})
    assert response.status_code == 302 and response.url == lessons[1].url
    assert LessonProgress.objects.filter(user=trainee, lesson=lessons[0]).count() == 1
    page = client.get(course.url)
    assert page.context["progress"] == {"done": 1, "total": 3, "percent": 33}
    assert 'aria-valuenow="33"' in page.content.decode()
    client.post(f"/bai-hoc/{lessons[0].pk}/hoan-thanh/", {"undo": "1", "next": "https://evil.example/"})
    assert not LessonProgress.objects.exists()
    assert client.post(f"/bai-hoc/{lessons[0].pk}/hoan-thanh/").status_code == 302
    dashboard = client.get("/hoc-tap-cua-toi/")
    assert dashboard.context["courses_in_progress"][0]["course"].pk == course.pk


def test_anonymous_cannot_mark_lessons(client, course):
    lesson = LessonPage.objects.child_of(course).first()
    response = client.post(f"/bai-hoc/{lesson.pk}/hoan-thanh/")
    assert response.status_code == 302 and "/tai-khoan/" in response.url


def test_session_page_shows_meeting_link_only_to_confirmed(client, course):
    session = make_session(course, capacity=1, mode="online", meeting_link="https://meet.example.vn/abc")
    a, b = make_trainees(2)
    assert "meet.example.vn" not in client.get(f"/lop/{session.pk}/").content.decode()
    login(client, a)
    client.post(f"/lop/{session.pk}/dang-ky/")
    assert "meet.example.vn" in client.get(f"/lop/{session.pk}/").content.decode()
    login(client, b)
    client.post(f"/lop/{session.pk}/dang-ky/")
    page = client.get(f"/lop/{session.pk}/").content.decode()
    assert "meet.example.vn" not in page
    assert "vị trí số 1" in page  # waitlist position shown
    response = client.post(f"/lop/{session.pk}/huy-dang-ky/", follow=True)
    assert "Đăng ký của bạn đã được hủy." in response.content.decode()


def test_session_page_errors_are_messages(client, course, trainee):
    session = make_session(course, opens_in_days=-9, closes_in_days=-1)
    login(client, trainee)
    response = client.post(f"/lop/{session.pk}/dang-ky/", follow=True)
    assert "hết hạn đăng ký" in response.content.decode()


def test_dashboard_lists_upcoming_and_past_sessions_and_certificates_section(
    client, course, trainee, manager
):
    upcoming = make_session(course)
    past = make_session(course, start_in=-30, status="completed")
    services.enrol_trainee(upcoming, trainee, acting_user=trainee)
    services.enrol_trainee(make_session(course), trainee, acting_user=manager)
    from courses.models import Enrolment

    Enrolment.objects.create(session=past, user=trainee, status="confirmed")
    response = login(client, trainee).get("/hoc-tap-cua-toi/")
    assert [item["session"].pk for item in response.context["past"]] == [past.pk]
    assert len(response.context["upcoming"]) == 2
    html = response.content.decode()
    assert "Giấy chứng nhận" in html
    # Each session shows its dates, not "to be announced".
    first_day = upcoming.days.order_by("date").first().date
    assert first_day.strftime("%d/%m/%Y") in html
    assert past.days.order_by("date").first().date.strftime("%d/%m/%Y") in html


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_data(client, catalogue, django_assert_max_num_queries):
    trainee = make_trainees(1)[0]
    login(client, trainee)
    course = make_course(catalogue, lessons=2)
    session = make_session(course, capacity=50)
    services.enrol_trainee(session, trainee, acting_user=trainee)
    lesson = LessonPage.objects.child_of(course).first()
    services.mark_lesson_done(lesson, user=trainee)
    urls = [
        "/khoa-hoc/",
        course.url,
        f"/lop/{session.pk}/",
        "/hoc-tap-cua-toi/",
        lesson.url,
        "/api/v1/sessions/",
        "/api/v1/me/enrolments/",
    ]
    small = {url: _count(client, url) for url in urls}

    # Much more of everything: courses, lessons, sessions, days, enrolments, progress.
    for number in range(4):
        other = make_course(catalogue, title=f"Khóa {number}", lessons=6)
        for _ in range(3):
            extra = make_session(other, days=3)
            services.enrol_trainee(extra, trainee, acting_user=trainee)
        for page in LessonPage.objects.child_of(other):
            services.mark_lesson_done(page, user=trainee)
    for _ in range(4):
        course.add_child(instance=LessonPage(title="Thêm", slug=f"them-{_}"))
    for _ in range(3):
        make_session(course, days=4)
    for person in make_trainees(15):
        services.enrol_trainee(session, person, acting_user=person)
    for url in urls:
        with django_assert_max_num_queries(small[url], info=url):
            assert client.get(url).status_code == 200
