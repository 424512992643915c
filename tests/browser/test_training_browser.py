"""Trainees and trainers in a real browser: quiz answers saved as one goes, attendance saved on click."""

import pytest

from courses.attendance.models import AttendanceRecord
from courses.quizzes.models import AttemptAnswer, QuizAttempt

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_quiz_answers_are_saved_as_chosen_and_survive_a_reload(live_server, page, quiz_for_trainee):
    quiz, trainee, session = quiz_for_trainee()

    page.goto(f"{live_server.url}/bai-kiem-tra/{quiz.pk}/")
    page.locator("form[action$='/bat-dau/'] button[type=submit]").click()
    page.wait_for_url("**/bai-lam/**")
    attempt = QuizAttempt.objects.get(quiz=quiz, user=trainee)
    assert attempt.session == session
    first = page.locator("fieldset.quiz-question").first
    first.locator("input").nth(0).check()
    first.locator(".quiz-status", has_text="Đã lưu").wait_for()
    saved = AttemptAnswer.objects.get(attempt=attempt)
    # The page names choices by position; the server stores the choice shown first.
    assert first.locator("input").nth(0).get_attribute("value") == "1"
    assert saved.selected == [attempt.layout[0]["c"][0]]

    page.reload()
    assert page.locator("fieldset.quiz-question").first.locator("input").nth(0).is_checked()
    # Nothing on the open attempt's page tells which choice is right.
    assert "Đáp án đúng" in page.content()  # the choice text is there...
    assert "is_correct" not in page.content() and "quiz-correct" not in page.content()  # ...but not its mark

    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("#quiz-form button[value=submit]").click()
    page.wait_for_url("**/ket-qua/**")
    attempt.refresh_from_db()
    assert attempt.submitted_at is not None
    assert "Kết quả" in page.content() or "Đạt" in page.content() or "Không đạt" in page.content()


def test_roll_call_saves_each_click_without_reloading(page, roll_call):
    day, enrolments = roll_call
    row = page.locator(f"tr.attendance-row[data-enrolment='{enrolments[0].pk}']")
    row.locator("button[data-status=late]").click()
    row.locator("button[data-status=late][aria-pressed=true]").wait_for()
    for _ in range(40):
        if AttendanceRecord.objects.filter(enrolment=enrolments[0], day=day).exists():
            break
        page.wait_for_timeout(100)
    assert AttendanceRecord.objects.get(enrolment=enrolments[0], day=day).status == "late"

    page.locator("#mark-all").click()
    for _ in range(40):
        if AttendanceRecord.objects.filter(day=day).count() == 3:
            break
        page.wait_for_timeout(100)
    statuses = dict(AttendanceRecord.objects.filter(day=day).values_list("enrolment_id", "status"))
    assert statuses == {enrolments[0].pk: "late", enrolments[1].pk: "present", enrolments[2].pk: "present"}
