"""The handbook's PDF edition, drawn with ReportLab.

A pure renderer: it takes the book as plain data (`PdfBook`) and returns the bytes of the PDF; it reads no
database and writes no file (the service in `services.py` gathers the data and saves the result).

Fonts, colours, NFC text and the rich-text converter are the shared ones of `lms/pdf.py`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from lms.pdf import (
    ACCENT,
    BORDER,
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    FONT_SEMIBOLD,
    MUTED,
    PRIMARY,
    QUOTE_BAR,
    QUOTE_BG,
    SOFT,
    TEXT,
    PageLayout,
    StyleSheet,
    a4_document,
    esc,
    html_flowables,
    nfc,
    table_style,
    truncate,
)
from lms.text import vietnamese_date

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
LAYOUT = PageLayout(margins=(MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM, MARGIN_X))


# --------------------------------------------------------------------------------------------------
# Data in
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfPart:
    """A numbered part of the book, a chapter or a section; its key anchors it (the contents, the bookmarks)."""

    key: str
    number: str
    title: str


@dataclass(frozen=True)
class PdfSection(PdfPart):
    summary: str = ""
    # (block type, value) pairs; values are plain data (see `_render_block` for each type's shape).
    blocks: list[tuple[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class PdfChapter(PdfPart):
    introduction_html: str = ""
    sections: list[PdfSection] = field(default_factory=list)


@dataclass(frozen=True)
class PdfBook:
    title: str
    edition: str = ""
    year: int | None = None
    introduction_html: str = ""
    publisher: str = ""
    url: str = ""
    updated: date | None = None
    cover_image: bytes | None = None
    chapters: list[PdfChapter] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------------------------------


def _styles() -> StyleSheet:
    sheet = StyleSheet(
        ParagraphStyle(
            "body",
            fontName=FONT,
            bulletFontName=FONT,
            fontSize=10.5,
            leading=15.5,
            textColor=TEXT,
            spaceAfter=6,
        )
    )
    sheet.add("li", leftIndent=14, bulletIndent=3, spaceAfter=3)
    sheet.add("small", fontSize=8.5, leading=11, textColor=MUTED)
    sheet.add("cover_title", fontName=FONT_BOLD, fontSize=30, leading=38, textColor=PRIMARY, spaceAfter=16)
    sheet.add("cover_sub", fontSize=13, leading=18, textColor=MUTED)
    sheet.add(
        "front_heading", fontName=FONT_SEMIBOLD, fontSize=18, leading=24, spaceAfter=14, textColor=PRIMARY
    )
    sheet.add("chapter_label", fontName=FONT_SEMIBOLD, fontSize=11, leading=14, textColor=MUTED, spaceAfter=4)
    sheet.add("chapter", fontName=FONT_BOLD, fontSize=22, leading=28, textColor=PRIMARY, spaceAfter=14)
    sheet.add(
        "section",
        fontName=FONT_SEMIBOLD,
        fontSize=14.5,
        leading=19,
        spaceBefore=14,
        spaceAfter=6,
        textColor=TEXT,
        keepWithNext=1,
    )
    sheet.add("summary", fontName=FONT_ITALIC, textColor=MUTED, spaceAfter=8)
    sheet.add(
        "heading", fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4, keepWithNext=1
    )
    sheet.add("callout_title", fontName=FONT_BOLD, spaceAfter=0)
    sheet.add("callout", spaceAfter=0)
    sheet.add("callout_li", leftIndent=12, bulletIndent=0, spaceAfter=0)
    sheet.add("quote", fontName=FONT_ITALIC, spaceAfter=0)
    sheet.add("citation", fontSize=9, leading=12, textColor=MUTED, spaceAfter=0)
    sheet.add("cell", fontSize=9, leading=12, spaceAfter=0)
    sheet.add("cell_head", fontName=FONT_BOLD, fontSize=9, leading=12, spaceAfter=0)
    sheet.add("caption", fontName=FONT_ITALIC, fontSize=9, leading=12, textColor=MUTED, spaceAfter=4)
    sheet.add("toc0", fontName=FONT_SEMIBOLD, fontSize=11, leading=15, spaceBefore=6)
    sheet.add("toc1", fontSize=9.5, leading=13, leftIndent=18, spaceAfter=0)
    sheet.add("center", alignment=TA_CENTER)
    return sheet


# --------------------------------------------------------------------------------------------------
# Flowables
# --------------------------------------------------------------------------------------------------


class _Box(Flowable):
    """An empty check box drawn as a square (the font has no ☐ glyph)."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 10, 12

    def draw(self) -> None:
        self.canv.setStrokeColor(MUTED)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0.5, 1, 8, 8, stroke=1, fill=0)


class _Anchor(Flowable):
    """A zero-size flowable that marks a destination (and a TOC entry) where it lands."""

    def __init__(self, key: str, text: str = "", level: int | None = None) -> None:
        super().__init__()
        self.key, self.text, self.level = key, text, level

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _HandbookDocTemplate(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, *, book: PdfBook, **kwargs: Any) -> None:
        self.book = book
        self.current_chapter = ""
        super().__init__(buffer, **kwargs)
        cover_frame = Frame(
            MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="cover"
        )
        body_frame = Frame(
            MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body"
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[cover_frame]),
                PageTemplate(id="body", frames=[body_frame], onPageEnd=self._decorate_page),
            ]
        )

    def beforeDocument(self) -> None:
        self.current_chapter = ""

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, _Anchor):
            return
        self.canv.bookmarkPage(flowable.key)
        if flowable.level is None:
            return
        self.canv.addOutlineEntry(
            flowable.text, flowable.key, level=flowable.level, closed=flowable.level > 0
        )
        self.notify("TOCEntry", (flowable.level, flowable.text, self.page, flowable.key))
        if flowable.level == 0:
            self.current_chapter = flowable.text

    def _decorate_page(self, canvas: Any, doc: Any) -> None:
        """Running header (book and current chapter) and the page number."""
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        top = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
        canvas.drawString(MARGIN_X, top, truncate(self.book.title, FONT, 8, FRAME_WIDTH / 2 - 6))
        if self.current_chapter:
            canvas.drawRightString(
                PAGE_WIDTH - MARGIN_X, top, truncate(self.current_chapter, FONT, 8, FRAME_WIDTH / 2 - 6)
            )
        canvas.setStrokeColor(BORDER)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN_BOTTOM - 10 * mm, str(canvas.getPageNumber()))
        canvas.restoreState()


# --------------------------------------------------------------------------------------------------
# Blocks
# --------------------------------------------------------------------------------------------------


def _callout(rows: list[Flowable], *, background: colors.Color, bar: colors.Color) -> Table:
    """A tinted box with a coloured bar on the left; one row per paragraph so it can split across pages."""
    table = Table([[row] for row in rows], colWidths=[FRAME_WIDTH], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LINEBEFORE", (0, 0), (0, -1), 3, bar),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return table


def _column_widths(header: list[str], rows: list[list[str]]) -> list[float]:
    columns = max([len(header)] + [len(row) for row in rows]) or 1
    weights = []
    for index in range(columns):
        cells = [row[index] for row in rows if index < len(row)] + (
            [header[index]] if index < len(header) else []
        )
        average = sum(len(str(cell or "")) for cell in cells) / max(len(cells), 1)
        weights.append(min(max(average, 8), 80) ** 0.75)
    total = sum(weights)
    return [FRAME_WIDTH * weight / total for weight in weights]


def _render_block(block_type: str, value: Any, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if block_type == "paragraph":
        return html_flowables(value, styles)
    if block_type == "heading":
        return [
            _Anchor(value.get("key", "")) if value.get("key") else Spacer(0, 0),
            Paragraph(esc(value["text"]), styles["heading"]),
        ]
    if block_type in {"key_points", "checklist"}:
        rows: list[Flowable] = []
        if value.get("title"):
            rows.append(Paragraph(esc(value["title"]), styles["callout_title"]))
        for item in value.get("items", []):
            if block_type == "checklist":
                line = Table(
                    [[_Box(), Paragraph(esc(item), styles["callout"])]], colWidths=[14, FRAME_WIDTH - 34]
                )
                line.setStyle(
                    table_style(
                        [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                        ]
                    )
                )
                rows.append(line)
            else:
                rows.append(Paragraph(esc(item), styles["callout_li"], bulletText="•"))
        background, bar = (SOFT, ACCENT) if block_type == "key_points" else (colors.white, PRIMARY)
        if block_type == "checklist":
            background = colors.HexColor("#fbfaf7")
        return [Spacer(0, 4), _callout(rows, background=background, bar=bar), Spacer(0, 8)]
    if block_type == "example":
        rows = [Paragraph(esc(value.get("title", "")), styles["callout_title"])]
        rows.extend(html_flowables(value.get("body", ""), styles, compact=True))
        return [
            Spacer(0, 4),
            _callout(rows, background=colors.HexColor("#fdf6e8"), bar=PRIMARY),
            Spacer(0, 8),
        ]
    if block_type == "legal_quote":
        rows = [Paragraph(f"“{esc(value.get('text', ''))}”", styles["quote"])]
        citation = esc(value.get("citation", ""))
        if value.get("url"):
            citation = f'<a href="{esc(value["url"])}" color="#3b5b92">{citation}</a>'
        if citation:
            rows.append(Paragraph(f"— {citation}", styles["citation"]))
        return [Spacer(0, 4), _callout(rows, background=QUOTE_BG, bar=QUOTE_BAR), Spacer(0, 8)]
    if block_type == "table":
        header = [nfc(cell) for cell in value.get("header", [])]
        body_rows = [[nfc(cell) for cell in row] for row in value.get("rows", [])]
        columns = max([len(header)] + [len(row) for row in body_rows]) or 1
        data = []
        if header:
            data.append(
                [Paragraph(esc(cell), styles["cell_head"]) for cell in header]
                + [""] * (columns - len(header))
            )
        for row in body_rows:
            data.append([Paragraph(esc(cell), styles["cell"]) for cell in row] + [""] * (columns - len(row)))
        table = Table(
            data, colWidths=_column_widths(header, body_rows), repeatRows=1 if header else 0, hAlign="LEFT"
        )
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.5, BORDER),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), SOFT))
        table.setStyle(table_style(commands))
        flowables: list[Flowable] = []
        if value.get("caption"):
            flowables.append(
                Paragraph(
                    esc(value["caption"]), ParagraphStyle("tcap", parent=styles["caption"], keepWithNext=1)
                )
            )
        flowables += [table, Spacer(0, 10)]
        return flowables
    if block_type == "image":
        data = value.get("data")
        if not data:
            return []
        width, height = value.get("width") or 1, value.get("height") or 1
        scale = min(FRAME_WIDTH / width, (PAGE_HEIGHT * 0.45) / height, 1.0 if width > 400 else 2.0)
        image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
        caption = esc(value.get("caption", ""))
        if value.get("credit"):
            caption = f"{caption} ({esc(value['credit'])})" if caption else f"({esc(value['credit'])})"
        parts: list[Flowable] = [image]
        if caption:
            parts.append(Paragraph(caption, styles["caption"]))
        return [KeepTogether(parts), Spacer(0, 6)]
    if block_type == "document":
        label = esc(value.get("title", ""))
        url = value.get("url", "")
        link = f'<a href="{esc(url)}" color="#a5161d">{label}</a>' if url else label
        label_text = esc(_("Document"))
        return [Paragraph(f"<b>{label_text}:</b> {link}", styles["body"])]
    if block_type == "related":
        links = [
            f'<a href="#{esc(item["key"])}" color="#a5161d">{esc(item["number"])} {esc(item["title"])}</a>'
            for item in value
        ]
        if not links:
            return []
        see_also = esc(_("See also"))
        return [Paragraph(f"<b>{see_also}:</b> " + "; ".join(links), styles["small"]), Spacer(0, 4)]
    return []


# --------------------------------------------------------------------------------------------------
# The book
# --------------------------------------------------------------------------------------------------


def _cover(book: PdfBook, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [Spacer(0, 40 * mm)]
    if book.publisher:
        story.append(Paragraph(esc(book.publisher).upper(), styles["chapter_label"]))
        story.append(Spacer(0, 10 * mm))
    story.append(Paragraph(esc(book.title), styles["cover_title"]))
    details = " · ".join(part for part in [nfc(book.edition), str(book.year or "")] if part)
    if details:
        story.append(Paragraph(esc(details), styles["cover_sub"]))
    if book.cover_image:
        reader = ImageReader(io.BytesIO(book.cover_image))
        width, height = reader.getSize()
        scale = min(FRAME_WIDTH / width, 90 * mm / height)
        story += [
            Spacer(0, 12 * mm),
            Image(io.BytesIO(book.cover_image), width=width * scale, height=height * scale),
        ]
    story.append(Spacer(0, 20 * mm))
    if book.updated:
        story.append(
            Paragraph(
                esc(_("Updated: %(date)s") % {"date": vietnamese_date(book.updated)}), styles["cover_sub"]
            )
        )
    if book.url:
        story.append(
            Paragraph(f'<a href="{esc(book.url)}" color="#a5161d">{esc(book.url)}</a>', styles["cover_sub"])
        )
    return story


def render_handbook_pdf(book: PdfBook) -> bytes:
    """The whole book as one PDF: cover, contents with page numbers, numbered chapters and sections."""
    styles = _styles()
    buffer = io.BytesIO()
    doc = a4_document(
        buffer,
        template=_HandbookDocTemplate,
        book=book,
        layout=LAYOUT,
        title=book.title,
        author=book.publisher,
        subject=nfc(book.edition),
    )
    story: list[Flowable] = _cover(book, styles)
    story += [NextPageTemplate("body"), PageBreak()]

    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [styles["toc0"], styles["toc1"]]
    toc.tableStyle = table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    story += [Paragraph(esc(_("Contents")), styles["front_heading"]), toc, PageBreak()]

    if book.introduction_html:
        title = _("Introduction")
        story += [_Anchor("gioi-thieu", nfc(title), 0), Paragraph(esc(title), styles["front_heading"])]
        story += html_flowables(book.introduction_html, styles)
    for chapter in book.chapters:
        label = _("Chapter %(number)s") % {"number": chapter.number}
        story += [
            PageBreak(),
            _Anchor(chapter.key, nfc(f"{chapter.number}. {chapter.title}"), 0),
            Paragraph(esc(label).upper(), styles["chapter_label"]),
            Paragraph(esc(chapter.title), styles["chapter"]),
        ]
        story += html_flowables(chapter.introduction_html, styles)
        for section in chapter.sections:
            story += [
                CondPageBreak(60 * mm),
                _Anchor(section.key, nfc(f"{section.number} {section.title}"), 1),
                Paragraph(f"{esc(section.number)}&nbsp;&nbsp;{esc(section.title)}", styles["section"]),
            ]
            if section.summary:
                story.append(Paragraph(esc(section.summary), styles["summary"]))
            for block_type, value in section.blocks:
                story += _render_block(block_type, value, styles)
    doc.multiBuild(story)
    return buffer.getvalue()
