"""Nominations: the quota, the deadline, the unit, the same person twice, withdraw and replace."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import Enrolment, EnrolmentEvent, EnrolmentSource, EnrolmentStatus
from courses.nominations import services
from courses.nominations.errors import (
    AlreadyNominatedError,
    DeadlinePassedError,
    InvitationSetupError,
    NotFocalPointError,
    QuotaExceededError,
    WrongOrganisationError,
)
from courses.nominations.models import Invitation, Nomination, NominationStatus
from courses.nominations.services import quota_used
from tests.courses.conftest import waitlist
from tests.nominations.conftest import make_invitation, staff_of

pytestmark = pytest.mark.django_db


def refusal(error: type[Exception], invitation: Invitation, person, *, by) -> str:
    """The message with which nominating `person` by the focal point `by` is refused with `error`."""
    with pytest.raises(error) as excinfo:
        services.nominate_person(invitation, person, acting_user=by)
    return excinfo.value.message


def test_a_nominee_gets_a_seat_through_the_allocator(invitation, focal, unit):
    [person] = staff_of(unit, 1)
    nomination = services.nominate_person(invitation, person, acting_user=focal)
    assert nomination.enrolment.status == EnrolmentStatus.CONFIRMED
    assert nomination.enrolment.source == EnrolmentSource.NOMINATION
    event = EnrolmentEvent.objects.get(enrolment=nomination.enrolment)
    assert event.action == "courses.enrolment.nominated"
    assert event.actor == focal
    assert event.email == "confirmed"
    assert quota_used(invitation) == 1


def test_past_the_quota_is_refused_in_vietnamese(invitation, focal, unit):
    people = staff_of(unit, 3)
    services.nominate_person(invitation, people[0], acting_user=focal)
    services.nominate_person(invitation, people[1], acting_user=focal)
    assert "đã cử đủ 2 người" in refusal(QuotaExceededError, invitation, people[2], by=focal)
    assert not Enrolment.objects.filter(user=people[2]).exists()


def test_after_the_deadline_is_refused(nomination_session, unit, focal):
    invitation = make_invitation(nomination_session, unit)
    Invitation.objects.filter(pk=invitation.pk).update(deadline=timezone.now() - timedelta(hours=1))
    [person] = staff_of(unit, 1)
    assert "Đã hết hạn cử người" in refusal(DeadlinePassedError, invitation, person, by=focal)
    assert not Enrolment.objects.exists()


def test_someone_from_another_unit_is_refused(invitation, focal, other_unit):
    [stranger] = staff_of(other_unit, 1)
    assert "không thuộc" in refusal(WrongOrganisationError, invitation, stranger, by=focal)
    assert not Enrolment.objects.exists()


def test_the_same_person_twice_is_refused(invitation, focal, unit):
    [person] = staff_of(unit, 1)
    services.nominate_person(invitation, person, acting_user=focal)
    assert "đã có tên" in refusal(AlreadyNominatedError, invitation, person, by=focal)
    assert Nomination.objects.count() == 1


def test_a_focal_point_of_another_unit_cannot_nominate(invitation, other_focal, unit):
    [person] = staff_of(unit, 1)
    refusal(NotFocalPointError, invitation, person, by=other_focal)
    assert not Enrolment.objects.exists()


def test_over_capacity_nominees_wait_on_the_list(nomination_session, unit, other_unit, focal, other_focal):
    # Capacity 3, two units of 2: over-invitation allowed, the fourth nominee waits.
    first = make_invitation(nomination_session, unit, quota=2)
    second = make_invitation(nomination_session, other_unit, quota=2)
    ours, theirs = staff_of(unit, 2), staff_of(other_unit, 2)
    for person in ours:
        services.nominate_person(first, person, acting_user=focal)
    results = [services.nominate_person(second, person, acting_user=other_focal) for person in theirs]
    assert [n.enrolment.status for n in results] == ["confirmed", "waitlisted"]
    assert waitlist(nomination_session) == [(theirs[1].pk, 1)]


def test_withdrawing_gives_the_place_back_and_keeps_the_waitlist_gap_free(
    nomination_session, unit, other_unit, focal, other_focal
):
    first = make_invitation(nomination_session, unit, quota=2)
    second = make_invitation(nomination_session, other_unit, quota=3)
    ours, theirs = staff_of(unit, 3), staff_of(other_unit, 3)
    mine = [services.nominate_person(first, person, acting_user=focal) for person in ours[:2]]
    theirs_nominations = [services.nominate_person(second, p, acting_user=other_focal) for p in theirs]
    assert waitlist(nomination_session) == [(theirs[1].pk, 1), (theirs[2].pk, 2)]
    # A waitlisted nominee withdrawn: the one behind moves up.
    services.withdraw_nomination(theirs_nominations[1], acting_user=other_focal)
    assert waitlist(nomination_session) == [(theirs[2].pk, 1)]
    # A seated nominee withdrawn: the head of the waitlist takes the seat; the unit's quota is free again.
    services.withdraw_nomination(mine[0], acting_user=focal)
    assert Enrolment.objects.get(user=theirs[2]).status == EnrolmentStatus.CONFIRMED
    assert waitlist(nomination_session) == []
    assert quota_used(first) == 1
    again = services.nominate_person(first, ours[2], acting_user=focal)
    assert again.enrolment.status == EnrolmentStatus.WAITLISTED
    assert waitlist(nomination_session) == [(ours[2].pk, 1)]
    mine[0].refresh_from_db()
    assert mine[0].status == NominationStatus.WITHDRAWN
    # Withdrawing twice changes nothing.
    services.withdraw_nomination(mine[0], acting_user=focal)
    assert waitlist(nomination_session) == [(ours[2].pk, 1)]


def test_withdrawn_then_renominated_person_gets_a_place_again(invitation, focal, unit):
    [person] = staff_of(unit, 1)
    nomination = services.nominate_person(invitation, person, acting_user=focal)
    services.withdraw_nomination(nomination, acting_user=focal)
    again = services.nominate_person(invitation, person, acting_user=focal)
    assert again.enrolment.pk == nomination.enrolment.pk
    assert again.enrolment.status == EnrolmentStatus.CONFIRMED


def test_replacing_keeps_the_seat_for_the_unit(nomination_session, unit, other_unit, focal, other_focal):
    first = make_invitation(nomination_session, unit, quota=1)
    second = make_invitation(nomination_session, other_unit, quota=3)
    ours = staff_of(unit, 2)
    theirs = staff_of(other_unit, 3)
    mine = services.nominate_person(first, ours[0], acting_user=focal)
    for person in theirs:
        services.nominate_person(second, person, acting_user=other_focal)
    assert waitlist(nomination_session) == [(theirs[2].pk, 1)]
    replacement = services.replace_nomination(mine, ours[1], acting_user=focal)
    assert replacement.enrolment.status == EnrolmentStatus.CONFIRMED
    assert Enrolment.objects.get(user=ours[0]).status == EnrolmentStatus.CANCELLED
    assert waitlist(nomination_session) == [(theirs[2].pk, 1)]
    mine.refresh_from_db()
    assert mine.status == NominationStatus.REPLACED
    assert quota_used(first) == 1


def test_replacement_after_the_cutoff_is_refused(nomination_session, unit, focal):
    invitation = make_invitation(nomination_session, unit)
    ours = staff_of(unit, 2)
    nomination = services.nominate_person(invitation, ours[0], acting_user=focal)
    past = timezone.now() - timedelta(hours=1)
    Invitation.objects.filter(pk=invitation.pk).update(deadline=past - timedelta(days=1), replace_until=past)
    with pytest.raises(DeadlinePassedError) as excinfo:
        services.replace_nomination(nomination, ours[1], acting_user=focal)
    assert "ban tổ chức" in excinfo.value.message
    with pytest.raises(DeadlinePassedError):
        services.withdraw_nomination(nomination, acting_user=focal)
    assert Enrolment.objects.get(user=ours[0]).status == EnrolmentStatus.CONFIRMED


def test_replacement_allowed_after_the_deadline_until_the_cutoff(nomination_session, unit, focal):
    invitation = make_invitation(nomination_session, unit)
    ours = staff_of(unit, 2)
    nomination = services.nominate_person(invitation, ours[0], acting_user=focal)
    Invitation.objects.filter(pk=invitation.pk).update(
        deadline=timezone.now() - timedelta(hours=1), replace_until=timezone.now() + timedelta(days=1)
    )
    replacement = services.replace_nomination(nomination, ours[1], acting_user=focal)
    assert replacement.enrolment.status == EnrolmentStatus.CONFIRMED


def test_invite_organisations_refuses_over_invitation_unless_allowed(
    nomination_session, manager, unit, other_unit
):
    deadline = timezone.now() + timedelta(days=5)
    with pytest.raises(InvitationSetupError) as excinfo:
        services.invite_organisations(
            nomination_session, [unit, other_unit], quota=2, deadline=deadline, acting_user=manager
        )
    assert "vượt" in excinfo.value.message or "4" in excinfo.value.message
    assert not Invitation.objects.exists()
    created = services.invite_organisations(
        nomination_session,
        [unit, other_unit],
        quota=2,
        deadline=deadline,
        allow_over_invitation=True,
        acting_user=manager,
    )
    assert len(created) == 2
    # Inviting the same units again adds nothing.
    assert (
        services.invite_organisations(
            nomination_session, [unit], quota=1, deadline=deadline, acting_user=manager
        )
        == []
    )


def test_a_trainee_cannot_invite(nomination_session, trainee, unit):
    from courses.errors import NotAllowedError

    with pytest.raises(NotAllowedError):
        services.invite_organisations(
            nomination_session,
            [unit],
            quota=1,
            deadline=timezone.now() + timedelta(days=1),
            acting_user=trainee,
        )


def test_a_focal_point_must_work_for_the_unit(manager, unit, other_unit):
    [person] = staff_of(other_unit, 1)
    with pytest.raises(WrongOrganisationError):
        services.appoint_focal_point(unit, person, acting_user=manager)
    [ours] = staff_of(unit, 1)
    first = services.appoint_focal_point(unit, ours, acting_user=manager)
    assert services.appoint_focal_point(unit, ours, acting_user=manager).pk == first.pk
