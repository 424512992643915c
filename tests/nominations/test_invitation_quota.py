"""The organiser changes one invited unit's quota: never below its nominees, above the capacity in all only
with over-invitation, only the session's organisers; from the unit's row of the admin list."""

from __future__ import annotations

import pytest
from django.urls import reverse

from courses.errors import NotAllowedError
from courses.nominations import services
from courses.nominations.errors import InvitationSetupError
from courses.nominations.models import Invitation
from tests.conftest import login
from tests.nominations.conftest import make_invitation, staff_of

pytestmark = pytest.mark.django_db


def test_a_quota_never_below_the_nominees_nor_past_capacity_unasked(
    manager, nomination_session, invitation, unit, focal
):
    # Capacity 3, one unit invited for 2 with 2 nominees.
    for person in staff_of(unit, 2):
        services.nominate_person(invitation, person, acting_user=focal)
    with pytest.raises(InvitationSetupError) as excinfo:
        services.change_invitation_quota(invitation, quota=1, acting_user=manager)
    assert "không thể giảm chỉ tiêu" in excinfo.value.message
    assert services.change_invitation_quota(invitation, quota=3, acting_user=manager).quota == 3
    with pytest.raises(InvitationSetupError) as excinfo:
        services.change_invitation_quota(invitation, quota=4, acting_user=manager)
    assert "Tổng chỉ tiêu sẽ là 4 người" in excinfo.value.message
    changed = services.change_invitation_quota(
        invitation, quota=4, allow_over_invitation=True, acting_user=manager
    )
    assert changed.quota == 4


def test_only_the_sessions_organisers_change_a_quota(trainee, invitation):
    with pytest.raises(NotAllowedError):
        services.change_invitation_quota(invitation, quota=1, acting_user=trainee)
    invitation.refresh_from_db()
    assert invitation.quota == 2


def test_changing_a_quota_from_the_admin_list(client, trainer, nomination_session, unit, other_unit):
    ours = make_invitation(nomination_session, unit, quota=1)
    make_invitation(nomination_session, other_unit, quota=1)
    login(client, trainer)  # the session's trainer
    url = reverse("nominations_invitation_quota", args=[ours.pk])
    page = client.get(reverse("nominations_session", args=[nomination_session.pk])).content.decode()
    assert url in page
    response = client.post(url, {"quota": 2}, follow=True)
    assert f"Chỉ tiêu của {unit.name} nay là 2" in response.content.decode()
    response = client.post(url, {"quota": 5}, follow=True)
    assert "Tổng chỉ tiêu sẽ là 6 người" in response.content.decode()
    assert Invitation.objects.get(pk=ours.pk).quota == 2
