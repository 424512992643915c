"""GET /healthz/ for the load balancer: 200 when the node's database, cache, broker and storages answer, 503 not."""

from __future__ import annotations

from unittest import mock

import pytest
from django.db import OperationalError
from django.test.utils import CaptureQueriesContext

from lms import health
from lms.storage import object_storages
from tests.conftest import UNREACHABLE_S3

pytestmark = pytest.mark.django_db


def test_a_healthy_node_answers_200_with_each_check(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = client.get("/healthz/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    body = response.json()
    assert body["status"] == "ok"
    assert {name: check["status"] for name, check in body["checks"].items()} == {
        "database": "ok",
        "cache": "ok",
        "broker": "skipped",  # the embedded default: eager tasks, no broker
        "storage": "ok",
    }


def test_the_probe_sets_no_cookie_is_never_redirected_nor_cached(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    client.cookies.load({"django_language": "en"})
    response = client.get("/healthz/", HTTP_ACCEPT_LANGUAGE="en", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200
    assert not response.cookies
    assert "Vary" not in response
    assert client.head("/healthz/").status_code == 200
    assert client.post("/healthz/").status_code in (403, 404, 405)  # not the probe: normal handling


def test_database_down_is_503_not_an_error_page(client):
    with mock.patch.object(health, "check_database", side_effect=OperationalError("connection refused")):
        response = client.get("/healthz/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["database"] == {"status": "error", "error": "OperationalError", "ms": mock.ANY}
    assert body["checks"]["storage"]["status"] == "ok"


def test_a_real_unreachable_database_is_503(client, settings):
    """The connection itself fails (wrong port): still a 503 JSON answer, never Django's 500 page."""
    from django.db import connections

    connection = connections["default"]
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL)")
    with mock.patch.dict(connection.settings_dict, {"PORT": "18199"}):
        connection.close()
        try:
            with mock.patch.object(connection, "in_atomic_block", False):
                response = client.get("/healthz/")
        finally:
            connection.close()
    assert response.status_code == 503
    assert response.json()["checks"]["database"]["status"] == "error"


def test_cache_failure_is_503(client):
    with mock.patch("django.core.cache.backends.locmem.LocMemCache.get", side_effect=ConnectionError("down")):
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"]["status"] == "error"


def test_unreachable_object_storage_is_503(client, settings):
    """The bucket's server does not answer (a port nobody listens on)."""
    settings.STORAGES = {
        **settings.STORAGES,
        **object_storages(UNREACHABLE_S3),
    }
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"]["status"] == "error"


def test_object_storage_with_a_wrong_secret_is_503_and_with_the_right_one_200(
    client, settings, object_storage
):
    assert client.get("/healthz/").json()["checks"]["storage"]["status"] == "ok"
    settings.STORAGES = {
        **settings.STORAGES,
        **object_storages({**object_storage, "AWS_SECRET_ACCESS_KEY": "not-the-secret"}),
    }
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"]["status"] == "error"


def test_the_broker_is_checked_when_one_is_configured(client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:18199/2"  # nobody listens there
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["checks"]["broker"]["status"] == "error"


def test_the_probe_runs_one_query(client):
    from django.db import connection

    with CaptureQueriesContext(connection) as queries:
        client.get("/healthz/")
    assert [query["sql"] for query in queries] == ["SELECT 1"]
