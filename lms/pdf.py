"""Shared ReportLab building blocks: fonts, colours, the national heading, rich text, QR codes, signatures.

Every PDF of the platform (the handbook edition, sign-in sheets, certificates, invitation letters) draws its
text in Be Vietnam Pro (SIL Open Font License 1.1, from the `fontpkg-be-vietnam-pro` package), embedded as a
subset: ReportLab's standard Helvetica silently drops letters such as ễ ị ồ Đ ặ. Text is normalised to NFC
first, because ReportLab does no mark positioning and decomposed accents land in the wrong place. Documents
and canvases are made with `initialFontName` so no unembedded Helvetica is declared (archival documents).

Renderers built on this module are pure: data in, bytes out. This module imports no app of the project
(only the shared `lms.text`).
"""

from __future__ import annotations

import functools
import io
import re
import threading
import zlib
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import fontpkg
import segno
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

# PAdES signing lives in its own module and is part of this interface (re-exported).
from lms.signatures import DEMO_CERT_NAME as DEMO_CERT_NAME
from lms.signatures import DEMO_KEY_NAME as DEMO_KEY_NAME
from lms.signatures import SignatureCheck as SignatureCheck
from lms.signatures import SigningError as SigningError
from lms.signatures import SigningIdentity as SigningIdentity
from lms.signatures import check_pdf_signature as check_pdf_signature
from lms.signatures import configured_identity as configured_identity
from lms.signatures import load_signer as load_signer
from lms.signatures import make_demo_identity as make_demo_identity
from lms.signatures import sign_pdf as sign_pdf
from lms.text import nfc as text_nfc

# --------------------------------------------------------------------------------------------------
# Fonts and colours
# --------------------------------------------------------------------------------------------------

FONT_FAMILY = "Be Vietnam Pro"
FONT = "BeVietnamPro"
FONT_BOLD = "BeVietnamPro-Bold"
FONT_ITALIC = "BeVietnamPro-Italic"
FONT_BOLD_ITALIC = "BeVietnamPro-BoldItalic"
FONT_SEMIBOLD = "BeVietnamPro-SemiBold"
FONT_FILES = {
    FONT: (400, "normal"),
    FONT_BOLD: (700, "normal"),
    FONT_ITALIC: (400, "italic"),
    FONT_BOLD_ITALIC: (700, "italic"),
    FONT_SEMIBOLD: (600, "normal"),
}

PRIMARY = colors.HexColor("#a5161d")
TEXT = colors.HexColor("#1d1d1f")
MUTED = colors.HexColor("#5c5f66")
SOFT = colors.HexColor("#f6f4ef")
BORDER = colors.HexColor("#dedbd2")
ACCENT = colors.HexColor("#f2b705")
QUOTE_BG = colors.HexColor("#f3f5f9")
QUOTE_BAR = colors.HexColor("#3b5b92")
RULE = colors.HexColor("#8a8d93")
HEADER_BG = colors.HexColor("#f1eee6")

CREATOR = "Lớp học Truyền thông chính sách"

_font_lock = threading.Lock()
_fonts_registered = False


def register_fonts() -> None:
    """Register the Be Vietnam Pro faces with ReportLab, once per process."""
    global _fonts_registered
    if _fonts_registered:
        return
    with _font_lock:
        if _fonts_registered:
            return
        for name, (weight, style) in FONT_FILES.items():
            # asciiReadable=0 keeps the PDF about a third smaller; text stays extractable.
            path = fontpkg.path(FONT_FAMILY, weight=weight, style=style)
            pdfmetrics.registerFont(_TTFont(name, str(path), asciiReadable=0))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        # Why: ReportLab wraps compressed page streams and images in ASCII85 by default, for 7-bit mail
        # transports. It makes them a quarter larger and costs pure-Python time on every PDF (about 0.7 ms
        # of a certificate's 10); binary Flate streams read the same in every PDF reader.
        rl_config.useA85 = 0
        # Why level 1: ReportLab deflates every stream (font subsets, pages) at zlib's default level 6. Level
        # 1 is a third faster on a certificate's three font subsets for streams about 4% larger (measured on
        # 30/11/2026); a bulk issuance writes hundreds of PDFs, a reader opens them once.
        pdfdoc.PDFZCompress.encode = _fast_deflate
        _fonts_registered = True


def _fast_deflate(text: str | bytes) -> bytes:
    return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, 1)


class _Numbers(pdfdoc.PDFObject):
    """A PDF array of numbers formatted in one call (`fp_str` takes many), not one `format` per number."""

    def __init__(self, numbers: list[float]) -> None:
        self.numbers = numbers

    def format(self, document) -> bytes:
        return b"[" + fp_str(*self.numbers).encode("ascii") + b"]"


class _TTFont(TTFont):
    """ReportLab's TrueType font whose subsets' /Widths arrays are formatted as one string.

    Why: every subset writes a width per character it uses (a hundred or two in a certificate), and
    ReportLab formats each through its generic object formatter: about a tenth of a certificate's time.
    """

    def addObjects(self, doc) -> None:
        fonts = doc.idToObject["BasicFonts"].dict
        before = set(fonts)
        super().addObjects(doc)
        for name in set(fonts) - before:
            widths = getattr(fonts[name], "Widths", None)
            if isinstance(widths, pdfdoc.PDFArray):
                fonts[name].Widths = _Numbers(widths.sequence)


def document_options(*, font_size: float = 10.5, leading: float = 15.5) -> dict[str, Any]:
    """Keyword arguments every doc template takes: the embedded font as the initial one (no Helvetica)."""
    register_fonts()
    return {
        "initialFontName": FONT,
        "initialFontSize": font_size,
        "initialLeading": leading,
        "creator": CREATOR,
        "lang": "vi",
    }


def a4_document(
    buffer: io.BytesIO,
    *,
    margins: tuple[float, float, float, float],
    title: str,
    author: str,
    font_size: float = 10.5,
    leading: float = 15.5,
    template: type[BaseDocTemplate] = SimpleDocTemplate,
    **kwargs: Any,
) -> BaseDocTemplate:
    """An A4 document template (a `SimpleDocTemplate` unless `template` says otherwise) with the embedded font
    as its initial one; `margins` are (top, right, bottom, left), as in CSS; title and author in NFC."""
    top, right, bottom, left = margins
    return template(
        buffer,
        pagesize=A4,
        topMargin=top,
        rightMargin=right,
        bottomMargin=bottom,
        leftMargin=left,
        title=nfc(title),
        author=nfc(author),
        **kwargs,
        **document_options(font_size=font_size, leading=leading),
    )


def new_canvas(
    buffer: io.BytesIO, *, pagesize: tuple[float, float], title: str = "", author: str = ""
) -> Canvas:
    """A canvas that declares only the embedded font (ReportLab otherwise declares Helvetica on every page)."""
    register_fonts()
    canvas = Canvas(
        buffer, pagesize=pagesize, initialFontName=FONT, initialFontSize=10, pageCompression=1, lang="vi"
    )
    canvas.setTitle(nfc(title))
    canvas.setAuthor(nfc(author))
    canvas.setCreator(CREATOR)
    return canvas


@functools.lru_cache(maxsize=4)
def image_reader(data: bytes) -> ImageReader:
    """The image as ReportLab reads it, decoded once per process for the same bytes.

    A bulk run draws the same seal, logo and border on every certificate: decoding a seal was about 15 ms of
    each PDF. The reader is decoded here, before it is shared, so the threads drawing it only read it.
    """
    reader = ImageReader(io.BytesIO(data))
    reader.getRGBData()
    return reader


# --------------------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------------------


def nfc(text: Any) -> str:
    """Any value as text in NFC, its white space kept (line breaks may matter in a document)."""
    return text_nfc(str(text or ""), squash=False)


def esc(text: Any) -> str:
    """Text escaped for ReportLab's paragraph markup, in NFC."""
    return xml_escape(nfc(text), {'"': "&quot;"})


def truncate(text: str, font: str, size: float, width: float) -> str:
    """The text cut with an ellipsis so it fits the width on one line."""
    text = nfc(text)
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fitted_paragraph(
    markup: str,
    style: ParagraphStyle,
    *,
    width: float,
    max_height: float,
    min_size: float = 7,
) -> Paragraph:
    """A paragraph that wraps within the width and shrinks (down to `min_size`) until it fits the height."""
    size = style.fontSize
    ratio = style.leading / style.fontSize if style.fontSize else 1.2
    while True:
        current = ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * ratio)
        paragraph = Paragraph(markup, current)
        _w, height = paragraph.wrap(width, max_height * 10)
        if height <= max_height or size <= min_size:
            # Already wrapped at this width: `wrapped_height` lets a caller draw it without wrapping again.
            paragraph.wrapped_for = (width, height)
            return paragraph
        size = max(min_size, size - 0.5)


class StyleSheet(dict[str, ParagraphStyle]):
    """A renderer's paragraph styles, derived from one base and each named once.

    `sheet.add("title", fontSize=18)` adds `sheet["title"]`, a style named `<prefix>title` whose parent is the
    base (or `parent=`); the base itself is `sheet["body"]`.
    """

    def __init__(self, base: ParagraphStyle, *, prefix: str = "") -> None:
        super().__init__(body=base)
        self.base = base
        self.prefix = prefix

    def add(self, key: str, *, name: str = "", parent: ParagraphStyle | None = None, **values: Any) -> None:
        self[key] = ParagraphStyle(name or f"{self.prefix}{key}", parent=parent or self.base, **values)


def wrapped_height(paragraph: Paragraph, width: float) -> float:
    """The paragraph's height at this width, wrapping it only if it was not wrapped at this width yet."""
    wrapped = getattr(paragraph, "wrapped_for", None)
    if wrapped is None or wrapped[0] != width:
        _w, height = paragraph.wrap(width, 100000)
        paragraph.wrapped_for = (width, height)
        return height
    return wrapped[1]


def table_style(commands: list) -> TableStyle:
    """A table style whose default font is the embedded one (a Table otherwise declares Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


# --------------------------------------------------------------------------------------------------
# Rich text (Wagtail HTML) to paragraph markup and flowables
# --------------------------------------------------------------------------------------------------

_INLINE = {
    "b": "b",
    "strong": "b",
    "i": "i",
    "em": "i",
    "sup": "super",
    "sub": "sub",
    "u": "u",
    "s": "strike",
}
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "hr", "figure"}
_SPACES = re.compile(r"\s+")


@dataclass
class HtmlItem:
    kind: str  # "p", "h", "li", "quote"
    markup: str
    bullet: str = ""
    level: int = 0


class _RichTextParser(HTMLParser):
    """Turns the rich text Wagtail stores into ReportLab paragraph markup, one item per block element."""

    def __init__(self, link_colour: str) -> None:
        super().__init__(convert_charrefs=True)
        self.link_colour = link_colour
        self.items: list[HtmlItem] = []
        self.buffer: list[str] = []
        self.open_inline: list[tuple[str, str]] = []  # (html tag, opening markup)
        self.lists: list[list] = []  # [kind, counter]
        self.kind = "p"
        self.bullet = ""

    def _flush(self) -> None:
        text = "".join(self.buffer).strip()
        closers = "".join(f"</{_INLINE.get(tag, tag)}>" for tag, _m in reversed(self.open_inline))
        if text and re.sub(r"<[^>]+>", "", text).strip():
            self.items.append(HtmlItem(self.kind, text + closers, self.bullet, max(0, len(self.lists) - 1)))
        self.buffer = [markup for _tag, markup in self.open_inline]
        self.bullet = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._flush()
            if tag in {"ul", "ol"}:
                self.lists.append([tag, 0])
            elif tag == "li":
                self.kind = "li"
                if self.lists and self.lists[-1][0] == "ol":
                    self.lists[-1][1] += 1
                    self.bullet = f"{self.lists[-1][1]}."
                else:
                    self.bullet = "•"
            elif tag.startswith("h") and tag[1:].isdigit():
                self.kind = "h"
            elif tag == "blockquote":
                self.kind = "quote"
            else:
                self.kind = "li" if self.lists else "p"
        elif tag in _INLINE:
            markup = f"<{_INLINE[tag]}>"
            self.open_inline.append((tag, markup))
            self.buffer.append(markup)
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if href:
                markup = f'<a href="{esc(href)}" color="{self.link_colour}">'
                self.open_inline.append(("a", markup))
            else:
                markup = "<font>"
                self.open_inline.append(("font", markup))
            self.buffer.append(markup)
        elif tag == "br":
            self.buffer.append("<br/>")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self._flush()
            if tag in {"ul", "ol"} and self.lists:
                self.lists.pop()
            self.kind = "li" if self.lists else "p"
            return
        wanted = "font" if tag == "a" and self.open_inline and self.open_inline[-1][0] == "font" else tag
        for index in range(len(self.open_inline) - 1, -1, -1):
            if self.open_inline[index][0] == wanted:
                # Close everything opened after it too, so the markup stays balanced.
                for open_tag, _markup in reversed(self.open_inline[index:]):
                    self.buffer.append(f"</{_INLINE.get(open_tag, open_tag)}>")
                del self.open_inline[index:]
                break

    def handle_data(self, data: str) -> None:
        self.buffer.append(esc(_SPACES.sub(" ", data)))

    def close(self) -> None:
        super().close()
        self._flush()


def rich_text_items(source: str, *, link_colour: str = "#a5161d") -> list[HtmlItem]:
    parser = _RichTextParser(link_colour)
    parser.feed(nfc(source))
    parser.close()
    return parser.items


def html_flowables(
    source: str, styles: dict[str, ParagraphStyle], *, compact: bool = False
) -> list[Flowable]:
    """Paragraphs for rich text; `styles` has "body", "li", "heading", "quote" ("callout", "callout_li")."""
    flowables: list[Flowable] = []
    for item in rich_text_items(source):
        if item.kind == "li":
            parent = styles["callout_li" if compact else "li"]
            style = ParagraphStyle("li-n", parent=parent, leftIndent=parent.leftIndent + 12 * item.level)
            flowables.append(Paragraph(item.markup, style, bulletText=item.bullet or "•"))
        elif item.kind == "h":
            flowables.append(Paragraph(item.markup, styles["heading"]))
        elif item.kind == "quote":
            flowables.append(Paragraph(item.markup, styles["quote"]))
        else:
            flowables.append(Paragraph(item.markup, styles["callout" if compact else "body"]))
    return flowables


# --------------------------------------------------------------------------------------------------
# The national heading (Decree 30/2020): issuing body on the left, the national motto on the right
# --------------------------------------------------------------------------------------------------

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"


class NationalHeading(Flowable):
    """The two-column heading of an administrative document.

    Left: the parent body (upper case), the issuing body (upper case, bold, underlined), the number
    ("Số: 42/2026/CN"). Right: the country's name and motto (underlined), then place and date in italics.
    Usable in a story or drawn on a canvas with `wrapOn` and `drawOn`.
    """

    def __init__(
        self,
        *,
        width: float,
        issuing_body: str,
        parent_body: str = "",
        number: str = "",
        place_date: str = "",
        size: float = 12,
        left_share: float = 0.42,
    ) -> None:
        super().__init__()
        register_fonts()
        self.width = width
        self.size = size
        left_width = width * left_share - 6
        right_width = width * (1 - left_share) - 6
        self.left_width, self.right_width = left_width, right_width
        self.left_x, self.right_x = 0, width * left_share + 6
        line = size * 1.3
        base = ParagraphStyle("nh", fontName=FONT, fontSize=size, leading=line, alignment=TA_CENTER)
        bold = ParagraphStyle("nh-b", parent=base, fontName=FONT_BOLD)
        italic = ParagraphStyle("nh-i", parent=base, fontName=FONT_ITALIC)
        self.left = [
            fitted_paragraph(esc(nfc(parent_body).upper()), base, width=left_width, max_height=line * 2)
            if parent_body
            else None,
            fitted_paragraph(esc(nfc(issuing_body).upper()), bold, width=left_width, max_height=line * 2),
        ]
        self.left = [item for item in self.left if item is not None]
        self.issuing_body = nfc(issuing_body).upper()
        self.number = Paragraph(esc(number), base) if number else None
        self.right = [
            fitted_paragraph(esc(NATIONAL_NAME), bold, width=right_width, max_height=line),
            fitted_paragraph(esc(NATIONAL_MOTTO), bold, width=right_width, max_height=line),
        ]
        self.place_date = Paragraph(esc(place_date), italic) if place_date else None
        self.gap = size * 0.9

    def _column_height(self, items: list[Paragraph], width: float) -> list[float]:
        return [wrapped_height(item, width) for item in items]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        left = sum(self._column_height(self.left, self.left_width))
        if self.number:
            left += self.gap + wrapped_height(self.number, self.left_width)
        right = sum(self._column_height(self.right, self.right_width))
        if self.place_date:
            right += self.gap + wrapped_height(self.place_date, self.right_width)
        self.height = max(left, right)
        return self.width, self.height

    def _draw_column(self, items: list[Paragraph], x: float, width: float, top: float) -> float:
        y = top
        for item in items:
            y -= wrapped_height(item, width)
            item.drawOn(self.canv, x, y)
        return y

    def _rule(self, centre: float, y: float, width: float) -> None:
        self.canv.setLineWidth(0.6)
        self.canv.setStrokeColor(TEXT)
        self.canv.line(centre - width / 2, y, centre + width / 2, y)

    def draw(self) -> None:
        top = self.height
        bottom_left = self._draw_column(self.left, self.left_x, self.left_width, top)
        # Decree 30: a short rule, a third to half of the line above it, under the issuing body.
        body = self.left[-1]
        body_width = min(
            self.left_width, pdfmetrics.stringWidth(self.issuing_body, FONT_BOLD, body.style.fontSize)
        )
        self._rule(self.left_x + self.left_width / 2, bottom_left - 2, body_width * 0.4)
        if self.number:
            height = wrapped_height(self.number, self.left_width)
            self.number.drawOn(self.canv, self.left_x, bottom_left - self.gap - height)
        bottom_right = self._draw_column(self.right, self.right_x, self.right_width, top)
        # The motto is underlined over its own width.
        motto = self.right[-1]
        motto_width = pdfmetrics.stringWidth(NATIONAL_MOTTO, FONT_BOLD, motto.style.fontSize)
        self._rule(self.right_x + self.right_width / 2, bottom_right - 2, motto_width)
        if self.place_date:
            height = wrapped_height(self.place_date, self.right_width)
            self.place_date.drawOn(self.canv, self.right_x, bottom_right - self.gap - height)


# --------------------------------------------------------------------------------------------------
# Signature blocks: the signers' columns at the foot of a document
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signatory:
    """One signature column: its title ("/" breaks lines: "KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG"), an italic note
    such as "(Ký, ghi rõ họ tên)", and the signer's name printed under the room left to sign (may be empty)."""

    title: str
    note: str = ""
    name: str = ""


def signature_block(
    signatories: list[Signatory], *, width: float, size: float = 11, room: float = 22 * mm
) -> Flowable:
    """Signature columns side by side, centred in equal shares of `width`, kept together on one page."""
    register_fonts()
    bold = ParagraphStyle("sig-b", fontName=FONT_BOLD, fontSize=size, leading=size * 1.3, alignment=TA_CENTER)
    italic = ParagraphStyle("sig-i", parent=bold, fontName=FONT_ITALIC)
    cells = []
    for signatory in signatories:
        cell: list[Flowable] = [
            Paragraph(esc(line.strip()), bold) for line in nfc(signatory.title).split("/") if line.strip()
        ]
        if signatory.note:
            cell.append(Paragraph(esc(signatory.note), italic))
        cell.append(Spacer(1, room))
        if signatory.name:
            cell.append(Paragraph(esc(signatory.name), bold))
        cells.append(cell)
    share = width / max(1, len(cells))
    table = Table([cells], colWidths=[share] * len(cells))
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([table])


# --------------------------------------------------------------------------------------------------
# QR codes, drawn as one path
# --------------------------------------------------------------------------------------------------


def qr_rectangles(matrix) -> list[tuple[int, int, int, int]]:
    """The dark modules of a QR matrix as few rectangles (column, row, width, height), in module units.

    Each row's dark runs are merged, and a run repeated on the rows below (the finder patterns, the
    timing-free blocks) grows downwards instead of starting a rectangle of its own.
    """
    rectangles: list[list[int]] = []
    open_runs: dict[
        tuple[int, int], list[int]
    ] = {}  # (start, end) of a run on the row above -> its rectangle
    for row_index, row in enumerate(matrix):
        runs: dict[tuple[int, int], list[int]] = {}
        width = len(row)
        column = 0
        while column < width:
            if row[column]:
                start = column
                while column < width and row[column]:
                    column += 1
                rectangle = open_runs.get((start, column))
                if rectangle is None:
                    rectangle = [start, row_index, column - start, 0]
                    rectangles.append(rectangle)
                rectangle[3] += 1
                runs[(start, column)] = rectangle
            else:
                column += 1
        open_runs = runs
    return [tuple(rectangle) for rectangle in rectangles]


def draw_qr(
    canvas: Canvas,
    data: str,
    *,
    x: float,
    y: float,
    size: float,
    colour: colors.Color = colors.black,
    error: str = "m",
    mask: int | None = 0,
) -> None:
    """Draw a QR code of `data` in a `size` square whose lower-left corner is (x, y), quiet zone included.

    All dark modules are one path of rectangles (runs merged across and down), filled once: ReportLab's
    `QrCodeWidget` draws each module run as a shape of its own and costs ten times more per page.
    """
    # Why a fixed mask: choosing the "best" of eight masks is about 80% of segno's time (some 10 ms a
    # certificate here); every mask gives a valid code that scanners read.
    matrix = segno.make(data, error=error, micro=False, mask=mask).matrix
    border = 4  # the quiet zone the standard asks for, in modules
    modules = len(matrix) + 2 * border
    step = size / modules
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colour)
    # Module (column, row) of the matrix is the unit square at (column, row) here: rows go down the page.
    canvas.transform(step, 0, 0, -step, x + border * step, y + size - border * step)
    # Why the operators are written here: in module units they are small integers, and ReportLab's
    # `beginPath().rect` formats every number with a pure-Python routine (about 7 µs a rectangle, as much
    # as encoding the code). "re" adds a rectangle to the current path; one "f" fills the whole path.
    path = " ".join(
        f"{column} {row} {width} {height} re" for column, row, width, height in qr_rectangles(matrix)
    )
    canvas.addLiteral(f"{path} f")
    canvas.restoreState()
