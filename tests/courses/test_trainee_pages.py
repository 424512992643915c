"""A trainee's pages: marking a lesson done (and undoing it) stays on the lesson; "Góc học tập" opens on what to
do next; the home page lists the sessions open for enrolment with their seats."""

from types import SimpleNamespace

import pytest

from courses.dashboard import next_steps
from courses.home import open_sessions
from courses.models import Enrolment, EnrolmentStatus, LessonPage, LessonProgress, SessionStatus
from tests.conftest import login
from tests.courses.conftest import make_session, make_trainees

pytestmark = pytest.mark.django_db


def lessons_of(course) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(course).live().order_by("path"))


def test_marking_a_lesson_done_stays_on_the_lesson_with_the_message_there(
    client, course, trainee, vietnamese
):
    first, second, _third = lessons_of(course)
    login(client, trainee)
    page = client.get(first.url).content.decode()
    assert "Đánh dấu đã học xong" in page or "Đánh dấu" in page
    response = client.post(f"/bai-hoc/{first.pk}/hoan-thanh/", follow=True)
    assert response.redirect_chain[-1][0] == first.url
    html = response.content.decode()
    assert "Đã đánh dấu bài học là đã học xong." in html  # the message, above this lesson
    assert "Bỏ đánh dấu hoàn thành" in html
    assert f'href="{second.url}"' in html and "Bài tiếp theo" in html
    assert LessonProgress.objects.filter(user=trainee, lesson=first).exists()


def test_undoing_a_done_mark(client, course, trainee, vietnamese):
    first = lessons_of(course)[0]
    login(client, trainee)
    client.post(f"/bai-hoc/{first.pk}/hoan-thanh/")
    response = client.post(f"/bai-hoc/{first.pk}/hoan-thanh/", {"undo": "1"}, follow=True)
    assert response.redirect_chain[-1][0] == first.url
    html = response.content.decode()
    assert "Đã bỏ đánh dấu hoàn thành bài học." in html
    assert not LessonProgress.objects.filter(user=trainee, lesson=first).exists()
    assert "Bỏ đánh dấu hoàn thành" not in html  # back to "mark as done"


def test_the_dashboard_opens_on_the_next_lesson_and_lists_sessions_as_cards_on_phones(
    client, course, trainee, vietnamese
):
    session = make_session(course)
    Enrolment.objects.create(session=session, user=trainee, status=EnrolmentStatus.CONFIRMED)
    login(client, trainee)
    response = client.get("/hoc-tap-cua-toi/")
    html = response.content.decode()
    assert "Việc cần làm tiếp" in html
    steps = response.context["next_steps"]
    assert [step["kind"] for step in steps] == ["lesson", "session"]
    assert steps[0]["lesson"].pk == lessons_of(course)[0].pk
    assert html.index("Việc cần làm tiếp") < html.index("Khóa học đang học")
    # The sessions table stacks into cards below the breakpoint: each cell says its column.
    assert 'class="programme stack"' in html and 'data-label="Thời gian"' in html


def _quiz_item(*, practice=False, can_start=True, open_attempt=None, final=None, remaining=None):
    return {
        "quiz": SimpleNamespace(is_practice=practice, title="Bài kiểm tra"),
        "can_start": can_start,
        "open_attempt": open_attempt,
        "final_attempt": final,
        "remaining": remaining,
    }


def test_next_steps_put_an_open_attempt_first_then_a_quiz_to_pass():
    dashboard = {
        "courses_in_progress": [
            {"course": "c", "next_lesson": "lesson", "progress": {"done": 1, "total": 3, "percent": 33}}
        ],
        "upcoming": [],
    }
    passed = SimpleNamespace(passed=True)
    failed = SimpleNamespace(passed=False)
    items = [
        _quiz_item(final=passed),  # passed already: nothing to do
        _quiz_item(practice=True),  # practice never presses
        _quiz_item(final=failed, remaining=1),  # not passed yet: take it again
        _quiz_item(can_start=False, open_attempt="attempt"),  # left open: finish it first
    ]
    kinds = [step["kind"] for step in next_steps(dashboard, items)]
    assert kinds == ["continue_quiz", "take_quiz", "lesson"]


def test_home_page_lists_open_sessions_with_seats_left_and_says_the_site_name_once(
    client, course, vietnamese
):
    open_one = make_session(course, capacity=12)
    make_session(course, status=SessionStatus.DRAFT)
    make_session(course, opens_in_days=3)  # enrolment not open yet
    Enrolment.objects.create(session=open_one, user=make_trainees(1)[0], status=EnrolmentStatus.CONFIRMED)
    assert [session.pk for session in open_sessions()] == [open_one.pk]
    html = client.get("/").content.decode()
    assert "Lớp đang nhận đăng ký" in html
    assert open_one.code in html and "Còn 11/12 chỗ" in html
    title = html[html.index("<title>") + 7 : html.index("</title>")]
    assert title.count("Lớp học Truyền thông chính sách") == 1
    assert 'rel="icon"' in html and "favicon.svg" in html


def test_open_sessions_cost_two_queries_however_many(course, django_assert_num_queries):
    for _ in range(3):
        make_session(course)
    with django_assert_num_queries(2):  # the sessions with their counts, then their days
        sessions = open_sessions()
        assert [session.seats_left for session in sessions] == [10, 10, 10]
        assert all(session.course.title for session in sessions)


def test_the_dashboard_takes_a_fixed_number_of_queries_whatever_the_history(
    client, catalogue, trainee, fresh_cache, django_assert_max_num_queries
):
    """Góc học tập reads each kind of thing once (enrolments, days, progress, courses, quizzes, attempts,
    attendance, certificates): a trainee with three times the history costs no more queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from courses.services import enrol_trainee, mark_lesson_done
    from tests.courses.conftest import make_course
    from tests.quizzes.conftest import make_quiz

    def grow(n):
        for _ in range(n):
            course = make_course(catalogue)
            make_quiz(course)
            enrol_trainee(make_session(course), trainee, acting_user=trainee)
            mark_lesson_done(lessons_of(course)[0], user=trainee)

    grow(1)
    login(client, trainee)
    client.get("/hoc-tap-cua-toi/")  # the session is written once, when its e-mail is first checked
    with CaptureQueriesContext(connection) as small:
        assert client.get("/hoc-tap-cua-toi/").status_code == 200
    grow(2)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get("/hoc-tap-cua-toi/")
    assert response.status_code == 200
    # Session and user, enrolments and their days (read once for the courses, the quizzes and the attendance),
    # progress, courses and lessons, quizzes and attempts, attendance marks and rules, certificates, the admin
    # link and focal point checks: 20 here, where the session is in the database and the page cache is off
    # (site settings read each time); 15 when built in production with Redis, 1 coming back
    # (tests/courses/test_dashboard_cache.py).
    assert len(small.captured_queries) <= 20
