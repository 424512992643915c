"""The login rate limit holds across web processes when the cache is shared (Redis), as production requires.

allauth counts failed logins in the default cache. Gunicorn runs several workers: with a per-process cache
each counts alone (the deploy check `lms.E001` refuses that); with Redis they count together.
"""

from __future__ import annotations

import os
import uuid
from unittest import mock

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client

from lms.settings import base as base_settings
from tests.conftest import requires_postgres, run_python
from tests.factories import PASSWORD

LOGIN_URL = "/tai-khoan/login/"
TOO_MANY = "Bạn đã đăng nhập không thành công quá nhiều lần"
REDIS_URL = next(
    (
        url
        for url in (
            os.environ.get("TEST_REDIS_URL"),
            os.environ.get("CACHE_URL"),
            os.environ.get("CELERY_BROKER_URL"),
        )
        if url and url.startswith("redis")
    ),
    None,
)
requires_redis = pytest.mark.skipif(
    REDIS_URL is None, reason="needs Redis (TEST_REDIS_URL, CACHE_URL or CELERY_BROKER_URL)"
)


def _redis(prefix: str) -> dict:
    # A fresh key prefix per test: counts start at zero without flushing a database others may use.
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": prefix,
    }


def _locmem(location: str) -> dict:
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": location}


@pytest.fixture
def production_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = base_settings.ACCOUNT_RATE_LIMITS  # the tests turn them off
    assert "5/5m/key" in settings.ACCOUNT_RATE_LIMITS["login_failed"]
    return settings


def _attempt(cache_alias: str, email: str, password: str) -> str:
    """One login through one web worker, whose rate-limit counter lives in its own cache client."""
    with mock.patch("allauth.core.internal.ratelimit.cache", caches[cache_alias]):
        return Client().post(LOGIN_URL, {"login": email, "password": password}).content.decode()


@requires_redis
@pytest.mark.django_db
def test_two_workers_with_redis_count_wrong_passwords_together(production_limits, trainee):
    prefix = f"rl-{uuid.uuid4().hex}"
    production_limits.CACHES = {"default": _redis(prefix), "worker-b": _redis(prefix)}
    assert caches["default"] is not caches["worker-b"]  # two clients, as two gunicorn workers have
    pages = [_attempt(worker, trainee.email, "sai-mat-khau") for worker in ["default", "worker-b"] * 2]
    pages.append(_attempt("worker-b", trainee.email, "sai-mat-khau"))
    assert not any(TOO_MANY in page for page in pages)
    # Five wrong passwords across both workers: the sixth attempt, even the right one, is refused by either.
    for worker in ("default", "worker-b"):
        assert TOO_MANY in _attempt(worker, trainee.email, PASSWORD)


@pytest.mark.django_db
def test_two_workers_with_their_own_memory_each_count_alone(production_limits, trainee):
    """Why production must not keep the default local-memory cache: the limit is never reached."""
    production_limits.CACHES = {"default": _locmem("worker-a"), "worker-b": _locmem("worker-b")}
    for worker in ["default", "worker-b"] * 4:
        assert TOO_MANY not in _attempt(worker, trainee.email, "sai-mat-khau")
    assert TOO_MANY not in _attempt("default", trainee.email, PASSWORD)


SUBPROCESS_ATTEMPTS = """
import os, django
django.setup()
from django.test import Client
from django.test.utils import override_settings
from lms.settings import base
cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["CACHE_URL"],
         "KEY_PREFIX": os.environ["RL_PREFIX"]}
with override_settings(CACHES={"default": cache}, ACCOUNT_RATE_LIMITS=base.ACCOUNT_RATE_LIMITS):
    for _ in range(int(os.environ["RL_ATTEMPTS"])):
        html = Client().post("/tai-khoan/login/", {"login": os.environ["RL_EMAIL"], "password": "sai"}).content
        print("limited" if "quá nhiều lần".encode() in html else "refused")
"""


@requires_redis
@requires_postgres
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_wrong_passwords_in_another_process_count_here(production_limits, trainee):
    prefix = f"rl-{uuid.uuid4().hex}"
    production_limits.CACHES = {"default": _redis(prefix)}
    client = Client()
    for _ in range(3):
        assert (
            TOO_MANY
            not in client.post(LOGIN_URL, {"login": trainee.email, "password": "sai"}).content.decode()
        )

    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": (
            f"postgres://{database['USER']}:{database['PASSWORD'] or ''}@{database['HOST'] or '127.0.0.1'}:"
            f"{database['PORT'] or 5432}/{database['NAME']}"
        ),
        "CACHE_URL": REDIS_URL,
        "RL_PREFIX": prefix,
        "RL_ATTEMPTS": "2",
        "RL_EMAIL": trainee.email,
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = run_python("-c", SUBPROCESS_ATTEMPTS, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["refused", "refused"]

    # 3 here + 2 there = the 5 a login may fail in 5 minutes: the right password is now refused here too.
    response = client.post(LOGIN_URL, {"login": trainee.email, "password": PASSWORD})
    assert TOO_MANY in response.content.decode()
    assert response.wsgi_request.user.is_anonymous
