"""Dates as Decree 30 and the issue want them: dd/mm/yyyy in lists and forms, never ISO, never the browser's
mm/dd/yyyy picker, and a session's start never as a relative time."""

from __future__ import annotations

from datetime import date

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from lms.people.models import TraineeCategory, User
from tests.factories import OrganisationFactory
from tests.people.test_accounts import signup_data

pytestmark = pytest.mark.django_db


def test_a_date_in_a_vietnamese_template_reads_dd_mm_yyyy():
    with translation.override("vi"):
        rendered = Template("{{ day|date }} · {{ day|date:'SHORT_DATE_FORMAT' }}").render(
            Context({"day": date(2025, 2, 8)})
        )
    assert rendered == "08/02/2025 · 08/02/2025"


def test_sign_up_takes_the_date_of_birth_typed_day_first(client):
    response = client.post(
        reverse("account_signup"),
        signup_data(
            date_of_birth="05/02/1990",
            trainee_category=TraineeCategory.COMMUNICATION_OFFICER,
            organisation=OrganisationFactory().pk,
        ),
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    assert User.objects.get(email="nhung.nguyen@example.vn").date_of_birth == date(1990, 2, 5)


def test_the_date_of_birth_field_is_text_day_first_not_the_browser_picker(client):
    html = client.get(reverse("account_signup")).content.decode()
    field = html[html.index('name="date_of_birth"') - 200 : html.index('name="date_of_birth"') + 200]
    assert 'type="date"' not in field
    assert 'placeholder="dd/mm/yyyy"' in field


def test_a_month_first_date_is_refused_with_a_clear_message(client):
    response = client.post(
        reverse("account_signup"),
        signup_data(date_of_birth="02/31/1990", organisation=OrganisationFactory().pk),
    )
    assert response.status_code == 200
    assert "Nhập một ngày hợp lệ" in response.content.decode()
