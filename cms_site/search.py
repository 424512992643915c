"""Ranking and presenting search results, shared by the site search and the handbook's own search.

The search backend (Wagtail's database backend: SQLite FTS5 or PostgreSQL full text) finds the pages; its
scores weigh a word in the title about as much as one in the body, so for "người phát ngôn" the section whose
title says it ranked 14th. Pages are therefore ranked again here, the same way on every database: a match in
the title first, then in a heading of the body, then in the summary, then the backend's own order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.safestring import SafeString
from django.utils.text import capfirst
from django.utils.translation import pgettext
from wagtail.models import Page

from lms.text import fold

from .models import HomePage, StandardPage
from .text import headings_of, highlight_excerpt, page_summary, readable_text

TITLE_PHRASE, TITLE_WORDS = 100, 60
HEADING_PHRASE, HEADING_WORDS = 40, 25
SUMMARY_PHRASE, SUMMARY_WORDS = 15, 8
BACKEND_ORDER = 10  # at most this much for the backend's own order among pages that tie above

# Text fields a page may have, in the order a snippet reads them.
SNIPPET_FIELDS = ("search_description", "summary", "lead", "intro", "introduction", "body")


def _matches(text: str, phrase: str, words: list[str]) -> tuple[bool, bool]:
    folded = fold(text)
    return phrase in folded, all(word in folded for word in words)


def relevance(page: Page, query: str, *, position: int = 0, total: int = 1) -> float:
    """How well a (specific) page answers the query: title, then headings, then summary, then the backend's
    order (`position` among `total` hits)."""
    phrase = " ".join(fold(query).split())
    words = phrase.split()
    if not words:
        return 0.0
    score = 0.0
    for text, (full, partial) in (
        (page.title, (TITLE_PHRASE, TITLE_WORDS)),
        (" · ".join(headings_of(getattr(page, "body", None))), (HEADING_PHRASE, HEADING_WORDS)),
        (page_summary(page), (SUMMARY_PHRASE, SUMMARY_WORDS)),
    ):
        has_phrase, has_words = _matches(text, phrase, words)
        score += full if has_phrase else partial if has_words else 0
    return score + BACKEND_ORDER * (1 - position / max(total, 1))


def rank_pages(pages: list[Page], query: str) -> list[Page]:
    """The (specific) pages in the order of `relevance`; ties keep the order they came in."""
    total = len(pages)
    scored = [
        (-relevance(page, query, position=index, total=total), index, page)
        for index, page in enumerate(pages)
    ]
    return [page for _score, _index, page in sorted(scored, key=lambda item: item[:2])]


def snippet_text(page: Page) -> str:
    """The readable text of a page for its search snippet: summaries first, then the body's prose, never the
    blocks' raw data."""
    parts = []
    for attribute in SNIPPET_FIELDS:
        value = getattr(page, attribute, None)
        if value:
            parts.append(readable_text(value))
    return " ".join(part for part in parts if part)


@dataclass
class SearchResult:
    page: Page
    kind: str
    context: str
    snippet: SafeString
    show_url: bool = False


def result_kind(page: Page) -> str:
    """What a result is, in words ("Mục của sổ tay", "Bài học", "Khóa học", "Trang")."""
    if isinstance(page, StandardPage | HomePage):
        return pgettext("search result kind", "Page")
    return capfirst(page._meta.verbose_name)


def describe_results(pages: Iterable[Page], query: str) -> list[SearchResult]:
    """Each page with what it is, where it sits (its parent: the chapter of a section, the course of a lesson)
    and a highlighted plain-text snippet; two results never look alike (one query for all the parents)."""
    pages = list(pages)
    parent_paths = {page.path[: -Page.steplen] for page in pages if page.depth > 2}
    parents = {
        parent.path: parent
        for parent in Page.objects.filter(path__in=parent_paths).only("path", "title", "depth")
    }
    results = []
    for page in pages:
        parent = parents.get(page.path[: -Page.steplen])
        results.append(
            SearchResult(
                page=page,
                kind=result_kind(page),
                context=parent.title if parent is not None and parent.depth > 2 else "",
                snippet=highlight_excerpt(snippet_text(page), query),
            )
        )
    # Two pages alike in title, kind and place (copies, or namesakes under same-named parents) show their address.
    seen: dict[tuple[str, str, str], list[SearchResult]] = {}
    for result in results:
        seen.setdefault((fold(result.page.title), result.kind, result.context), []).append(result)
    for alike in seen.values():
        if len(alike) > 1:
            for result in alike:
                result.show_url = True
    return results
