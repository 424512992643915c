"""Evidence is kept: enrolments with their events, attendance marks and quiz attempts are never deleted in
cascade, and the admin says so (in Vietnamese) instead of answering with a server error."""

from __future__ import annotations

import pytest
from django.db.models import ProtectedError

from courses import services
from courses.attendance.models import AttendanceRecord
from courses.attendance.services import record_attendance
from courses.models import Enrolment, EnrolmentEvent, SessionDay, TrainingSession
from courses.quizzes.models import Quiz, QuizAttempt
from lms.people.models import User
from tests.conftest import login, row_counts
from tests.courses.conftest import make_session, make_trainees
from tests.courses.test_lifecycle import edit_data

pytestmark = pytest.mark.django_db

KEEP = "không thể xóa lớp"


@pytest.fixture
def marked(course, trainer):
    """A session with one confirmed trainee marked present on its first day."""
    session = make_session(course, trainers=[trainer], start_in=0)
    [person] = make_trainees(1)
    enrolment = services.enrol_trainee(session, person, acting_user=trainer)
    day = session.days.order_by("date").first()
    record_attendance(enrolment, day, status="present", acting_user=trainer)
    return session, enrolment, day


def test_nothing_that_holds_evidence_deletes_it_in_cascade(marked, course):
    session, enrolment, day = marked
    for thing in (session, enrolment, day, enrolment.user):
        with pytest.raises(ProtectedError):
            thing.delete()
    quiz = Quiz.objects.create(
        course=course, title="Bài kiểm tra", question_count=1, attempts_allowed=1, pass_mark=50
    )
    QuizAttempt.objects.create(quiz=quiz, user=enrolment.user, session=session, number=1)
    with pytest.raises(ProtectedError):
        quiz.delete()
    assert row_counts(EnrolmentEvent, AttendanceRecord, QuizAttempt) == (1, 1, 1)


def test_the_admin_offers_cancel_instead_of_deleting_a_session_with_enrolments(
    client, marked, manager, course
):
    session, _enrolment, _day = marked
    empty = make_session(course)
    login(client, manager)
    listing = client.get("/admin/courses/sessions/").content.decode()
    assert f"/admin/courses/sessions/delete/{session.pk}/" not in listing
    assert f"/admin/courses/sessions/delete/{empty.pk}/" in listing
    page = client.get(f"/admin/courses/sessions/delete/{session.pk}/")
    assert page.status_code == 200
    content = page.content.decode()
    assert KEEP in content and "Đã hủy" in content
    assert f'action="/admin/courses/sessions/delete/{session.pk}/"' not in content
    response = client.post(f"/admin/courses/sessions/delete/{session.pk}/", follow=True)
    assert response.status_code == 200
    assert KEEP in response.content.decode()
    assert TrainingSession.objects.filter(pk=session.pk).exists()
    # A session nobody enrolled in (a mistake) is deleted as before.
    assert client.post(f"/admin/courses/sessions/delete/{empty.pk}/").status_code == 302
    assert not TrainingSession.objects.filter(pk=empty.pk).exists()


def test_removing_a_day_with_marks_from_the_programme_is_a_form_error(client, marked, manager):
    session, _enrolment, day = marked
    login(client, manager)
    data = edit_data(client, session)
    index = next(i for i in range(2) if str(data.get(f"days-{i}-id")) == str(day.pk))
    data[f"days-{index}-DELETE"] = "on"
    response = client.post(f"/admin/courses/sessions/edit/{session.pk}/", data)
    assert response.status_code == 200
    assert "đã có điểm danh" in str(response.context["form"].non_field_errors())
    assert SessionDay.objects.filter(pk=day.pk).exists()
    assert AttendanceRecord.objects.filter(day=day).count() == 1


def test_any_other_admin_delete_of_evidence_comes_back_with_a_message(client, marked, course, superuser):
    _session, enrolment, _day = marked
    quiz = Quiz.objects.create(
        course=course, title="Bài kiểm tra", question_count=1, attempts_allowed=1, pass_mark=50
    )
    QuizAttempt.objects.create(quiz=quiz, user=enrolment.user, number=1)
    login(client, superuser)
    for url, model, pk in (
        (f"/admin/quizzes/quizzes/delete/{quiz.pk}/", Quiz, quiz.pk),
        (f"/admin/users/delete/{enrolment.user_id}/", User, enrolment.user_id),
    ):
        assert client.get(url).status_code == 200, url
        response = client.post(url, HTTP_REFERER=f"http://testserver{url}", follow=True)
        assert response.status_code == 200, url
        assert "Không thể xóa" in response.content.decode(), url
        assert model.objects.filter(pk=pk).exists()
    assert Enrolment.objects.filter(pk=enrolment.pk).exists()
