"""Saved lists of organisations: kept in the admin (the creator is the owner), picked on the invitation
screen; only the units still in force are invited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.nominations.models import Invitation, OrganisationList
from tests.conftest import login
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_an_organiser_saves_a_list_in_the_admin(client, trainer):
    units = [OrganisationFactory() for _ in range(2)]
    login(client, trainer)
    form = client.get(reverse("organisation_lists:add")).content.decode()
    # The units are tick boxes under their level, with the filter box and its script.
    assert f"<legend>{units[0].level}</legend>" in form and 'id="id_organisations_filter"' in form
    assert f'value="{units[0].pk}"' in form and "lms/pick_list.js" in form and "lms/admin.css" in form
    response = client.post(
        reverse("organisation_lists:add"),
        {"name": "Các tỉnh miền núi phía Bắc", "organisations": [unit.pk for unit in units]},
    )
    assert response.status_code == 302
    saved = OrganisationList.objects.get()
    assert saved.owner == trainer
    assert set(saved.organisations.all()) == set(units)
    listing = client.get(reverse("organisation_lists:index")).content.decode()
    assert "Các tỉnh miền núi phía Bắc" in listing


def test_inviting_a_saved_list(client, manager, nomination_session):
    nomination_session.capacity = 50
    nomination_session.save()
    current = [OrganisationFactory() for _ in range(3)]
    merged = OrganisationFactory(valid_until=date(2025, 6, 30))
    saved = OrganisationList.objects.create(name="Miền Bắc", owner=manager)
    saved.organisations.set([*current, merged])
    login(client, manager)
    url = reverse("nominations_session", args=[nomination_session.pk])
    page = client.get(url).content.decode()
    assert "Miền Bắc" in page
    deadline = timezone.localtime(timezone.now() + timedelta(days=5)).strftime("%Y-%m-%dT%H:%M")
    client.post(url, {"saved_list": saved.pk, "quota": 2, "deadline": deadline})
    invited = set(Invitation.objects.values_list("organisation_id", flat=True))
    assert invited == {unit.pk for unit in current}
