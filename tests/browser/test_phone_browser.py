"""A trainee's pages in a real browser at 390 px (a phone) and 1280 px (a desktop): nothing scrolls sideways,
lists become cards on the phone, buttons and filters are big enough for a finger, the quiz navigator counts the
answers, a lesson is marked done and undone in place, and signing up needs a category."""

import pytest
from django.conf import settings

from cms_site.models import HomePage
from courses.models import (
    CourseIndexPage,
    Enrolment,
    EnrolmentStatus,
    LessonPage,
    LessonProgress,
    SessionStatus,
)
from lms.people.models import User
from tests.browser.steps import no_sideways_scroll
from tests.courses.conftest import make_course, make_session
from tests.factories import OrganisationFactory, UserFactory
from tests.quizzes.conftest import make_question, make_quiz

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE, DESKTOP = 390, 1280
FINGER = 44  # px: the smallest tap target


def height(locator) -> float:
    return locator.bounding_box()["height"]


@pytest.fixture
def training(db):
    """A catalogue with a course of three lessons, an open session the trainee has a seat in, a started one,
    and a graded quiz of 15 questions."""
    index = CourseIndexPage(title="Khóa học", slug="khoa-hoc")
    HomePage.objects.get().add_child(instance=index)
    course = make_course(index, lessons=3)
    trainee = UserFactory(roles=[settings.ROLE_TRAINEES])
    upcoming = make_session(course, capacity=12)
    Enrolment.objects.create(session=upcoming, user=trainee, status=EnrolmentStatus.CONFIRMED)
    started = make_session(course, status=SessionStatus.IN_PROGRESS, start_in=0)
    Enrolment.objects.create(session=started, user=trainee, status=EnrolmentStatus.CONFIRMED)
    for _ in range(15):
        make_question(course)
    quiz = make_quiz(course, question_count=15, shuffle_choices=False, time_limit_minutes=None)
    lessons = list(LessonPage.objects.child_of(course).order_by("path"))
    return {
        "course": course,
        "index": index,
        "session": upcoming,
        "quiz": quiz,
        "lessons": lessons,
        "trainee": trainee,
    }


def test_trainee_pages_fit_a_phone_and_a_desktop(live_server, page, browser_login, training):
    browser_login(training["trainee"])
    urls = {
        "home": "/",
        "catalogue": training["index"].url,
        "course": training["course"].url,
        "session": f"/lop/{training['session'].pk}/",
        "lesson": training["lessons"][1].url,
        "dashboard": "/hoc-tap-cua-toi/",
        "quiz": f"/bai-kiem-tra/{training['quiz'].pk}/",
        "search": "/tim-kiem/?q=b%C3%A0i",
    }
    for width in (PHONE, DESKTOP):
        page.set_viewport_size({"width": width, "height": 900})
        for name, url in urls.items():
            page.goto(live_server.url + url)
            assert no_sideways_scroll(page), f"{name} scrolls sideways at {width} px"

        page.goto(live_server.url + "/hoc-tap-cua-toi/")
        row = page.locator("table.stack tbody tr").first
        display = row.evaluate("row => getComputedStyle(row).display")
        # Below the breakpoint each session is a card (a block), above it a table row.
        assert display == ("block" if width == PHONE else "table-row"), width
        if width == PHONE:
            assert (
                row.locator("td[data-label]")
                .first.evaluate("cell => getComputedStyle(cell, '::before').content")
                .strip('"')
                == "Thời gian"
            )
        assert page.locator(".next-step").is_visible()
        assert height(page.locator(".next-step .button").first) >= FINGER

        page.goto(live_server.url + training["index"].url)
        for control in ("#filter-audience", "#filter-mode", ".course-filters button"):
            assert height(page.locator(control)) >= FINGER, (control, width)

        page.goto(live_server.url + training["lessons"][0].url)
        assert height(page.locator(".lesson-done-form button")) >= FINGER


def test_quiz_navigator_counts_the_answers_on_a_phone_and_a_desktop(
    live_server, page, browser_login, training
):
    browser_login(training["trainee"])
    page.set_viewport_size({"width": PHONE, "height": 800})
    page.goto(f"{live_server.url}/bai-kiem-tra/{training['quiz'].pk}/")
    page.locator("form[action$='/bat-dau/'] button[type=submit]").click()
    page.wait_for_url("**/bai-lam/**")
    count = page.locator(".quiz-nav-count")
    assert count.inner_text().strip() == "Đã trả lời 0/15"
    assert page.locator(".quiz-nav-item").count() == 15
    assert no_sideways_scroll(page)
    assert height(page.locator(".quiz-nav-item").first) >= FINGER
    assert height(page.locator(".quiz-choices label").first) >= FINGER

    questions = page.locator("fieldset.quiz-question")
    for index in (0, 4, 9):
        questions.nth(index).locator("input").first.check()
    assert count.inner_text().strip() == "Đã trả lời 3/15"
    answered = page.locator(".quiz-nav-item.is-answered")
    assert answered.count() == 3
    assert "đã trả lời" in answered.first.inner_text()
    # The navigator jumps to a question.
    page.locator(".quiz-nav-item").nth(12).click()
    assert page.evaluate("() => location.hash") == f"#{questions.nth(12).get_attribute('id')}"

    # The answers were saved: after a reload at desktop width the server renders the same state.
    questions.nth(9).locator(".quiz-status", has_text="Đã lưu").wait_for()
    page.set_viewport_size({"width": DESKTOP, "height": 900})
    page.reload()
    assert page.locator(".quiz-nav-count").inner_text().strip() == "Đã trả lời 3/15"
    assert page.locator(".quiz-nav").is_visible()
    assert no_sideways_scroll(page)
    page.locator("fieldset.quiz-question").nth(1).locator("input").first.check()
    assert page.locator(".quiz-nav-count").inner_text().strip() == "Đã trả lời 4/15"


def test_marking_a_lesson_done_and_undoing_it(live_server, page, browser_login, training):
    trainee = training["trainee"]
    first, second, _third = training["lessons"]
    browser_login(trainee)
    page.set_viewport_size({"width": PHONE, "height": 900})
    page.goto(live_server.url + first.url)
    page.get_by_role("button", name="Đánh dấu đã học xong").click()
    page.wait_for_load_state()
    assert page.url == live_server.url + first.url  # stays on this lesson
    assert page.locator(".messages").inner_text().strip() == "Đã đánh dấu bài học là đã học xong."
    assert page.get_by_role("link", name="Bài tiếp theo →").get_attribute("href") == second.url
    assert LessonProgress.objects.filter(user=trainee, lesson=first).exists()
    assert no_sideways_scroll(page)

    page.get_by_role("button", name="Bỏ đánh dấu hoàn thành").click()
    page.wait_for_load_state()
    assert page.url == live_server.url + first.url
    assert "Đã bỏ đánh dấu hoàn thành bài học." in page.locator(".messages").inner_text()
    assert not LessonProgress.objects.filter(user=trainee, lesson=first).exists()
    assert page.get_by_role("button", name="Đánh dấu đã học xong").is_visible()


def test_signing_up_needs_an_explicit_category(live_server, page):
    organisation = OrganisationFactory(name="Sở Tư pháp tỉnh Quảng Ninh")
    page.set_viewport_size({"width": PHONE, "height": 900})
    page.goto(f"{live_server.url}/tai-khoan/signup/")
    assert no_sideways_scroll(page)
    category = page.locator("#id_trainee_category")
    assert category.evaluate("select => select.value") == ""
    assert category.evaluate("select => select.options[select.selectedIndex].text") == "— Chọn đối tượng —"
    page.locator("#id_email").fill("thao.kieu@example.vn")
    page.locator("#id_family_name").fill("Kiều")
    page.locator("#id_given_name").fill("Thảo")
    page.locator("#id_organisation").select_option(str(organisation.pk))
    page.locator("#id_password1").fill("Truyen-thong-2026!")
    page.locator("#id_password2").fill("Truyen-thong-2026!")
    with page.expect_navigation():
        page.get_by_role("button", name="Đăng ký").last.click()
    # Refused, in Vietnamese, next to the field; nobody is recorded with a category they did not choose.
    assert "Hãy chọn đối tượng đúng với công việc của bạn." in page.locator(".has-error").inner_text()
    assert not User.objects.filter(email="thao.kieu@example.vn").exists()

    page.locator("#id_trainee_category").select_option("grassroots")
    page.locator("#id_password1").fill("Truyen-thong-2026!")
    page.locator("#id_password2").fill("Truyen-thong-2026!")
    with page.expect_navigation():
        page.get_by_role("button", name="Đăng ký").last.click()
    errors = page.locator(".errorlist, .form-errors").all_inner_texts()
    assert "xác nhận" in page.content().lower(), errors
    assert User.objects.get(email="thao.kieu@example.vn").trainee_category == "grassroots"


def test_the_favicon_is_served(live_server, page):
    page.goto(live_server.url + "/")
    href = page.locator("link[rel=icon]").get_attribute("href")
    assert page.request.get(live_server.url + href).status == 200
    assert page.title() == "Lớp học Truyền thông chính sách"


def test_the_handbook_sidebar_search_shows_its_whole_placeholder(live_server, page):
    from handbook.models import HandbookSectionPage
    from tests.handbook.factories import make_book

    make_book(HomePage.objects.get(), [2])
    section = HandbookSectionPage.objects.live().first()
    for width in (PHONE, DESKTOP):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(live_server.url + section.url)
        assert no_sideways_scroll(page)
        box = page.locator(".hb-aside .hb-search input")
        # The placeholder's text, measured in the input's own font, fits inside the box (less its padding).
        fits = box.evaluate(
            """input => {
              const style = getComputedStyle(input);
              const context = document.createElement("canvas").getContext("2d");
              context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              const text = context.measureText(input.placeholder).width;
              const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              return text <= room;
            }"""
        )
        assert fits, width
