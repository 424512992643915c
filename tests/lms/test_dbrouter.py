"""Report screens read from the replica alias when one is configured (DATABASE_REPLICA_URL); in the tests the
"replica" alias mirrors the test database, so the rows are the same and only the connection differs."""

from __future__ import annotations

import pytest
from django.db import connections
from django.test.utils import CaptureQueriesContext

from lms.dbrouter import report_reads
from lms.people.models import User
from tests.conftest import login

pytestmark = pytest.mark.django_db(transaction=True, databases=["default", "replica"])


@pytest.fixture
def replica(settings):
    settings.REPORTS_DATABASE_ALIAS = "replica"
    return connections["replica"]


def test_report_screens_read_from_the_replica_and_nothing_else_does(client, manager, replica, fresh_cache):
    login(client, manager)
    with (
        CaptureQueriesContext(replica) as on_replica,
        CaptureQueriesContext(connections["default"]) as on_primary,
    ):
        coverage = client.get("/admin/programme-reports/coverage/")
        annual = client.get("/admin/programme-reports/annual/")
    assert coverage.status_code == annual.status_code == 200
    replica_sql = " ".join(query["sql"] for query in on_replica)
    assert "people_organisation" in replica_sql  # the coverage report
    assert "courses_enrolment" in replica_sql  # the annual report
    primary_sql = " ".join(query["sql"] for query in on_primary)
    assert "django_session" in primary_sql  # who is signed in: always the primary
    assert "people_organisation" not in primary_sql
    assert "courses_enrolment" not in primary_sql
    with CaptureQueriesContext(replica) as elsewhere:
        assert client.get("/admin/").status_code == 200
    assert len(elsewhere) == 0


def test_without_a_replica_reports_read_from_the_primary(client, manager, settings, fresh_cache):
    settings.REPORTS_DATABASE_ALIAS = None
    login(client, manager)
    with CaptureQueriesContext(connections["replica"]) as on_replica:
        assert client.get("/admin/programme-reports/coverage/").status_code == 200
    assert len(on_replica) == 0


def test_writes_inside_a_report_block_still_go_to_the_primary(replica, manager):
    with report_reads():
        with CaptureQueriesContext(replica) as on_replica:
            assert User.objects.filter(pk=manager.pk).exists()
            User.objects.filter(pk=manager.pk).update(given_name="Minh Anh")
    assert len(on_replica) == 1
    assert "UPDATE" not in on_replica[0]["sql"]
    assert User.objects.get(pk=manager.pk).given_name == "Minh Anh"
