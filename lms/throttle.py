"""Budgets counted in the shared cache: how often a client or a person may do something within a window
before being refused (certificate verification per address, check-in codes per trainee).

A budget is a counter per key and fixed window, so every process behind the load balancer counts the same
uses. A budget is a brake, not a lock: requests at the same instant may pass it by one or two."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone


def client_address(request) -> str:
    """The client's address: behind TRUSTED_PROXY_COUNT proxies (a load balancer), the entry of
    X-Forwarded-For that the outermost trusted proxy appended; the connection's address otherwise."""
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count > 0:
        hops = [hop.strip() for hop in request.headers.get("X-Forwarded-For", "").split(",") if hop.strip()]
        if len(hops) >= count:
            return hops[-count]
    return request.META.get("REMOTE_ADDR", "unknown")


def _window_key(key: str, seconds: int, now: datetime | None) -> str:
    window = int((now or timezone.now()).timestamp()) // seconds
    return f"budget:{key}:{seconds}:{window}"


def spend(key: str, *, limit: int, seconds: int = 60, now: datetime | None = None) -> bool:
    """Count one use of `key` in the current window of `seconds`; True while the uses are within `limit`."""
    counter = _window_key(key, seconds, now)
    if cache.add(counter, 1, timeout=seconds + 10):
        return limit >= 1
    try:
        return cache.incr(counter) <= limit
    except ValueError:  # expired between add and incr: this use opens a new count
        return True


def spent(key: str, *, limit: int, seconds: int = 60, now: datetime | None = None) -> bool:
    """Whether `key` has used its whole budget in the current window (counts nothing)."""
    return (cache.get(_window_key(key, seconds, now)) or 0) >= limit
