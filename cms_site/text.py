"""Plain text out of page content, for accent-insensitive search indexing."""

from __future__ import annotations

import re
from typing import Any

from django.utils.html import strip_tags

from lms.text import nfc


def plain_text(value: Any) -> str:
    """All the text in a StreamField's raw data (or any nested JSON-like value), without HTML tags."""
    parts: list[str] = []

    def walk(item: Any) -> None:
        if isinstance(item, str):
            parts.append(strip_tags(item))
        elif isinstance(item, dict):
            for key, child in item.items():
                if key not in {"type", "id"}:
                    walk(child)
        elif isinstance(item, list | tuple):
            for child in item:
                walk(child)

    raw = getattr(value, "raw_data", value)
    walk(list(raw) if raw is not None and not isinstance(raw, str | dict | list) else raw)
    return " ".join(part.strip() for part in parts if part and part.strip())


_QUERY_NOISE = re.compile(r"[^\w\s\-]", re.UNICODE)


def clean_search_query(query: str | None, *, max_length: int = 200) -> str:
    """A search query safe for every search backend: NFC, words only (quotes and operators dropped)."""
    query = nfc((query or "")[:max_length], squash=False)
    return " ".join(_QUERY_NOISE.sub(" ", query.replace("\x00", " ")).split())
