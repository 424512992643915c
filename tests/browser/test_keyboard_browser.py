"""Keyboard only: a trainee enrols and takes a quiz to the end, a trainer takes the roll call, with Tab, Shift+Tab,
Space, Enter and the arrow keys; no mouse click anywhere."""

from __future__ import annotations

import pytest
from django.conf import settings

from tests.browser.steps import catalogue_course

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def tab_to(page, selector: str, *, backwards: bool = False, limit: int = 250) -> None:
    """Press Tab (Shift+Tab backwards) until the focused element matches `selector`, as a keyboard user would."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} is never reached with {key}")


def focused(page) -> str:
    return page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)")


def test_a_trainee_enrols_with_the_keyboard_alone(live_server, page, browser_login):
    from courses.models import Enrolment, EnrolmentStatus
    from tests.courses.conftest import make_session
    from tests.factories import UserFactory

    course = catalogue_course()
    session = make_session(course, capacity=10)
    trainee = UserFactory(roles=[settings.ROLE_TRAINEES])
    browser_login(trainee)

    page.goto(live_server.url + course.url)
    tab_to(page, f"a[href='/lop/{session.pk}/']")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/lop/{session.pk}/")
    tab_to(page, f"form[action='/lop/{session.pk}/dang-ky/'] button")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    page.locator(f"a[href='/lop/{session.pk}/huy-dang-ky/']").wait_for()
    assert Enrolment.objects.get(session=session, user=trainee).status == EnrolmentStatus.CONFIRMED


def test_a_trainee_takes_a_quiz_to_the_end_with_the_keyboard_alone(live_server, page, quiz_for_trainee):
    from courses.quizzes.models import QuizAttempt

    quiz, trainee, _session = quiz_for_trainee(time_limit_minutes=None, pass_mark=60)

    page.goto(f"{live_server.url}/bai-kiem-tra/{quiz.pk}/")
    tab_to(page, "form[action$='/bat-dau/'] button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**/bai-lam/**")
    questions = page.locator("fieldset.quiz-question")
    assert questions.count() == 3
    q1, q2, q3 = (f"#{name} input" for name in questions.evaluate_all("sets => sets.map(s => s.id)"))
    # First question: Tab into its choices, Space picks the focused (first, right) one.
    tab_to(page, q1)
    page.keyboard.press("Space")
    # Second: Tab in, then an arrow key moves the choice to the second (a wrong one).
    tab_to(page, q2)
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    # Third: Tab past it to the submit button, then Shift+Tab back into it and Space.
    tab_to(page, "#quiz-form button[value=submit]")
    tab_to(page, q3, backwards=True)
    page.keyboard.press("Space")
    checked = [
        questions.nth(index).locator("input").evaluate_all("inputs => inputs.map(i => i.checked)")
        for index in range(3)
    ]
    assert checked[1] == [False, True, False]
    assert sum(checked[0]) == 1 and sum(checked[2]) == 1
    page.locator(".quiz-status", has_text="Đã lưu").last.wait_for()

    page.once("dialog", lambda dialog: dialog.accept())  # the confirmation: Enter on a native dialog
    tab_to(page, "#quiz-form button[value=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ket-qua/**")
    attempt = QuizAttempt.objects.get(quiz=quiz, user=trainee)
    assert attempt.submitted_at is not None


def test_a_trainer_takes_the_roll_call_with_the_keyboard_alone(page, roll_call):
    from courses.attendance.models import AttendanceRecord

    day, enrolments = roll_call
    rows = page.locator("tr.attendance-row")
    first, second = (rows.nth(index).get_attribute("data-enrolment") for index in range(2))

    # First row: Tab to its "present" button, Space.
    tab_to(page, f"tr.attendance-row[data-enrolment='{first}'] button[data-status=present]")
    page.keyboard.press("Space")
    # Arrow down to the next trainee, Tab along the row to "absent", Enter.
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => document.activeElement.closest('tr').dataset.enrolment") == second
    tab_to(page, f"tr.attendance-row[data-enrolment='{second}'] button[data-status=absent]")
    page.keyboard.press("Enter")
    page.locator(f"tr[data-enrolment='{second}'] button[data-status=absent][aria-pressed=true]").wait_for()
    # Everyone else present: back up to the toolbar's button with Shift+Tab, Enter.
    tab_to(page, "#mark-all", backwards=True)
    page.keyboard.press("Enter")

    expected = {int(first): "present", int(second): "absent"}
    expected.update({e.pk: "present" for e in enrolments if e.pk not in expected})
    from django.db import OperationalError

    for _ in range(60):
        try:
            statuses = dict(AttendanceRecord.objects.filter(day=day).values_list("enrolment_id", "status"))
        except OperationalError:  # SQLite's shared in-memory test database: a table locked by the server
            statuses = {}
        if statuses == expected:
            break
        page.wait_for_timeout(100)
    statuses = dict(AttendanceRecord.objects.filter(day=day).values_list("enrolment_id", "status"))
    assert statuses == expected
