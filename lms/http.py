"""Helpers for reading request parameters safely."""

from __future__ import annotations

MAX_ID = 2**31 - 1


def id_or_none(value: object) -> int | None:
    """A positive database id from a request parameter, or None when it is missing or not one."""
    text = str(value or "").strip()
    if not text.isdigit():
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None
