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

from tests.browser import steps
from tests.browser.steps import no_sideways_scroll
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

VALID, REVOKED = "Giấy chứng nhận hợp lệ.", "Đã bị thu hồi."


@pytest.fixture(params=[1280, 390], ids=["desktop", "phone"])
def width(request, page):
    page.set_viewport_size({"width": request.param, "height": 900 if request.param > 400 else 844})
    return request.param


def wait_until(predicate, page, *, tries: int = 60, step_ms: int = 100):
    """Poll the database (the live server writes in its own thread) until `predicate()` is truthy."""
    from django.db import OperationalError

    for _ in range(tries):
        try:
            value = predicate()
        except OperationalError:  # SQLite's shared in-memory test database: a table locked by the server
            value = None
        if value:
            return value
        page.wait_for_timeout(step_ms)
    return predicate()


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
    live_server, page, width, signing, manager, settings
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
    site_settings(
        CertificateSettings, issuing_body="Cục Báo chí", place="Hà Nội", signer_name="Trần Văn Minh"
    )
    OrganisationFactory(name="Sở Thông tin và Truyền thông tỉnh Nghệ An")
    course = make_course(steps.catalogue(), lessons=2)
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
    live_server, page, width, signing, manager, settings
):
    from courses.models import Enrolment, EnrolmentMode, EnrolmentStatus
    from courses.nominations import services as nominations
    from courses.nominations.models import LetterSettings, Nomination
    from lms.people.models import User
    from tests.conftest import site_settings
    from tests.courses.conftest import make_course, make_session
    from tests.nominations.conftest import LETTER_AUTHORITY

    settings.SITE_URL = live_server.url
    site_settings(LetterSettings, **LETTER_AUTHORITY)
    session = make_session(
        make_course(steps.catalogue(), lessons=0), capacity=30, enrolment_mode=EnrolmentMode.NOMINATION
    )
    unit, focal, colleague = steps.unit_with_focal_point()
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
    steps.nominate_colleague(page, colleague)
    steps.nominate_newcomer(page)
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


# --- 3. Trainer ---------------------------------------------------------------------------------------


def test_trainer_takes_the_roll_call_sees_who_falls_behind_and_issues_the_certificates(
    live_server, page, width, signing, trainer, browser_login
):
    from certificates.models import Certificate, CertificateSettings
    from courses.attendance import services as attendance
    from courses.attendance.models import AttendanceRecord, AttendanceStatus
    from tests.attendance.factories import confirmed_trainees, days_of, make_session
    from tests.conftest import site_settings

    site_settings(
        CertificateSettings, issuing_body="Cục Báo chí", place="Hà Nội", signer_name="Trần Văn Minh"
    )
    # A two-day session: yesterday everyone came; today is the second and last day.
    session = make_session(trainers=[trainer], days=2, first_day=timezone.localdate() - timedelta(days=1))
    enrolments = confirmed_trainees(session, 3, roles=[settings.ROLE_TRAINEES])
    yesterday, today = days_of(session)
    for enrolment in enrolments:
        attendance.record_attendance(
            enrolment, yesterday, status=AttendanceStatus.PRESENT, acting_user=trainer
        )
    absent = enrolments[0]
    browser_login(trainer)

    # From the admin home, today's roll call.
    page.goto(f"{live_server.url}/admin/")
    panel = page.locator("#lms-trainer-panel-section")
    panel.get_by_role("link", name="Điểm danh trên lớp").click()
    page.wait_for_url(f"**/admin/attendance/days/{today.pk}/")
    row = page.locator(f"tr.attendance-row[data-enrolment='{absent.pk}']")
    row.locator("button[data-status=absent]").click()
    row.locator("button[data-status=absent][aria-pressed=true]").wait_for()
    page.locator("#mark-all").click()
    assert wait_until(lambda: AttendanceRecord.objects.filter(day=today).count() == 3, page)
    statuses = dict(AttendanceRecord.objects.filter(day=today).values_list("enrolment_id", "status"))
    assert statuses == {
        absent.pk: "absent",
        enrolments[1].pk: "present",
        enrolments[2].pk: "present",
    }

    # The admin home counts one trainee below the threshold (1 day of 2 = 50 % < 80 %).
    page.goto(f"{live_server.url}/admin/")
    session_row = page.locator("#lms-trainer-panel-section tbody tr", has_text=session.code)
    assert session_row.locator("td").nth(4).inner_text().strip() == "1"

    # Issues the session's certificates in bulk, and watches the job finish.
    page.goto(f"{live_server.url}/admin/certificates/sessions/{session.pk}/")
    page.get_by_role("button", name="Cấp cho mọi học viên đủ điều kiện (2)").click()
    page.wait_for_url("**/admin/certificates/jobs/**")
    page.wait_for_function("document.querySelector('progress').value === 100", timeout=30_000)
    page.get_by_text("Đã xử lý 2/2 học viên (100%), đã cấp 2 giấy chứng nhận").wait_for()
    assert "Xong" in page.locator("main").inner_text()
    assert set(Certificate.objects.values_list("enrolment_id", flat=True)) == {e.pk for e in enrolments[1:]}


# --- 4. Editor and reviewer ---------------------------------------------------------------------------


def footer_action(page, selector: str) -> None:
    """Click an action of Wagtail's editor footer, opening its "more actions" drop-down when it is folded."""
    button = page.locator(selector).first
    if not button.is_visible():
        menu = button.locator("xpath=ancestor::*[contains(@data-controller, 'w-dropdown')][1]")
        menu.locator("[data-w-dropdown-target='toggle']").first.click()
    button.click()


def pdf_text(content: bytes) -> str:
    import io

    from pypdf import PdfReader

    return " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(content)).pages
    )


def test_editor_edits_a_section_a_reviewer_approves_and_readers_get_it_through_the_cache(
    live_server, page, width, editor, manager, browser, browser_login, settings
):
    from django.core.cache import cache
    from wagtail.models import WorkflowState

    from cms_site.models import HomePage
    from handbook.models import HandbookEdition, HandbookSectionPage
    from tests.handbook.factories import make_book

    settings.PAGE_CACHE_SECONDS = 300  # anonymous readers get the public pages from the page cache
    # Wagtail's background autosave of the editor's draft races the submission and the review, and a refused
    # autosave (a 400) fails the test on its console; the journey is the same without it.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    cache.clear()
    book = make_book(HomePage.objects.get(), [1])
    section = HandbookSectionPage.objects.get()
    before = set(HandbookEdition.objects.filter(status="ready").values_list("pk", flat=True))
    assert before, "publishing the book built its first PDF edition"
    new_title = "Phát ngôn khi có khủng hoảng truyền thông"

    # An anonymous reader has the section's page in the cache already.
    reader = browser.new_context(viewport=page.viewport_size)
    anonymous = reader.new_page()
    for expected in ("miss", "hit"):
        response = anonymous.goto(live_server.url + section.url)
        assert response.headers.get("x-page-cache") == expected
    assert section.title in anonymous.locator("h1").inner_text()

    # The editor edits the section and submits it for review.
    browser_login(editor)
    page.goto(f"{live_server.url}/admin/pages/{section.pk}/edit/")
    page.fill("#id_title", new_title)
    footer_action(page, "button[name='action-submit']")
    page.wait_for_load_state()
    state = WorkflowState.objects.get(object_id=str(section.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    section.refresh_from_db()
    assert section.title != new_title  # not public before review
    assert new_title not in anonymous.goto(live_server.url + section.url).text()

    # A programme manager reviews it and approves. (The editor's admin page is left first: its editing
    # session pings the server, and a ping with the next person's cookies is refused.)
    page.goto("about:blank")
    page.context.clear_cookies()
    browser_login(manager)
    page.goto(f"{live_server.url}/admin/pages/{section.pk}/edit/")
    footer_action(page, "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])")
    page.wait_for_load_state()
    assert wait_until(
        lambda: WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_APPROVED, page
    )
    page.goto("about:blank")
    section.refresh_from_db()
    assert section.live and section.title == new_title

    # The anonymous reader sees the change at once, then from the cache again.
    response = anonymous.goto(live_server.url + section.url)
    assert response.headers.get("x-page-cache") == "miss"
    assert new_title in anonymous.locator("h1").inner_text()
    assert anonymous.goto(live_server.url + section.url).headers.get("x-page-cache") == "hit"

    # The PDF edition was rebuilt with the new title, and readers download that one.
    rebuilt = wait_until(
        lambda: HandbookEdition.objects.filter(status="ready").exclude(pk__in=before).first(), page
    )
    assert rebuilt is not None
    download = reader.request.get(live_server.url + book.pdf_url())
    assert download.ok and download.headers["content-type"] == "application/pdf"
    assert new_title in pdf_text(download.body())
    reader.close()


# --- 5. Programme manager -----------------------------------------------------------------------------


def test_programme_manager_reads_the_reports_downloads_them_and_revokes_a_certificate(
    live_server, page, width, signing, manager, browser_login
):
    from certificates.models import Certificate, CertificateSettings
    from certificates.services import issue_certificate
    from courses.attendance.models import AttendanceStatus
    from tests.certificates.conftest import finished_session, mark
    from tests.conftest import site_settings
    from tests.factories import OrganisationFactory, UserFactory

    site_settings(
        CertificateSettings, issuing_body="Cục Báo chí", place="Hà Nội", signer_name="Trần Văn Minh"
    )
    session = finished_session(days=2)
    unit = OrganisationFactory(name="Sở Thông tin và Truyền thông tỉnh Hà Giang")
    from tests.attendance.factories import enrol

    people = [UserFactory(organisation=unit, roles=[settings.ROLE_TRAINEES]) for _ in range(2)]
    enrolments = [enrol(session, person) for person in people]
    for enrolment in enrolments:
        mark(session, enrolment, [AttendanceStatus.PRESENT] * 2, by=manager)
    wrong, kept = (issue_certificate(enrolment, acting_user=manager).certificate for enrolment in enrolments)
    year = timezone.localdate().year
    browser_login(manager)

    # The admin home, then the annual report from its link.
    page.goto(f"{live_server.url}/admin/")
    page.get_by_role("link", name="Báo cáo năm").first.click()
    page.wait_for_url(f"**/admin/programme-reports/annual/?year={year}")
    assert str(year) in page.locator("main").inner_text()
    with page.expect_download() as xlsx:
        page.get_by_role("link", name="Tải xuống XLSX").click()
    assert xlsx.value.suggested_filename.endswith(".xlsx")
    assert open(xlsx.value.path(), "rb").read(2) == b"PK"  # a zip: an Office Open XML workbook
    with page.expect_download() as pdf:
        page.get_by_role("link", name="Tải bản PDF").click()
    assert pdf.value.suggested_filename.endswith(".pdf")
    assert open(pdf.value.path(), "rb").read(5) == b"%PDF-"

    # The coverage report, from the admin home too.
    page.goto(f"{live_server.url}/admin/")
    page.get_by_role("link", name="Độ phủ người phát ngôn").first.click()
    page.wait_for_url("**/admin/programme-reports/coverage/**")
    with page.expect_download() as coverage_xlsx:
        page.get_by_role("link", name="Tải xuống XLSX").click()
    assert coverage_xlsx.value.suggested_filename.endswith(".xlsx")

    # Revokes a certificate issued by mistake; its public verification page then says so.
    page.goto(f"{live_server.url}/admin/certificates/{wrong.pk}/")
    page.fill("#id_reason", "Cấp nhầm người")
    page.get_by_role("button", name="Thu hồi", exact=True).click()
    page.wait_for_url(f"**/admin/certificates/{wrong.pk}/")
    assert Certificate.objects.get(pk=wrong.pk).revoked_at is not None
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/chung-nhan/{wrong.code}/")
    assert page.locator("[role=status] strong").inner_text() == REVOKED
    assert "Cấp nhầm người" not in page.content()  # the reason stays on record, not in public
    page.goto(f"{live_server.url}/chung-nhan/{kept.code}/")
    assert page.locator("[role=status] strong").inner_text() == VALID
