"""Views of the handbook that are not plain page views: search inside a book, the PDF download."""

from __future__ import annotations

from django.http import FileResponse, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import HandbookPage
from .selectors import book_outline, search_handbook
from .services import downloadable_edition


def handbook_search(request: HttpRequest, book: HandbookPage) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    results = search_handbook(book, query, request=request, page_number=request.GET.get("page", 1))
    return TemplateResponse(
        request,
        "handbook/search.html",
        {
            "page": book,
            "book": book,
            "query": query,
            "results": results,
            "page_title": _("Search the handbook"),
            "outline": book_outline(book, request=request),
        },
    )


def handbook_pdf(request: HttpRequest, book: HandbookPage) -> HttpResponse:
    """The newest ready PDF edition; a page explaining it is being prepared when there is none yet."""
    edition = downloadable_edition(book)
    if edition is None:
        return TemplateResponse(
            request,
            "handbook/pdf_unavailable.html",
            {"page": book, "book": book, "page_title": _("PDF edition not available yet")},
            status=404,
        )
    day = timezone.localdate(edition.finished_at).isoformat() if edition.finished_at else ""
    response = FileResponse(
        edition.file.open("rb"),
        content_type="application/pdf",
        filename=f"{book.slug}-{day}.pdf" if day else f"{book.slug}.pdf",
    )
    response["Cache-Control"] = "public, max-age=300"
    return response
