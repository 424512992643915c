"""Budgets in the shared cache: a key is allowed `limit` uses a window, then refused until the next window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from lms.throttle import spend, spent

NOON = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def test_a_budget_allows_its_limit_then_refuses_until_the_next_window(fresh_cache):
    uses = [spend("test:k", limit=3, seconds=60, now=NOON) for _ in range(5)]
    assert uses == [True, True, True, False, False]
    assert spent("test:k", limit=3, seconds=60, now=NOON)
    assert not spent("test:other", limit=3, seconds=60, now=NOON)
    next_window = NOON + timedelta(seconds=60)
    assert not spent("test:k", limit=3, seconds=60, now=next_window)
    assert spend("test:k", limit=3, seconds=60, now=next_window)


def test_spent_counts_nothing(fresh_cache):
    for _ in range(10):
        assert not spent("test:k", limit=1, seconds=60, now=NOON)
    assert spend("test:k", limit=1, seconds=60, now=NOON)
    assert spent("test:k", limit=1, seconds=60, now=NOON)
