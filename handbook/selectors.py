"""Reads of the handbook: the numbered outline of a book, its search, its PDF editions.

Numbers are derived from tree order, never stored: the outline is read with one query per page type for
the whole book, so a page's number, breadcrumbs and neighbours cost the same for 5 sections or 500.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from wagtail.models import Page

from cms_site.search import rank_pages, snippet_text
from cms_site.text import clean_search_query
from lms import pagecache
from lms.text import fold

from .models import HandbookChapterPage, HandbookEdition, HandbookPage, HandbookSectionPage
from .text import highlight_excerpt

# Part of the PDF fingerprint: bump it when the renderer's output changes so every book is rebuilt.
PDF_LAYOUT_VERSION = "2"


@dataclass
class OutlineEntry:
    """A chapter or section of the book as the reader and the PDF see it: numbered, with its URL."""

    id: int
    kind: str  # "chapter" or "section"
    number: str
    title: str
    url: str
    summary: str = ""
    path: str = ""
    chapter: OutlineEntry | None = None
    sections: list[OutlineEntry] = field(default_factory=list)

    @property
    def numbered_title(self) -> str:
        return f"{self.number}. {self.title}" if self.kind == "chapter" else f"{self.number} {self.title}"


@dataclass
class BookOutline:
    book: HandbookPage
    chapters: list[OutlineEntry]
    sections: list[OutlineEntry]
    by_id: dict[int, OutlineEntry]

    def entry(self, page_id: int) -> OutlineEntry | None:
        return self.by_id.get(page_id)

    def neighbours(self, page_id: int) -> tuple[OutlineEntry | None, OutlineEntry | None]:
        """The previous and next sections in reading order, across chapter boundaries."""
        return _around(self.sections, page_id)

    def chapter_neighbours(self, page_id: int) -> tuple[OutlineEntry | None, OutlineEntry | None]:
        return _around(self.chapters, page_id)


def _around(entries: list[OutlineEntry], page_id: int) -> tuple[OutlineEntry | None, OutlineEntry | None]:
    """The entries before and after the page's entry in `entries` (None at either end or if absent)."""
    for index, entry in enumerate(entries):
        if entry.id == page_id:
            previous = entries[index - 1] if index > 0 else None
            following = entries[index + 1] if index + 1 < len(entries) else None
            return previous, following
    return None, None


def book_outline(book: HandbookPage, *, request: HttpRequest | None = None) -> BookOutline:
    """The live chapters and sections of a book, numbered in tree order (1, 1.1, 1.2, 2, 2.1 ...).

    The same for every reader until the next publish: remembered per book, site and language (the URLs
    carry the language prefix), see lms.pagecache.remember."""
    site_id = getattr(getattr(request, "_wagtail_site", None), "pk", 0)
    return pagecache.remember(
        f"handbook-outline:{book.pk}:{site_id}:{get_language()}", lambda: _read_outline(book, request)
    )


def book_at(path: str) -> HandbookPage | None:
    """The book whose tree path is `path` (a chapter's or section's ancestor), remembered until a publish."""
    return pagecache.remember(f"handbook-book:{path}", lambda: HandbookPage.objects.filter(path=path).first())


def _read_outline(book: HandbookPage, request: HttpRequest | None) -> BookOutline:
    chapters = (
        HandbookChapterPage.objects.live()
        .descendant_of(book)
        .filter(depth=book.depth + 1)
        .order_by("path")
        .only("id", "title", "path", "depth", "url_path", "slug")
    )
    sections = (
        HandbookSectionPage.objects.live()
        .descendant_of(book)
        .filter(depth=book.depth + 2)
        .order_by("path")
        .only("id", "title", "path", "depth", "url_path", "slug", "summary")
    )
    chapter_entries: list[OutlineEntry] = []
    by_path: dict[str, OutlineEntry] = {}
    by_id: dict[int, OutlineEntry] = {}
    for number, chapter in enumerate(chapters, start=1):
        entry = OutlineEntry(
            id=chapter.pk,
            kind="chapter",
            number=str(number),
            title=chapter.title,
            url=chapter.get_url(request) or "",
            path=chapter.path,
        )
        chapter_entries.append(entry)
        by_path[chapter.path] = entry
        by_id[chapter.pk] = entry
    section_entries: list[OutlineEntry] = []
    for section in sections:
        parent = by_path.get(section.path[: -section.steplen])
        if parent is None:  # its chapter is not live: the section is not part of the published book
            continue
        entry = OutlineEntry(
            id=section.pk,
            kind="section",
            number=f"{parent.number}.{len(parent.sections) + 1}",
            title=section.title,
            url=section.get_url(request) or "",
            summary=section.summary,
            path=section.path,
            chapter=parent,
        )
        parent.sections.append(entry)
        section_entries.append(entry)
        by_id[section.pk] = entry
    return BookOutline(book=book, chapters=chapter_entries, sections=section_entries, by_id=by_id)


def live_books() -> list[HandbookPage]:
    return list(HandbookPage.objects.live().order_by("path"))


def latest_ready_edition(book: HandbookPage) -> HandbookEdition | None:
    """The newest PDF that finished building: it stays the download while a newer one builds."""
    return (
        HandbookEdition.objects.filter(book=book, status=HandbookEdition.Status.READY)
        .exclude(file="")
        .order_by("-finished_at", "-pk")
        .first()
    )


def published_fingerprint(book: HandbookPage) -> str:
    """A hash of what the PDF shows: each live page's published revision and its place in the tree."""
    rows = (
        Page.objects.live()
        .descendant_of(book, inclusive=True)
        .order_by("path")
        .values_list("pk", "live_revision_id", "path", "title")
    )
    digest = hashlib.sha256(f"layout:{PDF_LAYOUT_VERSION}".encode())
    for pk, revision_id, path, title in rows:
        digest.update(f"|{pk}:{revision_id}:{path}:{title}".encode())
    return digest.hexdigest()


@dataclass
class SearchHit:
    page: Page
    number: str
    title: str
    excerpt: SafeString
    kind: str
    chapter_title: str = ""


def _folded_matches(book: HandbookPage, folded_query: str) -> list[int]:
    """Ids of the book's live pages whose accent-folded text holds every word of the folded query."""
    words = [word for word in folded_query.split() if word]
    if not words:
        return []
    condition = Q()
    for word in words:
        condition &= Q(search_text_folded__icontains=word)
    ids: list[int] = []
    for model in (HandbookPage, HandbookChapterPage, HandbookSectionPage):
        ids.extend(
            model.objects.live()
            .filter(path__startswith=book.path)
            .filter(condition)
            .order_by("path")
            .values_list("pk", flat=True)
        )
    return ids


def search_handbook(
    book: HandbookPage,
    query: str,
    *,
    request: HttpRequest | None = None,
    page_number: int | str = 1,
    per_page: int = 20,
) -> PaginatorPage:
    """Search one book with Wagtail search, then the accent-folded text, so "nguoi phat ngon" finds
    "người phát ngôn" on SQLite and PostgreSQL alike; titles and headings first. Hits carry their number and a
    highlighted excerpt of the page's prose."""
    query = clean_search_query(query)
    if not query:
        return Paginator([], per_page).get_page(1)
    pages = Page.objects.live().public().descendant_of(book, inclusive=True)
    ordered_ids: list[int] = [page.pk for page in pages.search(query, operator="and")]
    seen = set(ordered_ids)
    for pk in _folded_matches(book, fold(query)):
        if pk not in seen:
            ordered_ids.append(pk)
            seen.add(pk)
    # Ranked again so titles and headings weigh more than body text (cms_site.search.rank_pages).
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ordered_ids).specific()}
    ranked = rank_pages([specific[pk] for pk in ordered_ids if pk in specific], query)
    paginator = Paginator(ranked, per_page)
    current = paginator.get_page(page_number)
    outline = book_outline(book, request=request)
    hits: list[SearchHit] = []
    for page in current.object_list:
        entry = outline.entry(page.pk)
        if isinstance(page, HandbookSectionPage):
            kind = "section"
        elif isinstance(page, HandbookChapterPage):
            kind = "chapter"
        else:
            kind = "book"
        hits.append(
            SearchHit(
                page=page,
                number=entry.number if entry else "",
                title=page.title,
                excerpt=highlight_excerpt(snippet_text(page), query),
                kind=kind,
                chapter_title=entry.chapter.numbered_title if entry and entry.chapter else "",
            )
        )
    current.object_list = hits
    return current
