from __future__ import annotations

from datetime import date, datetime

from django import template
from django.utils import formats, timezone
from django.utils.translation import get_language

from lms.text import vietnamese_date

register = template.Library()


@register.simple_tag
def section_number(outline, page) -> str:
    """The derived number of a chapter or section ("2.3"), or "" if it is not part of the live book."""
    if outline is None or page is None:
        return ""
    entry = outline.entry(page.pk)
    return entry.number if entry else ""


@register.filter
def reader_date(value: date | datetime | None) -> str:
    """A date the way the reader's language writes it: "ngày 05 tháng 02 năm 2026" in Vietnamese."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localdate(value)
    if (get_language() or "vi").startswith("vi"):
        return vietnamese_date(value)
    return formats.date_format(value, "DATE_FORMAT")
