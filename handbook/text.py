"""Text helpers of the handbook: heading anchors; highlighted search excerpts come from cms_site.text."""

from __future__ import annotations

from django.utils.text import slugify

from cms_site.text import highlight_excerpt
from lms.text import fold

__all__ = ["anchor_for", "highlight_excerpt"]


def anchor_for(text: str) -> str:
    """A stable ASCII anchor id for a heading ("Ba mục tiêu" -> "ba-muc-tieu")."""
    return slugify(fold(text))[:80] or "muc"
