"""Accessibility: axe-core finds no serious or critical violation (WCAG 2.1 A and AA rules) on the public pages,
the trainee's and the focal point's pages at 390 px and 1280 px, and on the main admin screens.

axe-core is a test dependency from the npm registry (package.json at the repository root; `npm ci`), read from
node_modules and injected into each page by the browser driver (never from a CDN, and not as an inline script,
which the Content Security Policy would rightly refuse).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

AXE = Path(__file__).resolve().parent.parent.parent / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = (1280, 390)
RUN_AXE = """async () => {
  const results = await axe.run(document, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
    resultTypes: ['violations'],
  });
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.impact} ${v.id}: ${v.help} — ` + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '));
}"""


@pytest.fixture
def axe(page):
    """Check the page's address: a list of its serious and critical violations, empty when there is none."""
    if not AXE.exists():
        pytest.skip("axe-core is not installed: run `npm ci --no-audit --no-fund` at the repository root")
    page.context.add_init_script(path=str(AXE))

    def check(url: str) -> list[str]:
        response = page.goto(url)
        assert response is not None and response.ok, f"{url}: {response and response.status}"
        return [f"{url} ({page.viewport_size['width']} px) {line}" for line in page.evaluate(RUN_AXE)]

    return check


def check_at_widths(page, axe, base: str, paths: list[str], widths=WIDTHS) -> None:
    """Each of the `paths` of the server at `base`, at each of the `widths`."""
    found: list[str] = []
    for width in widths:
        page.set_viewport_size({"width": width, "height": 900})
        for path in paths:
            found += axe(base + path)
    assert found == [], "serious or critical accessibility violations:\n" + "\n".join(found)


@pytest.fixture
def world(db, signing):
    """One of everything the pages show: a handbook, a catalogue with a course, lessons, a quiz and an open
    session; a finished session with a certificate; a unit invited to nominate, with its focal point."""
    from certificates.models import CertificateSettings
    from certificates.services import issue_certificate
    from cms_site.models import HomePage
    from courses.attendance.models import AttendanceStatus
    from courses.models import CourseIndexPage, EnrolmentMode, LessonPage, SessionStatus
    from courses.nominations import services as nominations
    from courses.nominations.models import FocalPoint, LetterSettings
    from handbook.models import HandbookChapterPage, HandbookSectionPage
    from tests.attendance.factories import enrol
    from tests.certificates.conftest import mark
    from tests.conftest import site_settings
    from tests.courses.conftest import make_course, make_session
    from tests.factories import OrganisationFactory, UserFactory
    from tests.handbook.factories import make_book
    from tests.nominations.conftest import LETTER_AUTHORITY
    from tests.quizzes.conftest import make_question, make_quiz

    home = HomePage.objects.get()
    book = make_book(home, [2])
    index = CourseIndexPage(title="Khóa học", slug="khoa-hoc")
    home.add_child(instance=index)
    course = make_course(index, lessons=2)
    manager = UserFactory(roles=[settings.ROLE_MANAGERS])
    trainer = UserFactory(roles=[settings.ROLE_TRAINERS])
    unit = OrganisationFactory(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai")
    trainee = UserFactory(organisation=unit, roles=[settings.ROLE_TRAINEES])
    FocalPoint.objects.create(organisation=unit, user=trainee)
    site_settings(
        CertificateSettings, issuing_body="Cục Báo chí", place="Hà Nội", signer_name="Trần Văn Minh"
    )
    site_settings(LetterSettings, **LETTER_AUTHORITY)

    upcoming = make_session(course, capacity=20, trainers=[trainer])
    enrol(upcoming, trainee)
    started = make_session(
        course, status=SessionStatus.IN_PROGRESS, start_in=-1, days=2, trainers=[trainer], opens_in_days=-9
    )
    started_enrolment = enrol(started, trainee)
    mark(started, started_enrolment, [AttendanceStatus.PRESENT], by=trainer)
    for _ in range(4):
        make_question(course)
    quiz = make_quiz(course, question_count=4, shuffle_choices=False, time_limit_minutes=None)
    finished = make_session(course, status=SessionStatus.COMPLETED, start_in=-20, days=1, opens_in_days=-30)
    finished_enrolment = enrol(finished, trainee)
    mark(finished, finished_enrolment, [AttendanceStatus.PRESENT], by=manager)
    certificate = issue_certificate(finished_enrolment, acting_user=manager).certificate
    nominated = make_session(course, capacity=30, enrolment_mode=EnrolmentMode.NOMINATION)
    [invitation] = nominations.invite_organisations(
        nominated, [unit], quota=2, deadline=timezone.now() + timedelta(days=5), acting_user=manager
    )
    return {
        "book": book,
        "chapter": HandbookChapterPage.objects.first(),
        "section": HandbookSectionPage.objects.first(),
        "index": index,
        "course": course,
        "lesson": LessonPage.objects.child_of(course).first(),
        "quiz": quiz,
        "upcoming": upcoming,
        "started": started,
        "day": started.days.order_by("date").last(),
        "certificate": certificate,
        "invitation": invitation,
        "trainee": trainee,
        "trainer": trainer,
        "manager": manager,
    }


def test_public_pages(live_server, page, axe, world):
    check_at_widths(
        page,
        axe,
        live_server.url,
        [
            "/",
            world["book"].url,
            world["chapter"].url,
            world["section"].url,
            world["index"].url,
            world["course"].url,
            world["lesson"].url,
            f"/lop/{world['upcoming'].pk}/",
            "/tim-kiem/?q=truy%E1%BB%81n+th%C3%B4ng",
            "/chung-nhan/",
            f"/chung-nhan/{world['certificate'].code}/",
            "/tai-khoan/login/",
            "/tai-khoan/signup/",
        ],
    )


def test_trainee_and_focal_point_pages(live_server, page, axe, world, browser_login):
    from courses.quizzes.services import start_attempt

    attempt = start_attempt(world["quiz"], user=world["trainee"])
    browser_login(world["trainee"])
    check_at_widths(
        page,
        axe,
        live_server.url,
        [
            "/hoc-tap-cua-toi/",
            f"/lop/{world['upcoming'].pk}/",
            f"/lop/{world['upcoming'].pk}/huy-dang-ky/",
            world["lesson"].url,
            f"/bai-kiem-tra/{world['quiz'].pk}/",
            f"/bai-lam/{attempt.pk}/",
            "/hoc-tap-cua-toi/qua-trinh-boi-duong/",
            "/tai-khoan/ho-so/",
            "/don-vi/de-cu/",
            f"/don-vi/de-cu/{world['invitation'].pk}/",
        ],
    )


def test_main_admin_screens(live_server, page, axe, world, browser_login):
    browser_login(world["manager"])
    started = world["started"]
    check_at_widths(
        page,
        axe,
        live_server.url,
        [
            "/admin/",
            f"/admin/courses/sessions/{started.pk}/enrolments/",
            f"/admin/attendance/sessions/{started.pk}/",
            f"/admin/attendance/days/{world['day'].pk}/",
            "/admin/certificates/",
            f"/admin/certificates/sessions/{world['certificate'].enrolment.session_id}/",
            f"/admin/certificates/{world['certificate'].pk}/",
            "/admin/programme-reports/annual/",
            "/admin/programme-reports/coverage/",
            f"/admin/nominations/sessions/{world['invitation'].session_id}/",
        ],
        widths=(1280,),
    )


def test_main_admin_screens_cut_nothing_off_on_a_phone_or_a_laptop(live_server, page, world, browser_login):
    """Wagtail's content area hides what overflows it: a wide table scrolls sideways in its own box instead."""
    from tests.browser.steps import cut_off

    browser_login(world["manager"])
    started = world["started"]
    paths = [
        f"/admin/courses/sessions/{started.pk}/enrolments/",
        f"/admin/attendance/sessions/{started.pk}/",
        f"/admin/attendance/days/{world['day'].pk}/",
        f"/admin/certificates/sessions/{world['certificate'].enrolment.session_id}/",
        f"/admin/quizzes/results/{started.pk}/{world['quiz'].pk}/",
        "/admin/programme-reports/annual/",
        "/admin/programme-reports/coverage/",
    ]
    found = []
    for width in (390, 1024, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        for path in paths:
            response = page.goto(live_server.url + path)
            assert response is not None and response.ok, path
            found += [f"{path} at {width} px: {text}" for text in cut_off(page)]
    assert found == []
