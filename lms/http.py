"""Helpers for reading request parameters safely, and answering 404 for what is not there."""

from __future__ import annotations

import re
from typing import TypeVar

from django.http import Http404

T = TypeVar("T")

MAX_ID = 2**31 - 1  # the largest id a row can have (an integer column); larger values match nothing
_DIGITS = re.compile(r"[0-9]{1,10}")


def id_or_none(value: object) -> int | None:
    """A positive id from a query parameter or a URL (ASCII digits, within MAX_ID); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 < value <= MAX_ID else None
    if not isinstance(value, str) or not _DIGITS.fullmatch(value.strip()):
        return None
    number = int(value.strip())
    return number if 0 < number <= MAX_ID else None


def found(value: T | None) -> T:
    """The value looked up, or a 404 when there is none (not found, or not the asker's to see)."""
    if value is None:
        raise Http404
    return value
