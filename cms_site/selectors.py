"""Reads for the site shell: navigation and site-wide search."""

from __future__ import annotations

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Q
from wagtail.models import Page, Site, get_page_models

from lms.text import fold

from .models import SearchablePage
from .search import describe_results, rank_pages
from .text import clean_search_query


def main_navigation(site: Site | None) -> list[Page]:
    """The home page's live children marked "show in menus", in tree order."""
    if site is None:
        return []
    root = site.root_page
    return list(
        root.get_children().live().public().in_menu().only("id", "title", "url_path", "path", "depth")
    )


def search_pages(
    query: str, *, site: Site | None, page_number: int | str = 1, per_page: int = 10
) -> PaginatorPage:
    """Search all live pages of the site; a query without diacritics matches text with them. Titles and
    headings weigh more than body text (cms_site.search.rank_pages); each result says what it is, where it
    sits, and quotes the page's plain text."""
    pages = Page.objects.live().public()
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    query = clean_search_query(query)
    if not query:
        return Paginator(Page.objects.none(), per_page).get_page(1)
    results = list(pages.search(query, operator="and").annotate_score("_score"))
    seen = {page.pk for page in results}
    folded = fold(query)
    if folded and folded != query.lower():
        extra = _folded_matches(pages, folded, exclude=seen)
        results.extend(extra)
    elif not results:
        results.extend(_folded_matches(pages, folded, exclude=seen))
    specific = Page.objects.filter(pk__in=[page.pk for page in results]).specific()
    by_id = {page.pk: page for page in specific}
    ordered = rank_pages([by_id[page.pk] for page in results if page.pk in by_id], query)
    current = Paginator(ordered, per_page).get_page(page_number)
    current.object_list = describe_results(current.object_list, query)
    return current


def _folded_matches(pages, folded: str, *, exclude: set[int]) -> list[Page]:
    """Pages whose folded text holds every word of the folded query (works on SQLite and PostgreSQL)."""
    words = [word for word in folded.split() if word]
    if not words:
        return []

    ids: list[int] = []
    for model in get_page_models():
        if not issubclass(model, SearchablePage) or model._meta.abstract:
            continue
        condition = Q()
        for word in words:
            condition &= Q(search_text_folded__icontains=word)
        ids.extend(model.objects.filter(condition).values_list("pk", flat=True))
    return list(pages.filter(pk__in=ids).exclude(pk__in=exclude).order_by("path"))
