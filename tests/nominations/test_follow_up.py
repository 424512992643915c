"""Follow-up: each unit's status, reminders before the deadline (once each, the task run twice), and the
release of unused quota after the deadline (free seats go to the waitlist)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrolment, EnrolmentStatus
from courses.nominations import follow_up, services, tasks
from courses.nominations.models import Invitation, InvitationStatus
from lms.outbox.models import OutboxMessage
from tests.conftest import login
from tests.factories import OrganisationFactory
from tests.nominations.conftest import make_invitation, staff_of

pytestmark = pytest.mark.django_db


def statuses(session):
    return {inv.organisation_id: inv.follow_up for inv in follow_up.session_follow_up(session.pk)}


def test_each_units_status(client, manager, nomination_session, unit, other_unit, focal, other_focal):
    ours = make_invitation(nomination_session, unit, quota=2)
    theirs = make_invitation(nomination_session, other_unit, quota=1)
    assert statuses(nomination_session) == {unit.pk: "not_opened", other_unit.pk: "not_opened"}
    login(client, focal)
    client.get(reverse("nominations:invitation", args=[ours.pk]))
    assert statuses(nomination_session)[unit.pk] == "opened"
    services.nominate_person(ours, staff_of(unit, 1)[0], acting_user=focal)
    services.nominate_person(theirs, staff_of(other_unit, 1)[0], acting_user=other_focal)
    assert statuses(nomination_session) == {unit.pk: "partial", other_unit.pk: "complete"}
    login(client, manager)
    page = client.get(reverse("nominations_session", args=[nomination_session.pk])).content.decode()
    assert "Đã cử một phần" in page and "Đã cử đủ" in page


def test_reminders_go_once_to_units_that_have_not_nominated(
    nomination_session, unit, other_unit, focal, other_focal
):
    silent = make_invitation(nomination_session, unit, deadline_in_days=1)
    answered = make_invitation(nomination_session, other_unit, deadline_in_days=1)
    make_invitation(nomination_session, OrganisationFactory(), deadline_in_days=10)
    services.nominate_person(answered, staff_of(other_unit, 1)[0], acting_user=other_focal)
    assert tasks.queue_nomination_reminders.delay().get() == 1
    assert tasks.queue_nomination_reminders.delay().get() == 0
    [reminder] = OutboxMessage.objects.filter(key__startswith="nominations.reminder.")
    assert reminder.to == focal.email
    assert "chưa cử cán bộ nào" in reminder.body_text
    assert reminder.key == f"nominations.reminder.{silent.pk}.{focal.pk}"


def test_release_unused_quota_after_the_deadline(
    manager, nomination_session, unit, other_unit, focal, other_focal
):
    ours = make_invitation(nomination_session, unit, quota=3)
    theirs = make_invitation(nomination_session, other_unit, quota=3)
    services.nominate_person(ours, staff_of(unit, 1)[0], acting_user=focal)
    nominated = [
        services.nominate_person(theirs, p, acting_user=other_focal) for p in staff_of(other_unit, 3)
    ]
    assert nominated[-1].enrolment.status == EnrolmentStatus.WAITLISTED
    Invitation.objects.filter(pk=ours.pk).update(deadline=timezone.now() - timedelta(hours=1))
    assert services.release_unused_quota(nomination_session, acting_user=manager) == 2
    ours.refresh_from_db()
    assert (ours.quota, ours.status) == (1, InvitationStatus.RELEASED)
    theirs.refresh_from_db()
    assert theirs.status == InvitationStatus.INVITED  # its deadline has not passed
    # Twice: nothing more.
    assert services.release_unused_quota(nomination_session, acting_user=manager) == 0
    assert Enrolment.objects.filter(status=EnrolmentStatus.CONFIRMED).count() == 3


def test_only_the_sessions_organisers_release(client, trainee, nomination_session):
    from courses.errors import NotAllowedError

    with pytest.raises(NotAllowedError):
        services.release_unused_quota(nomination_session, acting_user=trainee)
