"""`GET /healthz/` for load balancers: 200 when this node can reach the database, the cache, the broker (when one
is configured) and the file storages; 503 otherwise.

Answered by a middleware placed first, before sessions, the language redirect, CSRF, the page cache and the
host check, so a probe costs a few milliseconds, sets no cookie and is never cached. Each check is one round
trip: `SELECT 1`, a cache write and read, a broker ping, an existence test in each storage.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.core.files.storage import storages
from django.db import connections
from django.http import HttpResponse

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz/"
_PROBE_NAME = "healthz-probe"
_node = f"{socket.gethostname()}:{os.getpid()}"


def check_database() -> None:
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache() -> None:
    cache = caches["default"]
    key = f"healthz:{_node}"
    value = str(time.monotonic())
    cache.set(key, value, 30)
    if cache.get(key) != value:
        raise RuntimeError("the cache did not keep a value")


_broker_lock = threading.Lock()
_broker_clients: dict[str, object] = {}


def broker_url() -> str | None:
    """The Celery broker to ping, or None in the embedded default (eager tasks, in-memory transport)."""
    if getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False):
        return None
    url = getattr(settings, "CELERY_BROKER_URL", "") or ""
    return None if not url or url.startswith("memory://") else url


def check_broker() -> None:
    url = broker_url()
    if url is None:
        return
    if url.startswith(("redis://", "rediss://", "unix://")):
        import redis  # noqa: PLC0415 - only when a Redis broker is configured

        with _broker_lock:
            client = _broker_clients.get(url)
            if client is None:
                client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
                _broker_clients[url] = client
        client.ping()
        return
    from kombu import Connection  # noqa: PLC0415 - other transports, rarely

    with Connection(url, connect_timeout=2) as connection:
        connection.ensure_connection(max_retries=1)


def check_storage() -> None:
    for alias in ("default", "private"):
        # A missing object answers False; an unreachable bucket, a wrong key or a broken mount raises.
        storages[alias].exists(_PROBE_NAME)


# Each name's function is check_<name> of this module (looked up at each probe).
CHECKS = ("database", "cache", "broker", "storage")


def health_response() -> HttpResponse:
    results: dict[str, dict] = {}
    healthy = True
    for name in CHECKS:
        check: Callable[[], None] = globals()[f"check_{name}"]
        if name == "broker" and broker_url() is None:
            results[name] = {"status": "skipped"}
            continue
        started = time.perf_counter()
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure of a dependency makes the node unhealthy
            healthy = False
            logger.warning("health check %s failed: %r", name, error)
            results[name] = {"status": "error", "error": type(error).__name__}
        else:
            results[name] = {"status": "ok"}
        results[name]["ms"] = round((time.perf_counter() - started) * 1000, 1)
    body = {"status": "ok" if healthy else "error", "checks": results}
    response = HttpResponse(json.dumps(body), status=200 if healthy else 503, content_type="application/json")
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """Answers HEALTH_PATH before any other middleware runs (first in MIDDLEWARE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_PATH and request.method in ("GET", "HEAD"):
            return health_response()
        return self.get_response(request)
