"""PostgreSQL: two issuances at once leave one valid certificate per enrolment, numbers stay consecutive."""

from __future__ import annotations

import pytest

from certificates import services
from certificates.models import Certificate, CertificateYear
from tests.attendance.factories import confirmed_trainees
from tests.certificates.conftest import attend_all, finished_session
from tests.conftest import requires_postgres
from tests.courses.test_concurrency import run_at_once

pytestmark = [requires_postgres, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def race(authority, trainer):
    session = finished_session(trainers=[trainer], days=2)
    enrolments = confirmed_trainees(session, 12)
    attend_all(session, enrolments, by=trainer)
    return session, enrolments


def test_the_same_enrolment_issued_eight_times_at_once_gets_one_certificate(race, trainer):
    _session, enrolments = race
    results: list = []
    errors = run_at_once(
        [
            lambda: results.append(services.issue_certificate(enrolments[0], acting_user=trainer))
            for _ in range(8)
        ]
    )
    assert errors == []
    assert sum(1 for result in results if result.created) == 1
    assert len({result.certificate.pk for result in results}) == 1
    assert Certificate.objects.filter(enrolment=enrolments[0]).count() == 1
    assert CertificateYear.objects.get().last_number == 1


def test_two_bulk_runs_at_once_issue_each_enrolment_once_with_consecutive_numbers(race, trainer):
    session, enrolments = race
    errors = run_at_once(
        [lambda: services.issue_certificates(enrolments, acting_user=trainer) for _ in range(2)]
        + [lambda: services.issue_certificates(list(reversed(enrolments)), acting_user=trainer)]
    )
    assert errors == []
    certificates = Certificate.objects.filter(enrolment__session=session)
    assert certificates.count() == 12
    assert certificates.values("enrolment").distinct().count() == 12
    assert sorted(certificates.values_list("sequence", flat=True)) == list(range(1, 13))
    assert CertificateYear.objects.get().last_number == 12


def test_two_runs_of_one_job_at_once_issue_once(race, trainer):
    session, _enrolments = race
    from certificates.models import IssuanceJob

    job = IssuanceJob.objects.create(session=session, created_by=trainer)
    outcomes: list = []
    errors = run_at_once([lambda: outcomes.append(services.run_issuance_job(job.pk)) for _ in range(2)])
    assert errors == []
    assert len(outcomes) == 2 and "done" in outcomes  # the other run found the job taken (or finished)
    assert Certificate.objects.filter(enrolment__session=session).count() == 12
    job.refresh_from_db()
    assert (job.processed, job.issued) == (12, 12)
