"""Plain text out of page content: for accent-insensitive search indexing, for what a page is about, and for
search results' highlighted excerpts."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

from lms.text import fold, nfc

_STRUCTURE_KEYS = frozenset({"type", "id"})
# Block fields that are data rather than prose: a snippet made of them reads "Điều 5 2017-02-09 Kịch bản".
_DATA_KEYS = _STRUCTURE_KEYS | {
    "anchor",
    "article",
    "button_label",
    "credit",
    "date",
    "document",
    "documents",
    "image",
    "level",
    "page",
    "section",
    "url",
}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def plain_text(value: Any, *, skip: frozenset[str] = _STRUCTURE_KEYS) -> str:
    """All the text in a StreamField's raw data (or any nested JSON-like value), without HTML tags."""
    parts: list[str] = []

    def walk(item: Any) -> None:
        if isinstance(item, str):
            parts.append(strip_tags(item))
        elif isinstance(item, dict):
            for key, child in item.items():
                if key not in skip:
                    walk(child)
        elif isinstance(item, list | tuple):
            for child in item:
                walk(child)

    raw = getattr(value, "raw_data", value)
    walk(list(raw) if raw is not None and not isinstance(raw, str | dict | list) else raw)
    return " ".join(part.strip() for part in parts if part and part.strip())


def readable_text(value: Any) -> str:
    """The prose of a StreamField (paragraphs, headings, list items, table cells, quotations), without the
    blocks' data fields (dates, article numbers, anchors, links): what a search snippet may quote."""
    text = plain_text(value, skip=_DATA_KEYS)
    return " ".join(word for word in text.split() if not _ISO_DATE.match(word))


def headings_of(value: Any) -> list[str]:
    """The text of the heading blocks of a StreamField."""
    raw = getattr(value, "raw_data", value)
    if not isinstance(raw, list | tuple) and raw is not None and not isinstance(raw, str | dict):
        raw = list(raw)
    headings = []
    for block in raw if isinstance(raw, list | tuple) else []:
        if isinstance(block, dict) and block.get("type") == "heading":
            content = block.get("value")
            text = content.get("text", "") if isinstance(content, dict) else content
            if isinstance(text, str) and text.strip():
                headings.append(strip_tags(text).strip())
    return headings


def page_summary(page: Any) -> str:
    """A plain-text sentence or two saying what a page is about: its search description, else the first of its
    summary, lead or introduction fields that is filled in."""
    for attribute in ("search_description", "summary", "lead", "intro", "introduction"):
        value = getattr(page, attribute, "")
        if value:
            return " ".join(plain_text(value).split())
    return ""


_QUERY_NOISE = re.compile(r"[^\w\s\-]", re.UNICODE)


def clean_search_query(query: str | None, *, max_length: int = 200) -> str:
    """A search query safe for every search backend: NFC, words only (quotes and operators dropped)."""
    query = nfc((query or "")[:max_length], squash=False)
    return " ".join(_QUERY_NOISE.sub(" ", query.replace("\x00", " ")).split())


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """The folded text and, for every folded character, the index of the original character it came from."""
    folded: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        piece = fold(char)
        folded.append(piece)
        positions.extend([index] * len(piece))
    return "".join(folded), positions


_WORD = re.compile(r"\w+", re.UNICODE)


def highlight_excerpt(text: str, query: str, *, width: int = 240) -> SafeString:
    """An HTML-escaped excerpt of `text` around the first match of the query, matches wrapped in <mark>.

    Matching ignores case and diacritics, so "nguoi phat ngon" marks "người phát ngôn".
    """
    text = unicodedata.normalize("NFC", text or "")
    words = sorted(
        {word for word in _WORD.findall(fold(query)) if len(word) > 1 or word.isdigit()},
        key=len,
        reverse=True,
    )
    folded, positions = _folded_with_positions(text)
    spans: list[tuple[int, int]] = []
    for word in words:
        for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", folded):
            start = positions[match.start()]
            end = positions[match.end() - 1] + 1
            spans.append((start, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    if merged:
        first = merged[0][0]
        window_start = max(0, first - width // 3)
        # Start at a word boundary so the excerpt does not open mid-word.
        if window_start > 0:
            space = text.rfind(" ", 0, window_start)
            window_start = space + 1 if space != -1 else 0
    else:
        window_start = 0
    window_end = min(len(text), window_start + width)
    if window_end < len(text):
        space = text.find(" ", window_end)
        window_end = space if space != -1 else len(text)
    parts: list[str] = ["… " if window_start > 0 else ""]
    cursor = window_start
    for start, end in merged:
        if end <= window_start or start >= window_end:
            continue
        start, end = max(start, window_start), min(end, window_end)
        parts.append(escape(text[cursor:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    parts.append(escape(text[cursor:window_end]))
    if window_end < len(text):
        parts.append(" …")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped
