"""PostgreSQL: two focal points of one unit nominating at the same moment never exceed the unit's quota."""

from __future__ import annotations

import pytest

from courses.models import Enrolment, EnrolmentMode, EnrolmentStatus
from courses.nominations import services
from courses.nominations.errors import QuotaExceededError
from courses.nominations.models import FocalPoint, Nomination, NominationStatus
from tests.conftest import requires_postgres
from tests.courses.conftest import make_course, make_session
from tests.courses.test_concurrency import run_at_once
from tests.factories import OrganisationFactory
from tests.nominations.conftest import make_invitation, staff_of

pytestmark = [requires_postgres, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_two_focal_points_at_once_never_exceed_the_quota(catalogue):
    session = make_session(
        make_course(catalogue, lessons=0), capacity=50, enrolment_mode=EnrolmentMode.NOMINATION
    )
    unit = OrganisationFactory()
    focal_points = staff_of(unit, 2)
    for person in focal_points:
        FocalPoint.objects.create(organisation=unit, user=person)
    invitation = make_invitation(session, unit, quota=3)
    people = staff_of(unit, 12)
    targets = [
        lambda p=p, f=focal_points[i % 2]: services.nominate_person(invitation, p, acting_user=f)
        for i, p in enumerate(people)
    ]
    errors = run_at_once(targets)
    assert len(errors) == 9
    assert all(isinstance(error, QuotaExceededError) for error in errors)
    assert Nomination.objects.filter(invitation=invitation, status=NominationStatus.ACTIVE).count() == 3
    assert Enrolment.objects.filter(session=session, status=EnrolmentStatus.CONFIRMED).count() == 3


def test_nominations_of_many_units_at_once_fill_the_seats_then_the_waitlist(catalogue):
    session = make_session(
        make_course(catalogue, lessons=0), capacity=5, enrolment_mode=EnrolmentMode.NOMINATION
    )
    targets = []
    for _ in range(4):
        unit = OrganisationFactory()
        [focal] = staff_of(unit, 1)
        FocalPoint.objects.create(organisation=unit, user=focal)
        invitation = make_invitation(session, unit, quota=3)
        for person in staff_of(unit, 3):
            targets.append(
                lambda i=invitation, p=person, f=focal: services.nominate_person(i, p, acting_user=f)
            )
    assert run_at_once(targets) == []
    enrolments = Enrolment.objects.filter(session=session)
    assert enrolments.filter(status=EnrolmentStatus.CONFIRMED).count() == 5
    positions = sorted(
        enrolments.filter(status=EnrolmentStatus.WAITLISTED).values_list("waitlist_position", flat=True)
    )
    assert positions == list(range(1, 8))
