"""The demo nominations: a nomination-only session, units complete and not, focal points; idempotent."""

import pytest

from courses.models import EnrolmentMode, TrainingSession
from courses.nominations import follow_up
from courses.nominations.demo import seed_nominations
from courses.nominations.models import FocalPoint, Invitation, Nomination, OrganisationList
from lms.outbox.models import OutboxMessage
from tests.conftest import row_counts

pytestmark = pytest.mark.django_db


def test_seed_nominations_is_idempotent(demo_courses):
    accounts = seed_nominations()
    assert len(accounts) == 4
    counts = row_counts(Invitation, FocalPoint, Nomination)
    assert seed_nominations() == accounts
    assert OrganisationList.objects.count() == 2
    assert all(saved.organisations.count() == 2 for saved in OrganisationList.objects.all())
    assert row_counts(Invitation, FocalPoint, Nomination) == counts
    session = TrainingSession.objects.get(enrolment_mode=EnrolmentMode.NOMINATION)
    statuses = {invitation.follow_up for invitation in follow_up.session_follow_up(session.pk)}
    assert {"complete", "partial", "not_opened"} <= statuses
    # Made-up addresses: nothing is left to send.
    assert not OutboxMessage.objects.filter(status="pending", key__startswith="nominations.").exists()
