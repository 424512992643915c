"""What the handbook adds to the home page (through cms_site's HOME_PANELS_HOOK): the book, its edition and
its latest PDF edition."""

from __future__ import annotations

from django.http import HttpRequest

from cms_site.text import page_summary

from .models import HandbookPage
from .selectors import latest_ready_edition


def home_handbook_panel(request: HttpRequest | None) -> list[tuple[str, dict]]:
    book = HandbookPage.objects.live().public().order_by("path").first()
    if book is None:
        return []
    return [
        (
            "handbook/includes/home_handbook.html",
            {
                "book": book,
                "summary": page_summary(book),
                "edition_file": latest_ready_edition(book),
                "pdf_url": book.pdf_url(request),
            },
        )
    ]
