"""Admin view: the handbook's PDF editions and their build status, with a "rebuild now" button."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import HandbookEdition, HandbookPage
from .services import request_handbook_pdf_rebuild

VIEW_PERMISSION = "handbook.view_handbookedition"


def _check(request: HttpRequest) -> None:
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied


def editions_index(request: HttpRequest) -> HttpResponse:
    _check(request)
    books = list(HandbookPage.objects.order_by("path"))
    editions = HandbookEdition.objects.select_related("book").order_by("-created_at", "-pk")[:50]
    return TemplateResponse(
        request,
        "handbook/admin/editions.html",
        {
            "books": books,
            "editions": editions,
            "page_title": _("Handbook PDF editions"),
            "header_icon": "doc-full",
        },
    )


@require_POST
def rebuild_edition(request: HttpRequest, book_id: int) -> HttpResponse:
    _check(request)
    book = get_object_or_404(HandbookPage, pk=book_id)

    request_handbook_pdf_rebuild(book.pk, force=True)
    messages.success(request, _("A new PDF edition of “%(title)s” is being built.") % {"title": book.title})
    return redirect("handbook_editions")
