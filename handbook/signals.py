"""Receivers: the handbook reacts to Wagtail publishing its pages by rebuilding the PDF edition."""

from __future__ import annotations

from typing import Any

from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import HandbookChapterPage, HandbookPage, HandbookSectionPage
from .services import request_handbook_pdf_rebuild

HANDBOOK_PAGE_MODELS = (HandbookPage, HandbookChapterPage, HandbookSectionPage)


def _book_id(page: Any) -> int | None:
    if isinstance(page, HandbookPage):
        return page.pk
    book = HandbookPage.objects.ancestor_of(page).values_list("pk", flat=True).first()
    return book


def queue_pdf_rebuild(sender: Any, instance: Any, **kwargs: Any) -> None:
    """Any published or unpublished handbook page changes the book's published state: rebuild after commit."""

    book_id = _book_id(instance)
    if book_id is not None:
        request_handbook_pdf_rebuild(book_id)


def queue_pdf_rebuild_after_move(sender: Any, instance: Any, **kwargs: Any) -> None:
    """Moving a page renumbers chapters and sections: rebuild the book it left and the book it joined."""

    book_ids = {_book_id(instance)}
    for parent in (kwargs.get("parent_page_before"), kwargs.get("parent_page_after")):
        if parent is not None:
            book_ids.add(_book_id(parent.specific))
    for book_id in book_ids - {None}:
        request_handbook_pdf_rebuild(book_id)


def connect_signals() -> None:
    for model in HANDBOOK_PAGE_MODELS:
        page_published.connect(
            queue_pdf_rebuild, sender=model, dispatch_uid=f"handbook-pdf-published-{model.__name__}"
        )
        page_unpublished.connect(
            queue_pdf_rebuild, sender=model, dispatch_uid=f"handbook-pdf-unpublished-{model.__name__}"
        )
        post_page_move.connect(
            queue_pdf_rebuild_after_move, sender=model, dispatch_uid=f"handbook-pdf-moved-{model.__name__}"
        )
