"""Writes of the handbook: building and storing its PDF edition, queuing rebuilds."""

from __future__ import annotations

import logging
import re
import time

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupApprovalTask, Site, Workflow, WorkflowPage, WorkflowTask
from wagtail.rich_text import expand_db_html

from cms_site.models import HomePage, SiteSettings
from lms import pagecache
from lms.errors import DomainError

from .models import HandbookEdition, HandbookPage, HandbookSectionPage
from .pdf import PdfBook, PdfChapter, PdfSection, render_handbook_pdf
from .selectors import BookOutline, book_outline, latest_ready_edition, published_fingerprint
from .tasks import build_handbook_pdf
from .text import anchor_for

logger = logging.getLogger(__name__)

# How many ready editions of a book to keep on disk; older files are deleted after a successful build.
KEEP_READY_EDITIONS = 3
# A build still marked "building" after this long is taken to have died with its worker.
STALE_BUILD_SECONDS = 15 * 60

_PDF_PAGE = re.compile(rb"/Type /Page(?!s)")
_HREF = re.compile(r'href="(/[^"]*)"')


class HandbookError(DomainError):
    """Base error of the handbook app."""


def _absolute_links(source: str) -> str:
    """Rich text with internal links resolved and made absolute, so they work from a downloaded PDF."""
    return _HREF.sub(
        lambda match: f'href="{settings.SITE_URL}{match.group(1)}"', expand_db_html(source or "")
    )


def _absolute_url(url: str) -> str:
    return f"{settings.SITE_URL}{url}" if url.startswith("/") else url


def _image_data(image_ids: set[int]) -> dict[int, dict]:
    """Bytes and size of a print-sized rendition of each image."""
    if not image_ids:
        return {}
    result: dict[int, dict] = {}
    for image in get_image_model().objects.filter(pk__in=image_ids):
        try:
            rendition = image.get_rendition("max-1600x1600|format-jpeg")
            with rendition.file.open("rb") as handle:
                result[image.pk] = {
                    "data": handle.read(),
                    "width": rendition.width,
                    "height": rendition.height,
                }
        except OSError:
            logger.warning("handbook PDF: image %s could not be read; it is left out", image.pk)
    return result


def _section_blocks(
    section: HandbookSectionPage, outline: BookOutline, images: dict, documents: dict
) -> list:
    """The section's body as (type, plain data) pairs for the renderer."""
    blocks: list = []
    for raw in section.body.raw_data:
        block_type, value = raw["type"], raw["value"]
        if block_type == "paragraph":
            blocks.append(("paragraph", _absolute_links(value)))
        elif block_type == "heading":
            anchor = value.get("anchor") or anchor_for(value.get("text", ""))
            blocks.append(("heading", {"text": value.get("text", ""), "key": f"s{section.pk}-{anchor}"}))
        elif block_type in {"key_points", "checklist"}:
            items = [item["value"] if isinstance(item, dict) else item for item in value.get("items", [])]
            blocks.append((block_type, {"title": value.get("title", ""), "items": items}))
        elif block_type == "example":
            blocks.append(
                ("example", {"title": value.get("title", ""), "body": _absolute_links(value.get("body", ""))})
            )
        elif block_type == "legal_quote":
            bound = section.body.stream_block.child_blocks["legal_quote"].to_python(value)
            blocks.append(
                (
                    "legal_quote",
                    {
                        "text": value.get("text", ""),
                        "citation": bound.citation(),
                        "url": value.get("url", ""),
                    },
                )
            )
        elif block_type == "table":
            rows = [
                [
                    cell["value"] if isinstance(cell, dict) else cell
                    for cell in (row["value"] if isinstance(row, dict) else row)
                ]
                for row in value.get("rows", [])
            ]
            header = [cell["value"] if isinstance(cell, dict) else cell for cell in value.get("header", [])]
            blocks.append(("table", {"caption": value.get("caption", ""), "header": header, "rows": rows}))
        elif block_type == "image":
            data = images.get(value.get("image"))
            if data:
                blocks.append(
                    (
                        "image",
                        {**data, "caption": value.get("caption", ""), "credit": value.get("credit", "")},
                    )
                )
        elif block_type == "document":
            document = documents.get(value.get("document"))
            if document is not None:
                blocks.append(
                    (
                        "document",
                        {"title": value.get("title") or document.title, "url": _absolute_url(document.url)},
                    )
                )
        elif block_type == "related":
            items = []
            for item in value:
                page_id = item["value"] if isinstance(item, dict) else item
                entry = outline.entry(page_id)
                if entry is not None:
                    items.append({"key": f"p{entry.id}", "number": entry.number, "title": entry.title})
            blocks.append(("related", items))
    return blocks


def gather_handbook_data(book: HandbookPage) -> PdfBook:
    """Everything the PDF shows, read from the live pages of the book."""
    outline = book_outline(book)
    sections = {
        section.pk: section
        for section in HandbookSectionPage.objects.live()
        .descendant_of(book)
        .only("id", "path", "body", "summary", "title")
    }
    image_ids: set[int] = set()
    document_ids: set[int] = set()
    for section in sections.values():
        for raw in section.body.raw_data:
            if raw["type"] == "image" and raw["value"].get("image"):
                image_ids.add(raw["value"]["image"])
            elif raw["type"] == "document" and raw["value"].get("document"):
                document_ids.add(raw["value"]["document"])
    if book.cover_image_id:
        image_ids.add(book.cover_image_id)
    images = _image_data(image_ids)
    documents = get_document_model().objects.in_bulk(document_ids) if document_ids else {}
    chapter_pages = {page.pk: page for page in book.get_children().live().specific()}
    chapters = []
    for chapter_entry in outline.chapters:
        chapter_page = chapter_pages.get(chapter_entry.id)
        chapters.append(
            PdfChapter(
                key=f"p{chapter_entry.id}",
                number=chapter_entry.number,
                title=chapter_entry.title,
                introduction_html=_absolute_links(getattr(chapter_page, "introduction", "")),
                sections=[
                    PdfSection(
                        key=f"p{entry.id}",
                        number=entry.number,
                        title=entry.title,
                        summary=entry.summary,
                        blocks=_section_blocks(sections[entry.id], outline, images, documents),
                    )
                    for entry in chapter_entry.sections
                    if entry.id in sections
                ],
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    site_settings = SiteSettings.for_site(site) if site else SiteSettings()
    last_published = max(
        [
            value
            for value in book.get_descendants(inclusive=True)
            .live()
            .values_list("last_published_at", flat=True)
            if value
        ],
        default=None,
    )
    return PdfBook(
        title=book.title,
        edition=book.edition,
        year=book.year,
        introduction_html=_absolute_links(book.introduction),
        publisher=" – ".join(
            part for part in [site_settings.organisation_name, site_settings.organisation_unit] if part
        ),
        url=_absolute_url(book.get_url() or "/"),
        updated=timezone.localdate(last_published) if last_published else timezone.localdate(),
        cover_image=images.get(book.cover_image_id, {}).get("data") if book.cover_image_id else None,
        chapters=chapters,
    )


def build_handbook_edition(book: HandbookPage, *, force: bool = False) -> HandbookEdition:
    """Build and store the PDF of the book's published state, unless that state already has a ready PDF.

    Idempotent: the same published state (fingerprint) never builds twice. While a build runs the previous
    ready edition stays the download; a failed build is recorded, the previous edition kept, and it is
    retried only when forced (the admin's rebuild button, `build_handbook_pdf --force`) or when a new
    publication changes the fingerprint.
    """
    fingerprint = published_fingerprint(book)
    now = timezone.now()
    try:
        with transaction.atomic():
            edition, created = HandbookEdition.objects.select_for_update().get_or_create(
                book=book,
                fingerprint=fingerprint,
                defaults={"status": HandbookEdition.Status.BUILDING, "started_at": now},
            )
            if not created:
                if (
                    edition.status in (HandbookEdition.Status.READY, HandbookEdition.Status.FAILED)
                    and not force
                ):
                    return edition  # built already, or failed: a forced rebuild (admin, command) retries
                running = (
                    edition.started_at and (now - edition.started_at).total_seconds() < STALE_BUILD_SECONDS
                )
                if edition.status == HandbookEdition.Status.BUILDING and running and not force:
                    return edition  # another worker is building this very state
                edition.status, edition.started_at, edition.error = HandbookEdition.Status.BUILDING, now, ""
                edition.save(update_fields=["status", "started_at", "error"])
    except IntegrityError:
        # Two workers raced to create the same edition; the other one builds it.
        return HandbookEdition.objects.get(book=book, fingerprint=fingerprint)

    started = time.perf_counter()
    try:
        with translation.override(settings.LANGUAGE_CODE):
            data = gather_handbook_data(book)
            pdf = render_handbook_pdf(data)
    except Exception as exc:
        logger.exception("handbook PDF build failed for book %s", book.pk)
        edition.status, edition.error, edition.finished_at = (
            HandbookEdition.Status.FAILED,
            repr(exc)[:2000],
            timezone.now(),
        )
        edition.save(update_fields=["status", "error", "finished_at"])
        return edition
    if edition.file:  # a forced rebuild of the same state replaces its file
        edition.file.delete(save=False)
    edition.file.save(f"{book.slug}-{fingerprint[:12]}.pdf", ContentFile(pdf), save=False)
    edition.size = len(pdf)
    edition.page_count = len(_PDF_PAGE.findall(pdf)) or None
    edition.build_seconds = time.perf_counter() - started
    edition.status = HandbookEdition.Status.READY
    edition.finished_at = timezone.now()
    edition.save(update_fields=["file", "size", "page_count", "build_seconds", "status", "finished_at"])
    _prune_old_editions(book)
    # The book's pages and the home page link the newest edition.
    pagecache.touch(pagecache.ALL_PAGES)
    return edition


def _prune_old_editions(book: HandbookPage) -> None:
    """Delete the files of ready editions older than the newest few (their rows stay as history)."""
    ready = HandbookEdition.objects.filter(book=book, status=HandbookEdition.Status.READY).exclude(file="")
    for edition in ready.order_by("-finished_at", "-pk")[KEEP_READY_EDITIONS:]:
        edition.file.delete(save=False)
        edition.save(update_fields=["file"])


def downloadable_edition(book: HandbookPage) -> HandbookEdition | None:
    """The newest ready edition whose file is in storage, for the download.

    A ready edition whose file is gone (storage restored from an older backup, a bucket emptied by hand) is
    marked failed, once, and a rebuild of the book is queued; the previous ready edition, if any, is offered
    meanwhile. The download never fails on a missing file.
    """
    while (edition := latest_ready_edition(book)) is not None:
        if edition.file.storage.exists(edition.file.name):
            return edition
        logger.error(
            "handbook PDF %s of book %s is missing from storage: rebuilding", edition.file.name, book.pk
        )
        lost = HandbookEdition.objects.filter(pk=edition.pk, status=HandbookEdition.Status.READY).update(
            status=HandbookEdition.Status.FAILED, error="The file is missing from storage.", file=""
        )
        if lost:  # the request that marks it queues the rebuild; a concurrent one does not queue it again
            request_handbook_pdf_rebuild(book.pk, force=True)
    return None


def request_handbook_pdf_rebuild(book_id: int, *, force: bool = False) -> None:
    """Queue a rebuild of the book's PDF once the current transaction commits (`force`: even if its published
    state has a ready or failed edition)."""

    transaction.on_commit(lambda: build_handbook_pdf.delay(book_id, force=force))


# The editorial workflow: an editor submits, a programme manager approves. The data migration creates it;
# the demo seed calls this too, so an install whose home page came later is covered as well.
WORKFLOW_NAME = "Duyệt nội dung"
WORKFLOW_TASK_NAME = "Ban quản lý chương trình phê duyệt"


def ensure_editorial_workflow() -> None:
    """Make sure the review workflow exists and covers the site's home page (and so every page below it).

    An existing assignment of another workflow to the home page is an editor's decision and is kept.
    """

    reviewers = Group.objects.filter(name=settings.ROLE_MANAGERS).first()
    if reviewers is None:
        return
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.filter(name=WORKFLOW_TASK_NAME).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=WORKFLOW_TASK_NAME)
            task.groups.set([reviewers])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    home = HomePage.objects.first()
    if home is not None and not WorkflowPage.objects.filter(page=home).exists():
        WorkflowPage.objects.create(page=home, workflow=workflow)
