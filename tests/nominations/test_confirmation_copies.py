"""The focal points get a copy of each confirmation of their nominees' seats: once per confirmation and focal
point, without the nominee's one-time password link; a nominee promoted from the waitlist later (by
nominations or by anyone's cancellation, found by the periodic task) is copied too."""

from __future__ import annotations

import pytest

from courses import services as courses_services
from courses.models import EnrolmentStatus
from courses.nominations import services, tasks
from courses.nominations.models import FocalPoint
from lms.outbox.models import OutboxMessage
from tests.nominations.conftest import NEWCOMER, make_invitation, staff_of

pytestmark = pytest.mark.django_db


def copies(to=None):
    rows = OutboxMessage.objects.filter(key__startswith="nominations.confirmation_copy.")
    return list(rows.filter(to=to) if to else rows)


def test_focal_points_get_a_copy_of_a_confirmed_seat(invitation, focal, unit):
    [colleague] = staff_of(unit, 1)
    FocalPoint.objects.create(organisation=unit, user=colleague)
    [person] = staff_of(unit, 1)
    services.nominate_person(invitation, person, acting_user=focal)
    assert sorted(copy.to for copy in copies()) == sorted([focal.email, colleague.email])
    [copy] = copies(focal.email)
    assert person.full_name in copy.subject and "Bản sao" in copy.subject
    assert person.email in copy.body_text
    # Running the periodic task twice adds nothing: the copy is once per confirmation and focal point.
    tasks.queue_confirmation_copies.delay().get()
    tasks.queue_confirmation_copies.delay().get()
    assert len(copies()) == 2


def test_a_new_persons_copy_holds_no_password_link(
    client, invitation, focal, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the person's own e-mail is queued after commit
        services.nominate_new_person(invitation, **NEWCOMER, acting_user=focal)
    own = OutboxMessage.objects.get(to=NEWCOMER["email"])
    assert "/tai-khoan/" in own.body_text
    [copy] = copies(focal.email)
    assert "Hoàng Thị Thu Hà" in copy.body_text
    assert "/tai-khoan/" not in copy.body_text


def test_waitlisted_nominees_get_no_copy_until_promoted(
    nomination_session, unit, other_unit, focal, other_focal
):
    # Capacity 3: the other unit's third nominee waits; our withdrawal promotes them, and their unit's focal
    # point gets the copy of that confirmation.
    ours = make_invitation(nomination_session, unit, quota=1)
    theirs = make_invitation(nomination_session, other_unit, quota=3)
    mine = services.nominate_person(ours, staff_of(unit, 1)[0], acting_user=focal)
    people = staff_of(other_unit, 3)
    nominated = [services.nominate_person(theirs, p, acting_user=other_focal) for p in people]
    assert nominated[-1].enrolment.status == EnrolmentStatus.WAITLISTED
    assert len(copies(other_focal.email)) == 2
    services.withdraw_nomination(mine, acting_user=focal)
    assert len(copies(other_focal.email)) == 3
    assert people[-1].full_name in copies(other_focal.email)[0].subject


def test_a_promotion_outside_nominations_is_copied_by_the_periodic_task(
    nomination_session, unit, other_unit, focal, other_focal
):
    ours = make_invitation(nomination_session, unit, quota=3)
    theirs = make_invitation(nomination_session, other_unit, quota=1)
    nominated = [services.nominate_person(ours, p, acting_user=focal) for p in staff_of(unit, 3)]
    waiting = services.nominate_person(theirs, staff_of(other_unit, 1)[0], acting_user=other_focal)
    assert waiting.enrolment.status == EnrolmentStatus.WAITLISTED
    # A nominee cancels on their own (the courses' path): the waiting nominee is promoted.
    first = nominated[0].enrolment
    courses_services.cancel_enrolment(first, acting_user=first.user)
    assert copies(other_focal.email) == []
    assert tasks.queue_confirmation_copies.delay().get() == 1
    assert tasks.queue_confirmation_copies.delay().get() == 0
    [copy] = copies(other_focal.email)
    assert waiting.user.full_name in copy.subject
