"""The trainee category ("Đối tượng") is an explicit choice everywhere a person is recorded: no default, a blank
first option, a help text per category (a preselected "Người phát ngôn" spoiled the network's figures)."""

import re

import pytest
from django.urls import reverse

from lms.people.forms import ProfileForm, SignupForm
from lms.people.models import TraineeCategory, User
from tests.conftest import login
from tests.factories import OrganisationFactory
from tests.people.test_accounts import signup_data

pytestmark = pytest.mark.django_db


def category_options(html: str) -> list[tuple[str, bool]]:
    select = re.search(r'<select name="trainee_category".*?</select>', html, re.S).group(0)
    return [
        (value, bool(selected))
        for value, selected in re.findall(r'<option value="([^"]*)"( selected)?', select)
    ]


def test_the_signup_form_starts_with_no_category_chosen(client, vietnamese):
    html = client.get(reverse("account_signup")).content.decode()
    options = category_options(html)
    assert options[0][0] == ""
    assert not any(selected for value, selected in options if value)
    assert "— Chọn đối tượng —" in html
    # One line of help per category.
    for label in (
        "Người phát ngôn",
        "Cán bộ truyền thông",
        "Phóng viên, biên tập viên",
        "Cán bộ thông tin cơ sở",
    ):
        assert f"<strong>{label}</strong>:" in html
    assert "Ban tổ chức dựa vào đối tượng" in html


def test_signing_up_without_a_category_is_refused_in_vietnamese(client, vietnamese):
    organisation = OrganisationFactory()
    response = client.post(
        reverse("account_signup"), signup_data(organisation=organisation.pk, trainee_category="")
    )
    assert response.status_code == 200
    assert "Hãy chọn đối tượng đúng với công việc của bạn." in response.content.decode()
    assert not User.objects.filter(email__iexact="nhung.nguyen@example.vn").exists()


def test_the_chosen_category_is_recorded(client, vietnamese):
    organisation = OrganisationFactory()
    client.post(
        reverse("account_signup"),
        signup_data(organisation=organisation.pk, trainee_category=TraineeCategory.GRASSROOTS),
    )
    assert (
        User.objects.get(email__iexact="nhung.nguyen@example.vn").trainee_category
        == TraineeCategory.GRASSROOTS
    )


def test_every_form_that_records_a_category_requires_it(trainee):
    data = signup_data(organisation=OrganisationFactory().pk, trainee_category="")
    assert "trainee_category" in SignupForm(data=data).errors
    assert "trainee_category" in ProfileForm(data=data, user=trainee).errors
    # The profile shows the person's own category, not a default.
    assert ProfileForm(user=trainee).initial["trainee_category"] == trainee.trainee_category


def test_the_admins_new_user_form_has_no_category_preselected(client, superuser, vietnamese):
    login(client, superuser)
    html = client.get(reverse("wagtailusers_users:add")).content.decode()
    options = category_options(html)
    assert options[0][0] == "" and not any(selected for value, selected in options if value)
