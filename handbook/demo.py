"""Demo content: the policy-communication handbook as published pages.

The text lives in files under `lms/demo/content/handbook/` (one folder per chapter, one file per section,
see that folder's README). Idempotent: pages are looked up by slug and only missing ones are created and
published, so a second run creates no page, revision or PDF edition.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from wagtail.models import Page

from cms_site.models import HomePage
from lms.demo.files import Block, DemoContentError, numbered, read_document

from .models import HandbookChapterPage, HandbookPage, HandbookSectionPage
from .services import build_handbook_edition, ensure_editorial_workflow

CONTENT = "handbook"


def _block_value(block: Block) -> Any:
    """A section block as the demo data of its kind (StreamField values, related sections by slug)."""
    kind = block.kind
    if kind == "paragraph":
        return block.check().html()
    if kind == "heading":
        return block.check().single_line()
    if kind in ("key_points", "checklist"):
        return {"title": block.check(allowed=("title",)).fields.get("title", ""), "items": block.items()}
    if kind == "example":
        return {"title": block.check(required=("title",)).fields["title"], "body": block.html()}
    if kind == "legal_quote":
        fields = block.check(required=("document",), allowed=("article", "date", "url")).fields
        value = {"text": block.html(), "document": fields["document"], "article": fields.get("article", "")}
        value["date"] = fields.get("date", "")
        if fields.get("url"):
            value["url"] = fields["url"]
        return value
    if kind == "table":
        header, rows = block.table()
        return {
            "caption": block.check(allowed=("caption",)).fields.get("caption", ""),
            "header": header,
            "rows": rows,
        }
    if kind == "related":
        return block.check().items()
    raise DemoContentError(f"{block.where}: unknown handbook block “{kind}”.")


def load_handbook() -> dict[str, Any]:
    """The demo handbook read from its files: the book, its chapters and their sections' blocks in order."""
    book = read_document(CONTENT, "_book.md").check(required=("title", "slug", "edition", "year"))
    handbook = {
        **{key: book.meta[key] for key in ("title", "slug", "edition")},
        "year": book.integer("year"),
        "introduction": book.named_blocks("introduction")["introduction"].check().html(),
        "chapters": [],
    }
    for chapter_slug, folder in numbered(CONTENT):
        chapter = read_document("_chapter.md", base=folder).check(required=("title",))
        sections = []
        for section_slug, entry in numbered(base=folder, suffix=".md"):
            section = read_document(base=entry).check(required=("title",), allowed=("summary",))
            sections.append(
                {
                    "slug": section_slug,
                    "title": section.meta["title"],
                    "summary": section.meta.get("summary", ""),
                    "body": [(block.kind, _block_value(block)) for block in section.blocks],
                }
            )
        handbook["chapters"].append(
            {
                "slug": chapter_slug,
                "title": chapter.meta["title"],
                "introduction": chapter.named_blocks("introduction")["introduction"].check().html(),
                "sections": sections,
            }
        )
    _check_related(handbook)
    return handbook


def _check_related(handbook: dict[str, Any]) -> None:
    slugs = [section["slug"] for chapter in handbook["chapters"] for section in chapter["sections"]]
    duplicates = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    if duplicates:
        raise DemoContentError(f"Handbook sections share a slug: {', '.join(duplicates)}.")
    for chapter in handbook["chapters"]:
        for section in chapter["sections"]:
            for kind, value in section["body"]:
                unknown = [slug for slug in value if slug not in slugs] if kind == "related" else []
                if unknown:
                    raise DemoContentError(
                        f"Handbook section “{section['slug']}” relates to unknown section(s): {', '.join(unknown)}."
                    )


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
            # The bench builds bodies without their related pages (an empty mapping).
            value = [section_ids[slug] for slug in value if slug in section_ids]
        elif block_type == "legal_quote":
            value = {"url": "", **value, "date": value.get("date") or None}
        body.append({"type": block_type, "value": value})
    return body


def _child(parent: Page, model: type[Page], slug: str) -> Page | None:
    return model.objects.child_of(parent).filter(slug=slug).first()


def _ensure_child(
    parent: Page, model: type[Page], data: dict, created: list, **texts: str
) -> tuple[Page, bool]:
    """The draft child page of `data["slug"]`, made from `data` and `texts` (NFC) when missing; and if it is new."""
    page = _child(parent, model, data["slug"])
    if page is not None:
        return page, False
    fields = {name: _nfc(value) for name, value in texts.items()}
    page = model(title=_nfc(data["title"]), slug=data["slug"], live=False, **fields)
    parent.add_child(instance=page)
    created.append(page)
    return page, True


def seed_handbook() -> HandbookPage | None:
    """Create and publish the demo handbook under the home page, then build its PDF edition."""
    home = HomePage.objects.first()
    if home is None:
        return None
    handbook = load_handbook()
    ensure_editorial_workflow()
    created: list[Page] = []
    book = _child(home, HandbookPage, handbook["slug"])
    if book is None:
        book = HandbookPage(
            title=_nfc(handbook["title"]),
            slug=handbook["slug"],
            edition=_nfc(handbook["edition"]),
            year=handbook["year"],
            introduction=_nfc(handbook["introduction"]),
            show_in_menus=True,
            live=False,
        )
        home.add_child(instance=book)
        created.append(book)

    pending_bodies: dict[int, list] = {}
    sections_by_slug: dict[str, int] = {}
    for chapter_data in handbook["chapters"]:
        chapter, _new = _ensure_child(
            book,
            HandbookChapterPage,
            chapter_data,
            created,
            introduction=chapter_data.get("introduction", ""),
        )
        for section_data in chapter_data["sections"]:
            section, new = _ensure_child(
                chapter, HandbookSectionPage, section_data, created, summary=section_data.get("summary", "")
            )
            if new:
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
