"""The handbook as Wagtail pages (book -> chapter -> section) and its PDF editions."""

from __future__ import annotations

from functools import cache, partial

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms_site.models import SearchablePage
from lms.fields import image_field

from .blocks import RICH_TEXT_FEATURES, HandbookStreamBlock


def reader_links(book: HandbookPage | None, request: HttpRequest) -> dict:
    """The book and its search and PDF addresses, which every reader page shows."""
    if book is None:
        return {"book": None, "search_url": "", "pdf_url": ""}
    return {"book": book, "search_url": book.search_url(request), "pdf_url": book.pdf_url(request)}


class HandbookPage(RoutablePageMixin, SearchablePage):
    """The book: its title page, introduction and the table of contents of every chapter and section."""

    edition = models.CharField(
        _("edition"), max_length=120, blank=True, help_text=_("E.g. Xuất bản lần thứ nhất")
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    cover_image = image_field(_("cover image"))

    content_panels = [
        *SearchablePage.content_panels,
        MultiFieldPanel([FieldPanel("edition"), FieldPanel("year")], heading=_("Edition")),
        FieldPanel("cover_image"),
        FieldPanel("introduction"),
    ]
    search_fields = [*SearchablePage.search_fields, index.SearchField("introduction")]
    parent_page_types = ["cms_site.HomePage"]
    subpage_types = ["handbook.HandbookChapterPage"]
    admin_default_ordering = "ord"  # chapters in book order in the explorer
    template = "handbook/handbook_page.html"

    search_text_fields = ("edition",)
    search_markup_fields = ("introduction",)

    class Meta:
        verbose_name = _("handbook")
        verbose_name_plural = _("handbooks")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from .selectors import book_outline, latest_ready_edition

        context = super().get_context(request, *args, **kwargs)
        context.update(reader_links(self, request))
        context["outline"] = book_outline(self, request=request)
        context["edition_file"] = latest_ready_edition(self)
        return context

    @path("tim-kiem/", name="search")
    def search_view(self, request: HttpRequest) -> HttpResponse:
        from .views import handbook_search

        return handbook_search(request, self)

    @path("pdf/", name="pdf")
    def pdf_view(self, request: HttpRequest) -> HttpResponse:
        from .views import handbook_pdf

        return handbook_pdf(request, self)

    def search_url(self, request: HttpRequest | None = None) -> str:
        return self.get_url(request) + self.reverse_subpage("search")

    def pdf_url(self, request: HttpRequest | None = None) -> str:
        return self.get_url(request) + self.reverse_subpage("pdf")


class BookPart:
    """Mixed into the pages inside a book (chapters one level below the book page, sections two): their number
    in the explorer, their book, and the book's outline in their context."""

    levels_below_book = 1

    def get_admin_display_title(self) -> str:
        """The title with the number the explorer annotated ("2.3 Title"); unchanged elsewhere."""
        title = super().get_admin_display_title()
        number = getattr(self, "handbook_number", "")
        return f"{number} {title}" if number else title

    def get_book(self) -> HandbookPage | None:
        from .selectors import book_at

        return book_at(self.path[: -self.levels_below_book * self.steplen])

    def reading_context(self, request: HttpRequest) -> dict:
        """The reader's links, the book's outline and this page's entry in it (None outside a book)."""
        from .selectors import book_outline

        book = self.get_book()
        outline = book_outline(book, request=request) if book else None
        return {
            **reader_links(book, request),
            "outline": outline,
            "entry": outline.entry(self.pk) if outline else None,
        }

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """`reading_context`, each value read when the template first asks for it: a section's body and
        breadcrumbs come from the fragment cache (the same for every reader until the next publish), and on a
        hit nothing asks, so the outline is not even read from the cache."""
        context = super().get_context(request, *args, **kwargs)
        reading = cache(lambda: self.reading_context(request))  # read once, for every lazy value
        context.update({name: SimpleLazyObject(partial(_item, reading, name)) for name in self.READING_KEYS})
        return context

    READING_KEYS = ("book", "search_url", "pdf_url", "outline", "entry")


def _item(build, name: str):
    return build()[name]


class HandbookChapterPage(BookPart, SearchablePage):
    """A chapter; its number comes from its place among the book's chapters."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*SearchablePage.content_panels, FieldPanel("introduction")]
    search_fields = [*SearchablePage.search_fields, index.SearchField("introduction")]
    parent_page_types = ["handbook.HandbookPage"]
    subpage_types = ["handbook.HandbookSectionPage"]
    template = "handbook/handbook_chapter_page.html"
    # The explorer lists sections in book order, as numbered (see wagtail_hooks.number_handbook_pages).
    admin_default_ordering = "ord"

    search_markup_fields = ("introduction",)

    class Meta:
        verbose_name = _("handbook chapter")
        verbose_name_plural = _("handbook chapters")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        outline = context["outline"]
        previous, following = outline.chapter_neighbours(self.pk) if outline else (None, None)
        context.update(previous_chapter=previous, next_chapter=following)
        return context


class HandbookSectionPage(BookPart, SearchablePage):
    """A section of a chapter: the unit lessons and quiz questions link to."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown in the table of contents and search results."),
    )
    body = StreamField(HandbookStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*SearchablePage.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*SearchablePage.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["handbook.HandbookChapterPage"]
    subpage_types: list[str] = []
    template = "handbook/handbook_section_page.html"
    levels_below_book = 2

    search_text_fields = ("summary",)
    search_markup_fields = ("body",)

    class Meta:
        verbose_name = _("handbook section")
        verbose_name_plural = _("handbook sections")

    def headings(self) -> list[dict]:
        """The body's headings with their anchors, for the "on this page" list."""
        return [
            {"text": block.value["text"], "anchor": block.value.anchor_id()}
            for block in self.body
            if block.block_type == "heading"
        ]

    READING_KEYS = (*BookPart.READING_KEYS, "chapter", "previous_section", "next_section")

    def reading_context(self, request: HttpRequest) -> dict:
        context = super().reading_context(request)
        outline, entry = context["outline"], context["entry"]
        previous, following = outline.neighbours(self.pk) if outline else (None, None)
        context.update(
            chapter=entry.chapter if entry else None, previous_section=previous, next_section=following
        )
        return context


class HandbookEdition(models.Model):
    """One built PDF of a book, for one published state of its pages (identified by a fingerprint)."""

    class Status(models.TextChoices):
        BUILDING = "building", _("Building")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    book = models.ForeignKey(
        HandbookPage, verbose_name=_("handbook"), on_delete=models.CASCADE, related_name="pdf_editions"
    )
    fingerprint = models.CharField(
        _("fingerprint"),
        max_length=64,
        help_text=_("A hash of the published revisions and order of the pages."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.BUILDING)
    file = models.FileField(_("PDF file"), upload_to="handbook/pdf/", blank=True)
    size = models.PositiveIntegerField(_("size in bytes"), null=True, blank=True)
    page_count = models.PositiveIntegerField(_("number of pages"), null=True, blank=True)
    build_seconds = models.FloatField(_("build time in seconds"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("handbook PDF edition")
        verbose_name_plural = _("handbook PDF editions")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["book", "fingerprint"], name="handbook_edition_unique_fingerprint"
            ),
        ]
        indexes = [models.Index(fields=["book", "status", "-finished_at"], name="handbook_edition_latest")]

    def __str__(self) -> str:
        return f"{self.book_id}:{self.fingerprint[:10]} ({self.status})"
