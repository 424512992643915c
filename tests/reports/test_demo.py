"""The demo shows a spokesperson network with real gaps, trained and untrained spokespersons, and a year."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from lms.people.models import Spokesperson
from lms.reports.annual import annual_report
from lms.reports.coverage import coverage_gaps, coverage_report, spokespersons_not_trained

pytestmark = pytest.mark.django_db


def test_the_demo_network_has_gaps_trained_and_untrained_spokespersons():
    call_command("seed_demo", stdout=None)
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
