"""A unit's focal point nominates two officers on a phone (390 px wide): signs in, finds the invitation and its
quota from the header, nominates a colleague with an account and a new person, and sees the quota used
go up; no page scrolls sideways."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "Mat-khau-2026!"  # tests.factories.UserFactory's


@pytest.fixture
def browser_context_args(browser_context_args):
    return {
        **browser_context_args,
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 3,
        "is_mobile": True,
        "has_touch": True,
    }


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_focal_point_nominates_two_officers_on_a_phone(live_server, page):
    from cms_site.models import HomePage
    from courses.models import CourseIndexPage, Enrolment, EnrolmentMode, EnrolmentStatus
    from courses.nominations.models import FocalPoint, Nomination
    from lms.people.models import User
    from tests.courses.conftest import make_course, make_session
    from tests.factories import OrganisationFactory, UserFactory
    from tests.nominations.conftest import make_invitation

    index = CourseIndexPage(title="Khóa học", slug="khoa-hoc")
    HomePage.objects.get().add_child(instance=index)
    session = make_session(
        make_course(index, lessons=0), capacity=30, enrolment_mode=EnrolmentMode.NOMINATION
    )
    unit = OrganisationFactory(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai")
    focal = UserFactory(organisation=unit, given_name="Lan", roles=[settings.ROLE_TRAINEES])
    FocalPoint.objects.create(organisation=unit, user=focal)
    colleague = UserFactory(
        organisation=unit,
        family_name="Phạm",
        middle_name="Minh",
        given_name="Tuấn",
        roles=[settings.ROLE_TRAINEES],
    )
    invitation = make_invitation(session, unit, quota=2)

    assert page.viewport_size["width"] == 390
    page.goto(f"{live_server.url}/tai-khoan/login/")
    page.fill("input[name=login]", focal.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert no_sideways_scroll(page)

    page.get_by_role("link", name="Cử cán bộ của đơn vị").first.click()
    page.wait_for_url("**/don-vi/de-cu/")
    assert session.code in page.content()
    assert no_sideways_scroll(page)

    page.get_by_role("link", name=f"{session.code} — {session.title}").click()
    page.wait_for_url(f"**/don-vi/de-cu/{invitation.pk}/")
    page.get_by_text("Đã cử 0/2 người, còn 2").wait_for()
    assert no_sideways_scroll(page)

    page.select_option("select#person", str(colleague.pk))
    page.locator("form[action$='/cu-nguoi/'] button[type=submit]").click()
    page.get_by_text("Đã cử 1/2 người, còn 1").wait_for()
    assert "Phạm Minh Tuấn" in page.content()
    assert no_sideways_scroll(page)

    page.fill("input[name=family_name]", "Hoàng")
    page.fill("input[name=middle_name]", "Thị Thu")
    page.fill("input[name=given_name]", "Hà")
    page.fill("input[name=email]", "thu.ha@laocai.gov.vn")
    page.fill("input[name=position]", "Chuyên viên")
    page.select_option("select[name=trainee_category]", "communication_officer")
    page.locator("form[action$='/nguoi-moi/'] button[type=submit]").click()
    page.get_by_text("Đã cử 2/2 người, còn 0").wait_for()
    assert "Hoàng Thị Thu Hà" in page.content()
    assert no_sideways_scroll(page)

    newcomer = User.objects.get(email="thu.ha@laocai.gov.vn")
    assert newcomer.organisation == unit
    assert set(Nomination.objects.values_list("user_id", flat=True)) == {colleague.pk, newcomer.pk}
    assert Enrolment.objects.filter(session=session, status=EnrolmentStatus.CONFIRMED).count() == 2
