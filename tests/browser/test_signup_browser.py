"""A person signs up in a real browser, finding their work unit by typing without diacritics."""

import pytest
from django.core import mail

from lms.people.models import User
from tests.factories import OrganisationFactory


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_sign_up_in_the_browser(live_server, page):
    OrganisationFactory(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh")
    OrganisationFactory(name="Sở Tư pháp tỉnh Quảng Ninh")
    page.goto(f"{live_server.url}/tai-khoan/signup/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.get_by_text("Tên đệm").count() >= 1
    page.locator("#id_email").fill("thao.kieu@example.vn")
    page.locator("#id_family_name").fill("Kiều")
    page.locator("#id_middle_name").fill("Phương")
    page.locator("#id_given_name").fill("Thảo")
    # The filter box narrows the list; typing without diacritics works.
    page.locator("input.select-search").fill("tu phap quang ninh")
    selected = page.locator("#id_organisation").evaluate("s => s.options[s.selectedIndex].text")
    assert selected == "Sở Tư pháp tỉnh Quảng Ninh"
    page.locator("#id_position").fill("Chuyên viên")
    page.locator("#id_trainee_category").select_option("communication_officer")
    page.locator("#id_password1").fill("Truyen-thong-2026!")
    page.locator("#id_password2").fill("Truyen-thong-2026!")
    page.get_by_role("button", name="Đăng ký").last.click()
    page.wait_for_load_state()
    user = User.objects.get(email="thao.kieu@example.vn")
    assert user.full_name == "Kiều Phương Thảo"
    assert user.organisation.name == "Sở Tư pháp tỉnh Quảng Ninh"
    assert len(mail.outbox) == 1
    assert "xác nhận" in page.content().lower()
