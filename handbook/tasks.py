"""Celery tasks of the handbook: they take ids, load, and call a service."""

from __future__ import annotations

from celery import shared_task


@shared_task(name="handbook.build_handbook_pdf", ignore_result=True)
def build_handbook_pdf(book_id: int, force: bool = False) -> int | None:
    """Build the PDF of the book's current published state; a no-op when that state is already built."""
    from .models import HandbookPage
    from .services import build_handbook_edition

    book = HandbookPage.objects.filter(pk=book_id).first()
    if book is None or not book.live:
        return None  # deleted or unpublished since the task was queued: nothing to publish as PDF
    return build_handbook_edition(book, force=force).pk
