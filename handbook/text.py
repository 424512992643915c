"""Text helpers of the handbook: heading anchors and highlighted search excerpts."""

from __future__ import annotations

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

from lms.text import fold


def anchor_for(text: str) -> str:
    """A stable ASCII anchor id for a heading ("Ba mục tiêu" -> "ba-muc-tieu")."""
    return slugify(fold(text))[:80] or "muc"


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
