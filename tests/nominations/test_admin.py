"""The organiser's admin screens: invite units by level, province or list; focal points; trainers' limits."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.nominations.models import FocalPoint, Invitation
from tests.conftest import login
from tests.factories import OrganisationFactory, level
from tests.nominations.conftest import staff_of

pytestmark = pytest.mark.django_db


def _deadline(days: int = 5) -> str:
    return timezone.localtime(timezone.now() + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")


def test_manager_invites_a_province_and_its_units_with_one_quota(client, manager, nomination_session):
    nomination_session.capacity = 100
    nomination_session.save()
    province = OrganisationFactory(name="Tỉnh Lào Cai", level=level("province"))
    department = OrganisationFactory(name="Sở Tư pháp tỉnh Lào Cai", parent=province)
    OrganisationFactory(name="Sở Y tế tỉnh Yên Bái")  # another province's unit: not invited
    ministry = OrganisationFactory(name="Bộ Tư pháp", level=level("central"))
    login(client, manager)
    url = reverse("nominations_session", args=[nomination_session.pk])
    response = client.post(
        url,
        {"province": province.pk, "organisations": [ministry.pk], "quota": 3, "deadline": _deadline()},
        follow=True,
    )
    assert response.status_code == 200
    invited = set(
        Invitation.objects.filter(session=nomination_session).values_list("organisation_id", flat=True)
    )
    assert invited == {province.pk, department.pk, ministry.pk}
    assert set(Invitation.objects.values_list("quota", flat=True)) == {3}
    page = client.get(url).content.decode()
    assert "Sở Tư pháp tỉnh Lào Cai" in page
    assert "Chỉ tiêu" in page


def test_the_units_to_invite_are_tick_boxes_under_their_level_and_a_refused_form_keeps_them(
    client, manager, nomination_session
):
    ministry = OrganisationFactory(name="Bộ Tư pháp", level=level("central"))
    province = OrganisationFactory(name="Tỉnh Lào Cai", level=level("province"))
    login(client, manager)
    url = reverse("nominations_session", args=[nomination_session.pk])
    page = client.get(url).content.decode()
    # The field's label names the filter box; each level is a group of tick boxes in the level's order.
    assert '<label class="w-field__label" for="id_organisations_filter">' in page
    central, provinces = (
        page.index(f"<legend>{ministry.level}</legend>"),
        page.index(f"<legend>{province.level}</legend>"),
    )
    assert central < page.index(f'value="{ministry.pk}" id="id_organisations_') < provinces
    assert provinces < page.index(f'value="{province.pk}" id="id_organisations_')
    assert "lms/pick_list.js" in page
    # A refused form (no deadline) comes back with the ticked units still ticked and counted.
    page = client.post(url, {"organisations": [ministry.pk], "quota": 2}).content.decode()
    assert not Invitation.objects.exists()
    assert re.search(rf'value="{ministry.pk}" id="id_organisations_[0-9_]+" checked>', page)
    assert "Đã chọn: <strong data-pick-list-count>1</strong>" in page


def test_over_invitation_refused_in_the_form_then_allowed(client, manager, nomination_session):
    units = [OrganisationFactory(level=level("central")) for _ in range(2)]
    login(client, manager)
    url = reverse("nominations_session", args=[nomination_session.pk])
    data = {"organisations": [unit.pk for unit in units], "quota": 2, "deadline": _deadline()}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "vượt sức chứa" in response.content.decode()
    assert not Invitation.objects.exists()
    client.post(url, {**data, "allow_over_invitation": "on"})
    assert Invitation.objects.count() == 2


def test_a_trainer_of_another_session_gets_404(client, course, nomination_session):
    from django.conf import settings

    from tests.factories import UserFactory

    stranger = UserFactory(roles=[settings.ROLE_TRAINERS], is_staff=True)
    login(client, stranger)
    response = client.get(reverse("nominations_session", args=[nomination_session.pk]))
    assert response.status_code == 404


def test_a_trainer_may_not_appoint_focal_points(client, trainer, unit):
    [person] = staff_of(unit, 1)
    login(client, trainer)
    assert client.get(reverse("nominations_focal_points")).status_code == 403
    response = client.post(
        reverse("nominations_focal_points"), {"organisation": unit.pk, "email": person.email}
    )
    assert response.status_code == 403
    assert "quản lý chương trình" in response.content.decode()
    assert not FocalPoint.objects.exists()


def test_manager_appoints_only_staff_of_the_unit(client, manager, unit, other_unit):
    [ours] = staff_of(unit, 1)
    [theirs] = staff_of(other_unit, 1)
    login(client, manager)
    url = reverse("nominations_focal_points")
    response = client.post(url, {"organisation": unit.pk, "email": theirs.email})
    assert "không thuộc" in response.content.decode()
    assert not FocalPoint.objects.exists()
    client.post(url, {"organisation": unit.pk, "email": ours.email.upper()})
    assert FocalPoint.objects.get().user == ours
    assert ours.email in client.get(url).content.decode()
