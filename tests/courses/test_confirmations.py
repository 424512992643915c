"""Destructive steps ask first: a trainee's own withdrawal and staff removing someone show what will happen,
with the safe choice as the primary button; only the POST that follows changes anything."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.urls import reverse

from courses import services
from courses.models import Enrolment, EnrolmentStatus
from tests.certificates.conftest import record_attempt
from tests.conftest import login
from tests.courses.conftest import make_session, make_trainees
from tests.factories import UserFactory
from tests.quizzes.conftest import make_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _vietnamese(vietnamese):
    """Every page here is read in Vietnamese."""


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def question(client, page_url: str, question_url: str) -> tuple[str, str, str]:
    """The page links to the question (a link, not a button that acts at once) and the question opens; the
    page's HTML, then the question's text and HTML."""
    page = client.get(page_url).content.decode()
    assert f'href="{question_url}"' in page
    response = client.get(question_url)
    assert response.status_code == 200
    return page, text_of(response), response.content.decode()


@pytest.fixture
def full_session(course, trainer):
    """One seat, taken by A; B waits."""
    session = make_session(course, capacity=1, trainers=[trainer])
    a, b = make_trainees(2)
    first = services.enrol_trainee(session, a, acting_user=a)
    second = services.enrol_trainee(session, b, acting_user=b)
    assert (first.status, second.status) == (EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED)
    return session, first, second


def test_a_trainee_withdraws_only_after_a_confirmation_that_says_what_happens(client, full_session):
    session, first, second = full_session
    login(client, first.user)
    confirm_url = reverse("courses:session_cancel", args=[session.pk])
    _page, text, html = question(client, reverse("courses:session_detail", args=[session.pk]), confirm_url)
    assert f"Hủy đăng ký của bạn khỏi lớp {session.code}" in text
    assert "Chỗ của bạn sẽ được chuyển cho người đầu danh sách chờ." in text
    # The safe choice is the primary button and comes first; the destructive one is secondary.
    keep = html.index("Không, giữ đăng ký")
    cancel = html.index("Có, hủy đăng ký của tôi")
    assert keep < cancel
    assert re.search(r'class="button"\s+href="[^"]+"\s*>\s*Không, giữ đăng ký', html)
    assert Enrolment.objects.get(pk=first.pk).status == EnrolmentStatus.CONFIRMED  # asking changes nothing
    assert client.post(confirm_url).status_code == 302
    assert Enrolment.objects.get(pk=first.pk).status == EnrolmentStatus.CANCELLED
    assert Enrolment.objects.get(pk=second.pk).status == EnrolmentStatus.CONFIRMED
    # Nothing left to cancel: the question is not asked again.
    assert client.get(confirm_url).status_code == 302


def test_a_waitlisted_trainee_is_told_they_lose_their_place(client, full_session):
    session, _first, second = full_session
    login(client, second.user)
    text = text_of(client.get(reverse("courses:session_cancel", args=[session.pk])))
    assert "Bạn sẽ mất vị trí số 1 trong danh sách chờ." in text


def test_staff_removal_names_the_person_the_session_and_the_consequence(client, full_session, trainer):
    session, first, second = full_session
    login(client, trainer)
    enrolments_url = reverse("courses_session_enrolments", args=[session.pk])
    listing, text, html = question(
        client, enrolments_url, reverse("courses_enrolment_remove", args=[first.pk])
    )
    assert 'name="action" value="remove"' not in listing  # no one-click removal left on the list
    assert f"Hủy đăng ký của {first.user.full_name} khỏi lớp {session.code}" in text
    assert "Chỗ sẽ được chuyển cho người đầu danh sách chờ." in text
    assert html.index("Không, giữ đăng ký") < html.index("Có, hủy đăng ký")
    assert Enrolment.objects.get(pk=first.pk).status == EnrolmentStatus.CONFIRMED
    # The confirmation posts to the enrolments page's one removal path.
    client.post(
        reverse("courses_session_enrolments", args=[session.pk]),
        {"action": "remove", "enrolment": first.pk, "note": "Đơn vị cử người khác"},
    )
    assert Enrolment.objects.get(pk=first.pk).status == EnrolmentStatus.CANCELLED
    assert Enrolment.objects.get(pk=second.pk).status == EnrolmentStatus.CONFIRMED


def test_another_trainer_cannot_open_the_confirmation_or_the_move_page(client, full_session):
    _session, first, _second = full_session
    stranger = UserFactory(roles=[settings.ROLE_TRAINERS])
    login(client, stranger)
    for name in ("courses_enrolment_remove", "courses_enrolment_move", "quiz_results:trainee"):
        assert client.get(reverse(name, args=[first.pk])).status_code == 404, name


def test_the_enrolments_page_has_select_all_links_and_a_compact_move(client, course, trainer):
    session = make_session(course, capacity=1, requires_approval=True, trainers=[trainer])
    other = make_session(course, trainers=[trainer])
    a, b = make_trainees(2)
    ea, _eb = (services.enrol_trainee(session, person, acting_user=person) for person in (a, b))
    services.confirm_enrolment(ea, acting_user=trainer)
    login(client, trainer)
    html = client.get(reverse("courses_session_enrolments", args=[session.pk])).content.decode()
    assert 'data-controller="w-bulk"' in html and 'data-w-bulk-target="all"' in html
    assert html.count('data-w-bulk-target="item"') == 1  # only the pending request can be selected
    assert f'href="{reverse("quiz_results:trainee", args=[ea.pk])}"' in html
    assert '<select name="to_session"' not in html  # the wide per-row list is gone
    move = client.get(reverse("courses_enrolment_move", args=[ea.pk]))
    assert other.code in move.content.decode() and course.title in move.content.decode()
    assert 'class="enrolment-badge enrolment-badge--confirmed"' in html
    assert 'class="enrolment-badge enrolment-badge--pending"' in html


def test_the_trainee_record_lists_attempts_with_distinct_pass_and_fail_badges(client, course, trainer):
    session = make_session(course, trainers=[trainer])
    person = make_trainees(1)[0]
    enrolment = services.enrol_trainee(session, person, acting_user=person)
    quiz = make_quiz(course)  # pass mark 70
    record_attempt(quiz, enrolment, score="40", number=1)
    record_attempt(quiz, enrolment, score="90", number=2)
    login(client, trainer)
    response = client.get(reverse("quiz_results:trainee", args=[enrolment.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert person.email in html and "Bài kiểm tra cuối khóa" in html
    assert html.count("result-badge--pass") == 2  # the quiz's result and the passing attempt
    assert html.count("result-badge--fail") == 1
    assert "courses/admin.css" in html
    css = (settings.BASE_DIR / "courses/static/courses/admin.css").read_text()
    pass_rule = re.search(r"\.result-badge--pass \{([^}]*)\}", css).group(1)
    fail_rule = re.search(r"\.result-badge--fail \{([^}]*)\}", css).group(1)
    assert pass_rule != fail_rule


def test_the_enrolments_page_shows_each_quiz_result_as_a_badge_in_constant_queries(client, course, trainer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    session = make_session(course, capacity=20, trainers=[trainer])
    quiz = make_quiz(course, required_for_certificate=True)  # pass mark 70

    def enrol_with_result(count: int, passed: bool | None) -> None:
        for person in make_trainees(count):
            enrolment = services.enrol_trainee(session, person, acting_user=person)
            if passed is not None:
                record_attempt(quiz, enrolment, score="90" if passed else "30")

    enrol_with_result(1, True)
    enrol_with_result(1, False)
    enrol_with_result(1, None)
    login(client, trainer)
    url = reverse("courses_session_enrolments", args=[session.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        html = client.get(url).content.decode()
    assert html.count("result-badge--pass") == 1 and html.count("result-badge--fail") == 1
    enrol_with_result(4, True)
    enrol_with_result(4, False)
    with CaptureQueriesContext(connection) as many:
        html = client.get(url).content.decode()
    assert html.count("result-badge--pass") == 5 and html.count("result-badge--fail") == 5
    assert len(many.captured_queries) == len(few.captured_queries)
