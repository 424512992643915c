"""A person's training record: sessions with their attendance rate, certificates, quiz results; the admin screen
(managers: anyone; trainers: the people of their sessions), the trainee's own page, PDF and XLSX."""

import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.quizzes.models import GradingMethod, Quiz, QuizAttempt
from lms.reports.exports import record_pdf
from lms.reports.records import training_record
from tests.conftest import login
from tests.factories import UserFactory
from tests.pdfs import pdf_fonts, pdf_text
from tests.reports import builders
from tests.reports.conftest import A, P, add_days, attend

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 11, 30)


def attempt(quiz, user, session, *, number, score, days_ago=1):
    return QuizAttempt.objects.create(
        quiz=quiz,
        user=user,
        session=session,
        number=number,
        submitted_at=timezone.now() - dt.timedelta(days=days_ago),
        score=Decimal(score),
        passed=Decimal(score) >= quiz.pass_mark,
    )


def test_the_record_lists_sessions_certificates_and_quiz_results(year_2026):
    record = training_record(year_2026["an"], today=TODAY)
    rows = [(line.rate.attended, line.rate.planned, line.rate.percent) for line in record.sessions]
    assert sorted(rows) == [(0, 2, 0.0), (5, 5, 100.0)]
    first = next(line for line in record.sessions if line.rate.planned == 5)
    assert first.certificate is not None and first.certificate.number.endswith("/2026/CN")
    [certificate] = record.certificates
    assert certificate.state_label == "Còn hiệu lực"
    assert certificate.verification_url.endswith(f"/chung-nhan/{certificate.certificate.code}/")
    [quiz] = record.quizzes
    assert (quiz.attempt.score, quiz.attempt.passed, quiz.attempts) == (Decimal("80"), True, 1)


def test_attendance_follows_the_sessions_excused_rule_as_eligibility_does(db, trainer):
    from courses.attendance.models import AttendancePolicy, AttendanceStatus

    person = UserFactory()
    held = builders.session(builders.course(training=False), attendance_threshold=80)
    AttendancePolicy.objects.create(session=held, excused_counts=True)
    attend(builders.enrol(held, person), add_days(held, 4), [P, AttendanceStatus.EXCUSED, P, A], by=trainer)
    [line] = training_record(person, today=TODAY).sessions
    assert (line.rate.attended, line.rate.percent, line.below) == (3, 75.0, True)


def test_the_best_graded_attempt_counts_and_practice_quizzes_do_not(year_2026):
    an = year_2026["an"]
    quiz = Quiz.objects.get(title="Kiểm tra")
    session = QuizAttempt.objects.get(user=an, quiz=quiz).session
    attempt(quiz, an, session, number=2, score="95")
    attempt(quiz, an, session, number=3, score="60")
    practice = Quiz.objects.create(course=quiz.course, title="Luyện tập", pass_mark=50, is_practice=True)
    attempt(practice, an, session, number=1, score="100")
    [line] = training_record(an, today=TODAY).quizzes
    assert (line.quiz.title, line.attempt.score, line.attempts) == ("Kiểm tra", Decimal("95"), 3)
    quiz.grading_method = GradingMethod.LAST
    quiz.save()
    [line] = training_record(an, today=TODAY).quizzes
    assert line.attempt.score == Decimal("80")  # submitted last (a day before the others)


def test_a_revoked_certificate_is_marked_and_leaves_its_session_without_one(year_2026):
    record = training_record(year_2026["ha"], today=TODAY)
    assert [line.state_label for line in record.certificates] == ["Đã thu hồi"]
    assert [line.certificate for line in record.sessions] == [None]


def test_the_record_takes_a_fixed_number_of_queries(year_2026, trainer):
    an = year_2026["an"]
    with CaptureQueriesContext(connection) as before:
        training_record(an, today=TODAY)
    quiz = Quiz.objects.get(title="Kiểm tra")
    for number in range(4):
        session = builders.session(quiz.course)
        attend(builders.enrol(session, an), add_days(session, 3), [P, P, A], by=trainer)
        builders.certificate(session, an, issued_on=dt.date(2026, 5, number + 1))
        attempt(quiz, an, session, number=1, score="75")
    with CaptureQueriesContext(connection) as after:
        record = training_record(an, today=TODAY)
    assert (len(record.sessions), len(record.certificates), len(record.quizzes)) == (6, 5, 5)
    assert len(after.captured_queries) == len(before.captured_queries) <= 8


# --- the admin screen --------------------------------------------------------------------------------------


@pytest.fixture
def trained_session(year_2026, trainer):
    """The trainer is assigned to the session of An, Bình, Cường and Dũng; Hà is in another one only."""
    session = QuizAttempt.objects.filter(user=year_2026["an"]).first().session
    session.trainers.add(trainer)
    session.save()
    return session


def record_url(person, **query):
    url = reverse("reports_training_record", args=[person.pk])
    return f"{url}?download={query['download']}" if query else url


def test_managers_read_anyones_record(client, manager, year_2026):
    login(client, manager)
    response = client.get(record_url(year_2026["ha"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Quá trình bồi dưỡng" in html
    assert year_2026["ha"].full_name in html


def test_trainers_read_only_the_records_of_people_in_their_sessions(
    client, trainer, year_2026, trained_session
):
    login(client, trainer)
    assert client.get(record_url(year_2026["dung"])).status_code == 200
    # Hà is not in the trainer's session: her record, its PDF and XLSX are not found, by id or by guess.
    for url in (record_url(year_2026["ha"]), record_url(year_2026["ha"], download="pdf")):
        assert client.get(url).status_code == 404
    assert client.get(record_url(year_2026["ha"], download="xlsx")).status_code == 404
    assert client.get("/admin/programme-reports/training-record/999999/").status_code == 404
    listing = client.get(reverse("reports_training_records")).content.decode()
    assert record_url(year_2026["dung"]) in listing and record_url(year_2026["ha"]) not in listing


def test_other_roles_do_not_read_records(client, editor, trainee, year_2026):
    login(client, editor)
    assert client.get(record_url(year_2026["an"])).status_code == 404
    login(client, trainee)
    assert client.get(record_url(trainee)).status_code in (302, 403)


def test_the_admin_xlsx_and_pdf(client, manager, year_2026):
    login(client, manager)
    response = client.get(record_url(year_2026["an"], download="xlsx"))
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Học viên", "Các lớp", "Giấy chứng nhận", "Kết quả bài kiểm tra"]
    sessions = list(workbook["Các lớp"].iter_rows(min_row=2, values_only=True))
    assert sorted(row[5] for row in sessions) == [0, 100]
    response = client.get(record_url(year_2026["an"], download="pdf"))
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content, sep="")
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "QUÁ TRÌNH BỒI DƯỠNG" in text
    assert year_2026["an"].full_name in text
    assert "ngày" in text and "tháng" in text  # the place and date, Decree 30 style


def test_the_pdf_embeds_every_font(year_2026):
    fonts = pdf_fonts(record_pdf(training_record(year_2026["an"], today=TODAY)))
    assert fonts and all(embedded for _name, embedded in fonts)


def test_the_record_is_linked_from_the_users_enrolments_and_certificates_screens(
    client, manager, superuser, year_2026, trained_session
):
    url = record_url(year_2026["an"])
    login(client, superuser)
    assert url in client.get(reverse("wagtailusers_users:index")).content.decode()
    login(client, manager)
    found = client.get(reverse("reports_training_records"), {"q": year_2026["an"].email}).content.decode()
    assert url in found and record_url(year_2026["ha"]) not in found
    assert (
        url in client.get(reverse("courses_session_enrolments", args=[trained_session.pk])).content.decode()
    )
    assert url in client.get(reverse("certificates_session", args=[trained_session.pk])).content.decode()


# --- the trainee's own page ------------------------------------------------------------------------------------


def test_the_trainee_reads_their_own_record_and_its_pdf(client, year_2026):
    an = year_2026["an"]
    login(client, an)
    learning = client.get(reverse("courses:my_learning")).content.decode()
    assert reverse("reports:my_training_record") in learning
    response = client.get(reverse("reports:my_training_record"))
    html = response.content.decode()
    assert response.status_code == 200
    assert an.full_name in html and year_2026["ha"].full_name not in html
    assert "/chung-nhan/" in html
    pdf = client.get(reverse("reports:my_training_record_pdf"))
    text = pdf_text(pdf.content, sep="")
    assert an.full_name in text


def test_the_trainee_record_needs_a_login(client):
    response = client.get(reverse("reports:my_training_record"))
    assert response.status_code == 302
