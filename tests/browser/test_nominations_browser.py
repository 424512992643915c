"""A unit's focal point nominates two officers on a phone (390 px wide): signs in, finds the invitation and its
quota from the header, nominates a colleague with an account and a new person, and sees the quota used
go up; no page scrolls sideways."""

import pytest

from tests.browser import steps
from tests.browser.steps import no_sideways_scroll
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def browser_context_args(browser_context_args):
    return {
        **browser_context_args,
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 3,
        "is_mobile": True,
        "has_touch": True,
    }


def test_a_focal_point_nominates_two_officers_on_a_phone(live_server, page):
    from courses.models import Enrolment, EnrolmentMode, EnrolmentStatus
    from courses.nominations.models import Nomination
    from lms.people.models import User
    from tests.courses.conftest import make_course, make_session
    from tests.nominations.conftest import make_invitation

    session = make_session(
        make_course(steps.catalogue(), lessons=0), capacity=30, enrolment_mode=EnrolmentMode.NOMINATION
    )
    unit, focal, colleague = steps.unit_with_focal_point()
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

    steps.nominate_colleague(page, colleague)
    assert "Phạm Minh Tuấn" in page.content()
    assert no_sideways_scroll(page)

    steps.nominate_newcomer(page)
    assert "Hoàng Thị Thu Hà" in page.content()
    assert no_sideways_scroll(page)

    newcomer = User.objects.get(email="thu.ha@laocai.gov.vn")
    assert newcomer.organisation == unit
    assert set(Nomination.objects.values_list("user_id", flat=True)) == {colleague.pk, newcomer.pk}
    assert Enrolment.objects.filter(session=session, status=EnrolmentStatus.CONFIRMED).count() == 2
