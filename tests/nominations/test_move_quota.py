"""After the deadline, the places units left unused move to units the organiser picks: shared out evenly,
added to an invited unit's quota (re-opened) or offered to a new unit (with its letter); the places offered
stay the same and confirmed seats never exceed the capacity."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.errors import NotAllowedError
from courses.models import Enrolment, EnrolmentStatus
from courses.nominations import services
from courses.nominations.errors import InvitationSetupError
from courses.nominations.models import FocalPoint, Invitation, InvitationStatus
from lms.outbox.models import OutboxMessage
from tests.conftest import login
from tests.factories import OrganisationFactory
from tests.nominations.conftest import make_invitation, staff_of

pytestmark = pytest.mark.django_db


def past(invitation):
    Invitation.objects.filter(pk=invitation.pk).update(deadline=timezone.now() - timedelta(hours=1))


@pytest.fixture
def newcomer(db):
    unit = OrganisationFactory(name="Sở Văn hóa và Thể thao tỉnh Điện Biên")
    [person] = staff_of(unit, 1)
    FocalPoint.objects.create(organisation=unit, user=person)
    return unit


def test_unused_places_move_to_the_units_chosen(
    manager, nomination_session, unit, other_unit, focal, other_focal, newcomer, letter_authority
):
    nomination_session.capacity = 6
    nomination_session.save()
    silent = make_invitation(nomination_session, unit, quota=3)  # nominates 0 of 3
    keen = make_invitation(nomination_session, other_unit, quota=2)
    for person in staff_of(other_unit, 2):
        services.nominate_person(keen, person, acting_user=other_focal)
    past(silent)
    past(keen)
    deadline = timezone.now() + timedelta(days=3)
    moved = services.move_unused_quota(
        nomination_session, [other_unit, newcomer], deadline=deadline, acting_user=manager
    )
    assert moved == 3
    silent.refresh_from_db()
    assert (silent.quota, silent.status) == (0, InvitationStatus.RELEASED)
    keen.refresh_from_db()
    # The keen unit was past its deadline too (complete: released at 2), then re-opened with 2 of the 3 places.
    new = Invitation.objects.get(organisation=newcomer)
    assert (keen.quota, keen.status, keen.deadline) == (4, InvitationStatus.INVITED, deadline)
    assert new.quota == 1
    assert new.status == InvitationStatus.INVITED and new.deadline == deadline
    assert OutboxMessage.objects.filter(key__startswith=f"nominations.invitation.{new.pk}.").count() == 1
    # Offered in all: the same 5 places as before, for 6 seats.
    assert sum(Invitation.objects.values_list("quota", flat=True)) == 5


def test_a_reopened_unit_nominates_again_and_seats_never_exceed_capacity(
    manager, nomination_session, unit, other_unit, focal, other_focal
):
    # Capacity 3. The silent unit leaves its 2 places; the keen one receives them after filling its own.
    silent = make_invitation(nomination_session, unit, quota=2)
    keen = make_invitation(nomination_session, other_unit, quota=2)
    people = staff_of(other_unit, 4)
    for person in people[:2]:
        services.nominate_person(keen, person, acting_user=other_focal)
    past(silent)
    assert (
        services.move_unused_quota(
            nomination_session, [other_unit], deadline=timezone.now() + timedelta(days=2), acting_user=manager
        )
        == 2
    )
    keen.refresh_from_db()
    assert (keen.quota, keen.status) == (4, InvitationStatus.INVITED)
    results = [services.nominate_person(keen, person, acting_user=other_focal) for person in people[2:]]
    assert [n.enrolment.status for n in results] == ["confirmed", "waitlisted"]
    assert Enrolment.objects.filter(session=nomination_session, status=EnrolmentStatus.CONFIRMED).count() == 3


def test_nothing_to_move_and_bad_targets(manager, nomination_session, unit, other_unit, focal):
    open_one = make_invitation(nomination_session, unit, quota=2)
    declined = make_invitation(nomination_session, other_unit, quota=1)
    Invitation.objects.filter(pk=declined.pk).update(status=InvitationStatus.DECLINED)
    later = timezone.now() + timedelta(days=2)
    # No unit is past its deadline: nothing moves, twice.
    assert services.move_unused_quota(nomination_session, [unit], deadline=later, acting_user=manager) == 0
    with pytest.raises(InvitationSetupError) as excinfo:
        services.move_unused_quota(nomination_session, [other_unit], deadline=later, acting_user=manager)
    assert "đã từ chối giấy mời" in excinfo.value.message
    with pytest.raises(InvitationSetupError):
        services.move_unused_quota(nomination_session, [], deadline=later, acting_user=manager)
    open_one.refresh_from_db()
    assert open_one.quota == 2


def test_only_the_sessions_organisers_move_quota(trainee, nomination_session, unit):
    with pytest.raises(NotAllowedError):
        services.move_unused_quota(
            nomination_session, [unit], deadline=timezone.now() + timedelta(days=1), acting_user=trainee
        )


def test_moving_through_the_admin(client, manager, nomination_session, unit, other_unit):
    silent = make_invitation(nomination_session, unit, quota=2)
    make_invitation(nomination_session, other_unit, quota=1)
    past(silent)
    login(client, manager)
    url = reverse("nominations_session_move_quota", args=[nomination_session.pk])
    response = client.post(url, {"move-organisations": [other_unit.pk]})
    assert response.status_code == 200 and "move-deadline" in response.content.decode()
    deadline = timezone.localtime(timezone.now() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(
        url, {"move-organisations": [other_unit.pk], "move-deadline": deadline}, follow=True
    )
    assert "Đã chuyển 2 chỉ tiêu chưa dùng" in response.content.decode()
    assert Invitation.objects.get(organisation=other_unit).quota == 3
