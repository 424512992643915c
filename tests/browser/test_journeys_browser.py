"""End-to-end journeys, one per role, in a real browser at 1280 px (a desktop) and 390 px (a phone).

Each journey walks what a person does from the first page to the result they came for, against a live server;
where another person acts in between (a trainer issuing certificates, the session's day arriving), the test
does it through the services between two browser steps. A failure leaves a screenshot and the page's console
in test-artifacts/ (see conftest.py).
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Mat-khau-2026!"  # tests.factories.UserFactory's
VALID, REVOKED = "Giấy chứng nhận hợp lệ.", "Đã bị thu hồi."


@pytest.fixture(params=[1280, 390], ids=["desktop", "phone"])
def width(request, page):
    page.set_viewport_size({"width": request.param, "height": 900 if request.param > 400 else 844})
    return request.param


def no_sideways_scroll(page) -> bool:
    return page.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth")


def wait_until(predicate, page, *, tries: int = 60, step_ms: int = 100):
    """Poll the database (the live server writes in its own thread) until `predicate()` is truthy."""
    for _ in range(tries):
        value = predicate()
        if value:
            return value
        page.wait_for_timeout(step_ms)
    return predicate()


def catalogue():
    from cms_site.models import HomePage
    from courses.models import CourseIndexPage

    index = CourseIndexPage(title="Khóa học", slug="khoa-hoc")
    HomePage.objects.get().add_child(instance=index)
    return index


def sign_in_with_form(page, live_server, user, *, next_url: str = "/"):
    page.goto(f"{live_server.url}/tai-khoan/login/?next={next_url}")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()


def outbox_link(pattern: str) -> str:
    """The first link matching `pattern` in the mail sent so far (the outbox delivers through locmem)."""
    for message in reversed(mail.outbox):
        bodies = [message.body, *(content for content, _type in getattr(message, "alternatives", []))]
        for body in bodies:
            found = re.search(pattern, body)
            if found:
                return found.group(0)
    raise AssertionError(f"no link like {pattern!r} in {len(mail.outbox)} e-mails")


# --- 1. Trainee ---------------------------------------------------------------------------------------


def test_trainee_signs_up_learns_checks_in_passes_and_gets_the_certificate(
    live_server, page, width, signing, manager
):
    from certificates.models import Certificate, CertificateSettings
    from certificates.services import issue_certificate
    from courses.attendance import codes
    from courses.attendance.models import AttendanceRecord
    from courses.models import Enrolment, EnrolmentStatus, LessonPage, LessonProgress, SessionStatus
    from courses.quizzes.models import QuizAttempt
    from lms.people.models import User
    from tests.conftest import site_settings
    from tests.courses.conftest import make_course, make_session
    from tests.factories import OrganisationFactory
    from tests.quizzes.conftest import make_question, make_quiz

    settings.SITE_URL = live_server.url  # links in the e-mails point at this server
    site_settings(CertificateSettings, issuing_body="Cục Báo chí", place="Hà Nội", signer_name="Trần Văn Minh")
    OrganisationFactory(name="Sở Thông tin và Truyền thông tỉnh Nghệ An")
    course = make_course(catalogue(), lessons=2)
    session = make_session(course, capacity=20, start_in=1, days=1)
    for _ in range(3):
        make_question(course)
    quiz = make_quiz(course, question_count=3, shuffle_choices=False, time_limit_minutes=None, pass_mark=50)
    lesson = LessonPage.objects.child_of(course).order_by("path").first()

    # Signs up, in Vietnamese.
    page.goto(f"{live_server.url}/tai-khoan/signup/")
    assert page.locator("html").get_attribute("lang") == "vi"
    page.fill("#id_email", "mai.anh@nghean.gov.vn")
    page.fill("#id_family_name", "Đặng")
    page.fill("#id_middle_name", "Thị")
    page.fill("#id_given_name", "Mai Anh")
    page.locator("input.select-search").fill("nghe an")
    page.fill("#id_position", "Chuyên viên")
    page.select_option("#id_trainee_category", "communication_officer")
    page.fill("#id_password1", "Truyen-thong-2026!")
    page.fill("#id_password2", "Truyen-thong-2026!")
    page.get_by_role("button", name="Đăng ký").last.click()
    page.wait_for_load_state()
    assert "xác nhận" in page.content().lower()
    trainee = User.objects.get(email="mai.anh@nghean.gov.vn")
    assert trainee.full_name == "Đặng Thị Mai Anh"

    # Verifies the address from the e-mail it was sent.
    link = outbox_link(r"https?://[^\s\"'<>]+/tai-khoan/confirm-email/[^\s\"'<>]+")
    page.goto(live_server.url + link[link.index("/tai-khoan/") :])
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    assert trainee.emailaddress_set.get().verified

    # Reads a lesson and marks it done.
    page.goto(live_server.url + lesson.url)
    assert no_sideways_scroll(page)
    page.get_by_role("button", name="Đánh dấu đã học xong").click()
    page.get_by_role("button", name="Bỏ đánh dấu hoàn thành").wait_for()
    assert LessonProgress.objects.filter(user=trainee, lesson=lesson).exists()

    # Enrols in the open session, from the course page.
    page.goto(live_server.url + course.url)
    page.locator(f"a[href='/lop/{session.pk}/']").first.click()
    page.wait_for_url(f"**/lop/{session.pk}/")
    page.locator(f"form[action='/lop/{session.pk}/dang-ky/'] button").click()
    page.wait_for_load_state()
    enrolment = Enrolment.objects.get(session=session, user=trainee)
    assert enrolment.status == EnrolmentStatus.CONFIRMED
    assert no_sideways_scroll(page)

    # The day comes: the session starts today, and the trainer's screen shows the check-in QR code.
    day = session.days.get()
    day.date = timezone.localdate()
    day.save()
    session.status = SessionStatus.IN_PROGRESS
    session.save()
    code = codes.make_code(session_id=session.pk, day_id=day.pk, now=timezone.now())
    page.goto(live_server.url + codes.check_in_path(day_id=day.pk, code=code))
    assert page.locator("h1").inner_text().startswith("Đã điểm danh")
    assert AttendanceRecord.objects.get(enrolment=enrolment, day=day).status in {"present", "late"}

    # Takes the quiz to the end.
    page.goto(f"{live_server.url}/bai-kiem-tra/{quiz.pk}/")
    page.locator("form[action$='/bat-dau/'] button[type=submit]").click()
    page.wait_for_url("**/bai-lam/**")
    questions = page.locator("fieldset.quiz-question")
    assert questions.count() == 3
    for index in range(3):
        questions.nth(index).locator("input").nth(0).check()  # "Đáp án đúng", unshuffled
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("#quiz-form button[value=submit]").click()
    page.wait_for_url("**/ket-qua/**")
    attempt = QuizAttempt.objects.get(quiz=quiz, user=trainee)
    assert attempt.submitted_at is not None and attempt.passed
    assert "Đạt" in page.content()

    # The trainer issues the certificate once the day is over.
    certificate = issue_certificate(enrolment, acting_user=manager).certificate

    # Finds everything on "Góc học tập": the lesson, the session, the certificate.
    page.goto(f"{live_server.url}/hoc-tap-cua-toi/")
    assert "Góc học tập" in page.locator("h1").inner_text()
    assert no_sideways_scroll(page)
    dashboard = page.locator("main").inner_text()
    assert session.code in dashboard and course.title in dashboard and certificate.number in dashboard

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Tải tệp PDF").first.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    assert open(download.path(), "rb").read(5) == b"%PDF-"

    page.get_by_role("link", name="Trang xác minh").first.click()
    page.wait_for_url(f"**/chung-nhan/{certificate.code}/")
    verification = page.locator("main").inner_text()
    assert certificate.number in verification and "Đặng Thị Mai Anh" in verification
    assert page.locator("[role=status] strong").inner_text() == VALID
    assert no_sideways_scroll(page)
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1


# --- 2. Focal point -----------------------------------------------------------------------------------


def test_focal_point_opens_the_invitation_nominates_two_officers_and_gets_the_letter(
    live_server, page, width, signing, manager
):
    from courses.models import Enrolment, EnrolmentMode, EnrolmentStatus
    from courses.nominations import services as nominations
    from courses.nominations.models import FocalPoint, Nomination
    from lms.people.models import User
    from tests.courses.conftest import make_course, make_session
    from tests.factories import OrganisationFactory, UserFactory
    from courses.nominations.models import LetterSettings
    from tests.conftest import site_settings
    from tests.nominations.conftest import LETTER_AUTHORITY

    settings.SITE_URL = live_server.url
    site_settings(LetterSettings, **LETTER_AUTHORITY)
    session = make_session(
        make_course(catalogue(), lessons=0), capacity=30, enrolment_mode=EnrolmentMode.NOMINATION
    )
    unit = OrganisationFactory(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai")
    focal = UserFactory(organisation=unit, given_name="Lan", roles=[settings.ROLE_TRAINEES])
    FocalPoint.objects.create(organisation=unit, user=focal)
    colleague = UserFactory(
        organisation=unit, family_name="Phạm", middle_name="Minh", given_name="Tuấn", roles=[settings.ROLE_TRAINEES]
    )
    [invitation] = nominations.invite_organisations(
        session, [unit], quota=2, deadline=timezone.now() + timedelta(days=5), acting_user=manager
    )

    # Opens the invitation e-mail: its letter is attached, its link leads to the unit's page (after signing in).
    [message] = [message for message in mail.outbox if focal.email in message.to]
    assert [name for name, _content, _type in message.attachments][0].endswith(".pdf")
    link = outbox_link(r"https?://[^\s\"'<>]+/don-vi/de-cu/[^\s\"'<>]*")
    page.goto(live_server.url + link[link.index("/don-vi/") :])
    page.wait_for_url("**/tai-khoan/login/**")
    page.fill("input[name=login]", focal.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/don-vi/de-cu/**")
    if not page.url.endswith(f"/don-vi/de-cu/{invitation.pk}/"):
        page.get_by_role("link", name=f"{session.code} — {session.title}").click()
        page.wait_for_url(f"**/don-vi/de-cu/{invitation.pk}/")
    page.get_by_text("Đã cử 0/2 người, còn 2").wait_for()
    assert no_sideways_scroll(page)

    # Nominates a colleague who has an account, then a new person.
    page.select_option("select#person", str(colleague.pk))
    page.locator("form[action$='/cu-nguoi/'] button[type=submit]").click()
    page.get_by_text("Đã cử 1/2 người, còn 1").wait_for()
    page.fill("input[name=family_name]", "Hoàng")
    page.fill("input[name=middle_name]", "Thị Thu")
    page.fill("input[name=given_name]", "Hà")
    page.fill("input[name=email]", "thu.ha@laocai.gov.vn")
    page.fill("input[name=position]", "Chuyên viên")
    page.select_option("select[name=trainee_category]", "communication_officer")
    page.locator("form[action$='/nguoi-moi/'] button[type=submit]").click()
    page.get_by_text("Đã cử 2/2 người, còn 0").wait_for()
    listed = page.locator("main").inner_text()
    assert "Phạm Minh Tuấn" in listed and "Hoàng Thị Thu Hà" in listed
    assert no_sideways_scroll(page)
    newcomer = User.objects.get(email="thu.ha@laocai.gov.vn")
    assert set(Nomination.objects.values_list("user_id", flat=True)) == {colleague.pk, newcomer.pk}
    assert Enrolment.objects.filter(session=session, status=EnrolmentStatus.CONFIRMED).count() == 2

    # Downloads the signed invitation letter.
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Tải giấy mời")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    from lms.signatures import check_pdf_signature

    check = check_pdf_signature(open(download.path(), "rb").read(), trusted_certificates=[])
    assert check.signed and check.intact
