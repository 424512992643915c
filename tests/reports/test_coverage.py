"""Coverage of the spokesperson network per level on a date, on the hand-built network of conftest.py."""

import datetime as dt
from decimal import Decimal

import pytest

from lms.people.models import Organisation
from lms.reports.coverage import coverage_gaps, coverage_report, spokespersons_not_trained
from tests.factories import OrganisationFactory, level
from tests.reports.conftest import ON

pytestmark = pytest.mark.django_db


def figures(report):
    return {row.level_code: (row.organisations, row.covered, row.trained) for row in report.rows}


def test_known_counts_and_percentages_per_level_in_force(network):
    report = coverage_report(on=ON)
    assert figures(report) == {
        "central": (2, 1, 1),
        "province": (5, 4, 2),
        "department": (2, 1, 0),
        "commune": (3, 2, 2),
        "press": (0, 0, 0),
    }
    rows = {row.level_code: row for row in report.rows}
    assert rows["province"].covered_percent == Decimal("80.0")
    assert rows["province"].trained_percent == Decimal("40.0")
    assert rows["commune"].covered_percent == Decimal("66.7")
    assert rows["department"].trained_percent == Decimal("0.0")
    assert rows["province"].gaps == 1
    total = report.total
    assert (total.organisations, total.covered, total.trained) == (12, 8, 5)
    assert total.covered_percent == Decimal("66.7")
    assert report.target_percent == 100


def test_before_the_reform_the_district_level_counts_and_dissolved_units_are_their_own(network):
    report = coverage_report(on=dt.date(2025, 6, 1))
    counts = figures(report)
    assert counts["district"] == (1, 1, 1)
    # T-OLD was still in force with its own spokesperson, T-HUE had none yet; T-DN's certificate was fresh,
    # T-QN's spokesperson still in post.
    assert counts["province"] == (6, 5, 4)
    # X-NEW did not exist; X-OLD counts for itself; X-1's certificate was not yet issued.
    assert counts["commune"] == (3, 2, 1)


def test_a_certificate_goes_stale_after_the_configured_years(network, settings):
    settings.SPOKESPERSON_TRAINING_VALID_YEARS = 5
    assert figures(coverage_report(on=ON))["province"] == (5, 4, 3)  # T-DN's 2023 certificate counts again


def test_within_one_province(network):
    report = coverage_report(on=ON, province="t-hn")
    assert figures(report) == {"province": (1, 1, 1), "department": (1, 1, 0), "commune": (2, 2, 2)}


def test_gaps_and_not_yet_trained_lists(network):
    assert sorted(unit.code for unit in coverage_gaps(on=ON)) == ["BO-B", "S-HUE", "T-QN", "X-3"]
    not_trained = spokespersons_not_trained(on=ON)
    assert sorted(record.organisation.code for record in not_trained) == ["S-HN", "T-DN", "T-HP"]
    assert [record.organisation.code for record in spokespersons_not_trained(on=ON, province="T-HN")] == [
        "S-HN"
    ]


def test_the_figures_take_a_fixed_number_of_queries(network, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        coverage_report(on=ON)
    for number in range(30):
        OrganisationFactory(code=f"X-MORE-{number}", level=level("commune"))
    with django_assert_max_num_queries(2):
        report = coverage_report(on=ON)
    assert figures(report)["commune"] == (33, 2, 2)
    assert Organisation.objects.count() > 40
