"""The cluster's settings come from the environment: object storage, the connection pool, the replica."""

from __future__ import annotations

import json
import os
from urllib.parse import urlsplit

import pytest

from tests.conftest import UNREACHABLE_S3, run_python

SCRIPT = """
import json
import django
from django.conf import settings
django.setup()
from django.core.files.storage import storages
from django.db import connections
out = {
    "default": {k: settings.DATABASES["default"].get(k) for k in ("CONN_MAX_AGE",)},
    "pool": settings.DATABASES["default"].get("OPTIONS", {}).get("pool"),
    "aliases": sorted(settings.DATABASES),
    "reports": settings.REPORTS_DATABASE_ALIAS,
    "storages": {alias: type(storages[alias]).__name__ for alias in ("default", "private")},
    "private_bucket": getattr(storages["private"], "bucket_name", None),
    "querystring": getattr(storages["private"], "querystring_auth", None),
}
if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        out["select"] = cursor.fetchone()[0]
    out["pooled"] = connections["default"].pool is not None
print(json.dumps(out))
"""


def _settings_with(**env) -> dict:
    base = {key: value for key, value in os.environ.items() if not key.startswith(("AWS_", "DATABASE_"))}
    result = run_python("-c", SCRIPT, env={**base, "DJANGO_SETTINGS_MODULE": "lms.settings.dev", **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_embedded_default_keeps_the_filesystem_and_one_database():
    values = _settings_with()
    assert values["storages"] == {"default": "FileSystemStorage", "private": "FileSystemStorage"}
    assert values["aliases"] == ["default"]
    assert values["reports"] is None
    assert values["pool"] is None


def test_bucket_settings_put_both_storages_on_s3():
    values = _settings_with(**UNREACHABLE_S3)  # settings only: nothing is asked of the server
    assert values["storages"] == {"default": "MediaStorage", "private": "S3Storage"}
    assert values["private_bucket"] == "private"
    assert values["querystring"] is True


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="needs PostgreSQL (DATABASE_URL)"
)
def test_the_pool_and_the_replica_on_postgresql():
    # The server's own `postgres` database: the one DATABASE_URL names need not exist (pytest creates test_<name>).
    url = urlsplit(os.environ["DATABASE_URL"])._replace(path="/postgres").geturl()
    values = _settings_with(DATABASE_URL=url, DATABASE_POOL="1", DATABASE_REPLICA_URL=url)
    assert values["pool"] == {"min_size": 2, "max_size": 10, "timeout": 10}
    assert values["default"]["CONN_MAX_AGE"] == 0
    assert values["pooled"] is True
    assert values["select"] == 1
    assert values["aliases"] == ["default", "replica"]
    assert values["reports"] == "replica"
