"""PostgreSQL: moving unused quota while the receiving unit's focal points nominate takes the same session
lock: the unit never holds more nominees than its quota at any moment, and seats never exceed capacity."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import Enrolment, EnrolmentMode, EnrolmentStatus
from courses.nominations import services
from courses.nominations.errors import QuotaExceededError
from courses.nominations.models import FocalPoint, Invitation, Nomination, NominationStatus
from tests.conftest import requires_postgres
from tests.courses.conftest import make_course, make_session
from tests.courses.test_concurrency import run_at_once
from tests.factories import OrganisationFactory
from tests.nominations.conftest import make_invitation, staff_of

pytestmark = [requires_postgres, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_moving_quota_while_the_unit_nominates(catalogue, manager):
    session = make_session(
        make_course(catalogue, lessons=0), capacity=4, enrolment_mode=EnrolmentMode.NOMINATION
    )
    silent, keen = OrganisationFactory(), OrganisationFactory()
    focal_points = staff_of(keen, 2)
    for person in focal_points:
        FocalPoint.objects.create(organisation=keen, user=person)
    left = make_invitation(session, silent, quota=2)
    Invitation.objects.filter(pk=left.pk).update(deadline=timezone.now() - timedelta(hours=1))
    invitation = make_invitation(session, keen, quota=2)
    people = staff_of(keen, 8)
    targets = [
        lambda p=p, f=focal_points[i % 2]: services.nominate_person(invitation, p, acting_user=f)
        for i, p in enumerate(people)
    ]
    targets.insert(
        4,
        lambda: services.move_unused_quota(
            session, [keen], deadline=timezone.now() + timedelta(days=1), acting_user=manager
        ),
    )
    errors = run_at_once(targets)
    assert all(isinstance(error, QuotaExceededError) for error in errors)
    invitation.refresh_from_db()
    assert invitation.quota == 4
    nominated = Nomination.objects.filter(invitation=invitation, status=NominationStatus.ACTIVE).count()
    # However the nine calls interleaved, the unit holds at most its final quota and at least its first.
    assert 2 <= nominated <= 4 and len(errors) == 8 - nominated
    assert Enrolment.objects.filter(session=session, status=EnrolmentStatus.CONFIRMED).count() <= 4
