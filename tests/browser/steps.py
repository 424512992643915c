"""Steps several browser tests share: the no-sideways-scroll check, the course catalogue, a unit with its focal
point, and the two nominations the focal point makes on an invitation of two places."""

from __future__ import annotations

from tools.screenshots import CUT_OFF_JS


def no_sideways_scroll(page) -> bool:
    """Whether the page fits the window's width (nothing to scroll sideways)."""
    return page.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth")


def cut_off(page) -> list[str]:
    """The controls and cells of the page that are cut off at the edge of the admin's content area."""
    return page.evaluate(CUT_OFF_JS)


def catalogue():
    """The course catalogue page, under the home page."""
    from cms_site.models import HomePage
    from courses.models import CourseIndexPage

    index = CourseIndexPage(title="Khóa học", slug="khoa-hoc")
    HomePage.objects.get().add_child(instance=index)
    return index


def catalogue_course(lessons: int = 1):
    """A course in a new catalogue, with `lessons` lessons."""
    from tests.courses.conftest import make_course

    return make_course(catalogue(), lessons=lessons)


def unit_with_focal_point():
    """Lào Cai's culture department, its focal point (Lan) and a colleague with an account (Phạm Minh Tuấn)."""
    from django.conf import settings

    from courses.nominations.models import FocalPoint
    from tests.factories import OrganisationFactory, UserFactory

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
    return unit, focal, colleague


def nominate_colleague(page, colleague) -> None:
    """On the invitation's page, none of its two places taken: the focal point nominates the colleague."""
    page.select_option("select#person", str(colleague.pk))
    page.locator("form[action$='/cu-nguoi/'] button[type=submit]").click()
    page.get_by_text("Đã cử 1/2 người, còn 1").wait_for()


def nominate_newcomer(page) -> None:
    """Then someone with no account yet (Hoàng Thị Thu Hà, thu.ha@laocai.gov.vn), for the last place."""
    page.fill("input[name=family_name]", "Hoàng")
    page.fill("input[name=middle_name]", "Thị Thu")
    page.fill("input[name=given_name]", "Hà")
    page.fill("input[name=email]", "thu.ha@laocai.gov.vn")
    page.fill("input[name=position]", "Chuyên viên")
    page.select_option("select[name=trainee_category]", "communication_officer")
    page.locator("form[action$='/nguoi-moi/'] button[type=submit]").click()
    page.get_by_text("Đã cử 2/2 người, còn 0").wait_for()
