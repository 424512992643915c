"""Demo content: the policy-communication handbook (text in demo_content.py) as published pages.

Idempotent: pages are looked up by slug and only missing ones are created and published, so a second run
creates no page, revision or PDF edition.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from wagtail.models import Page

from cms_site.models import HomePage

from .demo_content import HANDBOOK
from .models import HandbookChapterPage, HandbookPage, HandbookSectionPage
from .services import build_handbook_edition, ensure_editorial_workflow

BOOK_SLUG = "so-tay"


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {key: _nfc(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_nfc(item) for item in value]
    return value


def raw_body(blocks: list[tuple[str, Any]], *, section_ids: dict[str, int]) -> list[dict]:
    """The demo blocks as StreamField raw data; related sections are given by slug and become page ids."""
    body: list[dict] = []
    for block_type, value in blocks:
        value = _nfc(value)
        if block_type == "heading":
            value = {"text": value, "anchor": ""} if isinstance(value, str) else value
        elif block_type == "related":
            value = [section_ids[slug] for slug in value if slug in section_ids]
        elif block_type == "legal_quote":
            value = {"url": "", **value, "date": value.get("date") or None}
        body.append({"type": block_type, "value": value})
    return body


def _child(parent: Page, model: type[Page], slug: str) -> Page | None:
    return model.objects.child_of(parent).filter(slug=slug).first()


def seed_handbook() -> HandbookPage | None:
    """Create and publish the demo handbook under the home page, then build its PDF edition."""
    home = HomePage.objects.first()
    if home is None:
        return None
    ensure_editorial_workflow()
    created: list[Page] = []
    book = _child(home, HandbookPage, BOOK_SLUG)
    if book is None:
        book = HandbookPage(
            title=_nfc(HANDBOOK["title"]),
            slug=BOOK_SLUG,
            edition=_nfc(HANDBOOK["edition"]),
            year=HANDBOOK["year"],
            introduction=_nfc(HANDBOOK["introduction"]),
            show_in_menus=True,
            live=False,
        )
        home.add_child(instance=book)
        created.append(book)

    pending_bodies: dict[int, list] = {}
    sections_by_slug: dict[str, int] = {}
    for chapter_data in HANDBOOK["chapters"]:
        chapter = _child(book, HandbookChapterPage, chapter_data["slug"])
        if chapter is None:
            chapter = HandbookChapterPage(
                title=_nfc(chapter_data["title"]),
                slug=chapter_data["slug"],
                introduction=_nfc(chapter_data.get("introduction", "")),
                live=False,
            )
            book.add_child(instance=chapter)
            created.append(chapter)
        for section_data in chapter_data["sections"]:
            section = _child(chapter, HandbookSectionPage, section_data["slug"])
            if section is None:
                section = HandbookSectionPage(
                    title=_nfc(section_data["title"]),
                    slug=section_data["slug"],
                    summary=_nfc(section_data.get("summary", "")),
                    live=False,
                )
                chapter.add_child(instance=section)
                created.append(section)
                pending_bodies[section.pk] = section_data["body"]
            sections_by_slug[section_data["slug"]] = section.pk

    # Bodies go in once every section exists, so "related sections" can point at any of them.
    for page in created:
        if isinstance(page, HandbookSectionPage):
            page.body = raw_body(pending_bodies[page.pk], section_ids=sections_by_slug)
            page.save()
    for page in created:
        page.save_revision().publish()
    book.refresh_from_db()
    if created or not book.pdf_editions.exists():
        build_handbook_edition(book)
    return book
