"""The demo shows a spokesperson network with real gaps, trained and untrained spokespersons, this year and
last year's completed sessions; seeding twice changes nothing."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from certificates.models import Certificate
from courses.attendance.models import AttendanceRecord
from courses.models import Enrolment, TrainingSession
from lms.people.models import Spokesperson
from lms.reports.annual import annual_report
from lms.reports.coverage import coverage_gaps, coverage_report, spokespersons_not_trained

pytestmark = pytest.mark.django_db


def counts() -> tuple[int, ...]:
    return tuple(
        model.objects.count()
        for model in (TrainingSession, Enrolment, AttendanceRecord, Certificate, Spokesperson)
    )


def test_the_demo_network_has_gaps_trained_and_untrained_spokespersons_and_two_years():
    call_command("seed_demo", stdout=io.StringIO())
    assert Spokesperson.objects.filter(ended_on__isnull=False).exists()
    assert Spokesperson.objects.filter(user__isnull=False).count() >= 5
    total = coverage_report().total
    assert 0 < total.covered < total.organisations
    assert total.trained > 0
    assert coverage_gaps().exists()
    assert spokespersons_not_trained().exists()
    report = annual_report(timezone.localdate().year)
    assert report.sessions_held >= 1
    assert report.totals.enrolled > 0
    assert report.certificates_issued > 0
    # Last year: two sessions held, 17 trainees; one absent both days; four under the 80% threshold
    # (one day of two, none, or an excused day the session does not count) and so without a certificate.
    last = annual_report(timezone.localdate().year - 1)
    assert (last.sessions_held, last.sessions_total) == (2, 2)
    totals = last.totals
    assert (totals.enrolled, totals.attended, totals.completed, totals.certified) == (17, 16, 13, 13)
    assert last.by_province and all(session.quiz_takers for session in last.sessions)

    before = counts()
    call_command("seed_demo", stdout=io.StringIO())
    assert counts() == before
