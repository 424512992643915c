"""Staff screens and destructive steps in a real browser: confirmations at 390 px and 1,280 px, the
enrolments page within 1,280 px, the roll call's toolbar and its phone layout."""

import pytest
from django.conf import settings

from courses import services
from courses.models import Enrolment, EnrolmentStatus
from tests.attendance.factories import confirmed_trainees, days_of
from tests.attendance.factories import make_session as make_attendance_session
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NO_SIDEWAYS_SCROLL = "document.scrollingElement.scrollWidth <= window.innerWidth"


def _course():
    from cms_site.models import HomePage
    from courses.models import CourseIndexPage
    from tests.courses.conftest import make_course

    index = CourseIndexPage(title="Khóa học", slug="khoa-hoc")
    HomePage.objects.get().add_child(instance=index)
    return make_course(index, lessons=1)


def _session(course, **kwargs):
    from tests.courses.conftest import make_session

    return make_session(course, **kwargs)


def _background(locator) -> str:
    return locator.evaluate("element => getComputedStyle(element).backgroundColor")


def test_a_trainee_withdraws_on_a_phone_only_after_confirming(live_server, page, browser_login):
    course = _course()
    session = _session(course, capacity=1)
    trainee, waiting = (UserFactory(roles=[settings.ROLE_TRAINEES]) for _ in range(2))
    mine = services.enrol_trainee(session, trainee, acting_user=trainee)
    services.enrol_trainee(session, waiting, acting_user=waiting)
    page.set_viewport_size({"width": 390, "height": 844})
    browser_login(trainee)

    page.goto(f"{live_server.url}/lop/{session.pk}/")
    page.locator(f"a[href='/lop/{session.pk}/huy-dang-ky/']").click()
    page.wait_for_url(f"**/lop/{session.pk}/huy-dang-ky/")
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    heading = page.locator("h1").inner_text()
    assert f"Hủy đăng ký của bạn khỏi lớp {session.code}" in heading
    assert "người đầu danh sách chờ" in page.locator(".confirm-consequence").inner_text()
    keep = page.get_by_role("link", name="Không, giữ đăng ký")
    cancel = page.get_by_role("button", name="Có, hủy đăng ký của tôi")
    # The safe choice wears the primary colour; the destructive one does not.
    assert _background(keep) != _background(cancel)
    assert keep.bounding_box()["height"] >= 44 and cancel.bounding_box()["height"] >= 44
    assert Enrolment.objects.get(pk=mine.pk).status == EnrolmentStatus.CONFIRMED

    cancel.click()
    page.wait_for_url(f"**/lop/{session.pk}/")
    assert Enrolment.objects.get(pk=mine.pk).status == EnrolmentStatus.CANCELLED
    assert Enrolment.objects.get(session=session, user=waiting).status == EnrolmentStatus.CONFIRMED


def test_the_enrolments_page_fits_1280_and_a_removal_asks_first(live_server, page, browser_login):
    course = _course()
    trainer = UserFactory(roles=[settings.ROLE_TRAINERS])
    session = _session(course, capacity=20, requires_approval=True, trainers=[trainer])
    for _ in range(3):  # sessions to move to
        _session(course, trainers=[trainer])
    people = [
        UserFactory(
            roles=[settings.ROLE_TRAINEES],
            email=f"nguoi.rat.dai.ten.so.{number}@so-van-hoa-the-thao-du-lich.example.vn",
        )
        for number in range(6)
    ]
    enrolments = [services.enrol_trainee(session, person, acting_user=person) for person in people]
    services.confirm_enrolments(session, [e.pk for e in enrolments[:3]], acting_user=trainer)
    page.set_viewport_size({"width": 1280, "height": 900})
    browser_login(trainer)

    page.goto(f"{live_server.url}/admin/courses/sessions/{session.pk}/enrolments/")
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    # Wagtail's content area hides what overflows: check that the table and every action are in view.
    width = page.evaluate("window.innerWidth")
    table = page.locator("table.enrolments-listing").bounding_box()
    assert table["x"] + table["width"] <= width
    for box in page.locator(".enrolments-actions .button").evaluate_all(
        "els => els.map(e => e.getBoundingClientRect().right)"
    ):
        assert box <= width

    # Select all ticks every pending request at once.
    page.locator("#select-all").check()
    items = page.locator("input[name=selected]")
    assert items.count() == 3
    assert all(items.nth(index).is_checked() for index in range(3))
    page.locator("#select-all").uncheck()

    target = enrolments[0]
    page.locator(f"a[href='/admin/courses/enrolments/{target.pk}/remove/']").click()
    page.wait_for_url(f"**/admin/courses/enrolments/{target.pk}/remove/")
    question = page.locator("#confirm-question").inner_text()
    assert target.user.full_name in question and session.code in question
    keep = page.get_by_role("link", name="Không, giữ đăng ký")
    remove = page.get_by_role("button", name="Có, hủy đăng ký")
    assert _background(keep) != _background(remove)
    assert Enrolment.objects.get(pk=target.pk).status == EnrolmentStatus.CONFIRMED
    remove.click()
    page.wait_for_url(f"**/admin/courses/sessions/{session.pk}/enrolments/**")
    assert Enrolment.objects.get(pk=target.pk).status == EnrolmentStatus.CANCELLED


def test_roll_call_toolbar_does_not_overlap_and_rows_are_compact_on_a_phone(live_server, page, browser_login):
    trainer = UserFactory(roles=[settings.ROLE_TRAINERS])
    session = make_attendance_session(trainers=[trainer])
    confirmed_trainees(session, 3)
    day = days_of(session)[0]
    browser_login(trainer)

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/admin/attendance/days/{day.pk}/")
    search = page.locator("#roll-search").bounding_box()
    button = page.locator("#mark-all").bounding_box()
    overlaps = not (
        search["x"] + search["width"] <= button["x"]
        or button["x"] + button["width"] <= search["x"]
        or search["y"] + search["height"] <= button["y"]
        or button["y"] + button["height"] <= search["y"]
    )
    assert not overlaps
    # Wagtail's content area hides what overflows: from a small laptop up, the note is in view, not clipped;
    # a laptop gets the dense table, a narrower content area one card per trainee.
    for width, layout in ((1024, "grid"), (1280, "table-row"), (1440, "table-row")):
        page.set_viewport_size({"width": width, "height": 900})
        row = page.locator("tr.attendance-row").first
        assert row.evaluate("e => getComputedStyle(e).display") == layout, width
        area = page.evaluate("document.querySelector('main').getBoundingClientRect().right")
        for note in page.locator(".attendance-note").evaluate_all(
            "els => els.map(e => e.getBoundingClientRect().right)"
        ):
            assert note <= min(area, width), width

    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    row = page.locator("tr.attendance-row").first
    buttons = row.locator(".attendance-button")
    tops = {round(buttons.nth(index).bounding_box()["y"]) for index in range(4)}
    assert len(tops) == 1  # the four statuses side by side, in one line
    note = row.locator(".attendance-note").bounding_box()
    assert note["x"] >= 0 and note["x"] + note["width"] <= 390  # the note is reachable, not off screen
    assert buttons.nth(0).bounding_box()["height"] >= 44


def test_deleting_a_day_of_the_programme_asks_first(live_server, page, browser_login):
    course = _course()
    manager = UserFactory(roles=[settings.ROLE_MANAGERS])
    session = _session(course, days=2)
    page.set_viewport_size({"width": 1280, "height": 900})
    browser_login(manager)
    page.goto(f"{live_server.url}/admin/courses/sessions/edit/{session.pk}/")
    delete = page.locator("#id_days-0-DELETE-button")
    delete.wait_for()
    asked: list[str] = []

    def refuse(dialog):
        asked.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", refuse)
    delete.click()
    assert asked and "khỏi chương trình lớp" in asked[0]
    assert page.locator("#id_days-0-DELETE").input_value() in {"", "false"}  # kept
    page.once("dialog", lambda dialog: dialog.accept())
    delete.click()
    page.wait_for_function("document.getElementById('id_days-0-DELETE').value !== ''")


def test_inviting_units_filters_the_tick_boxes_without_accents_and_counts_the_ticked(
    live_server, page, browser_login
):
    from datetime import timedelta

    from django.utils import timezone

    from courses.nominations.models import Invitation
    from tests.factories import OrganisationFactory, level

    session = _session(_course(), capacity=40)
    ministry = OrganisationFactory(name="Bộ Công Thương", level=level("central"))
    OrganisationFactory(name="Bộ Công an", level=level("central"))
    province = OrganisationFactory(name="Tỉnh Lào Cai", level=level("province"))
    browser_login(UserFactory(roles=[settings.ROLE_MANAGERS]))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/admin/nominations/sessions/{session.pk}/")

    box = page.get_by_label("Và các đơn vị sau")  # the field's label names the filter box
    box.fill("cong thuong")  # no accents
    visible = page.locator("[data-pick-list-item]:visible")
    assert visible.all_inner_texts() == ["Bộ Công Thương"]
    page.get_by_label("Bộ Công Thương").check()
    box.fill("lao cai")
    page.get_by_label("Tỉnh Lào Cai").check()
    box.fill("")
    assert page.locator("[data-pick-list-count]").first.inner_text() == "2"
    assert page.get_by_label("Bộ Công Thương").is_checked()  # filtering kept the earlier tick

    page.fill("#id_quota", "2")
    deadline = timezone.localtime(timezone.now() + timedelta(days=5)).strftime("%Y-%m-%dT%H:%M")
    page.fill("#id_deadline", deadline)
    page.get_by_role("button", name="Gửi lời mời").click()
    page.wait_for_load_state()
    invited = set(Invitation.objects.filter(session=session).values_list("organisation_id", flat=True))
    assert invited == {ministry.pk, province.pk}
