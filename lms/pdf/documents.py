"""Fonts, colours, document templates and canvases: every PDF draws its text in the embedded Be Vietnam Pro."""

from __future__ import annotations

import functools
import io
import threading
import zlib
from dataclasses import dataclass
from typing import Any

import fontpkg
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, SimpleDocTemplate, TableStyle

from .text import nfc

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


@dataclass(frozen=True)
class PageLayout:
    """How a document sets its A4 pages: the margins, (top, right, bottom, left) as in CSS, and the size and
    leading of its body text."""

    margins: tuple[float, float, float, float]
    font_size: float = 10.5
    leading: float = 15.5


def a4_document(
    buffer: io.BytesIO,
    *,
    layout: PageLayout,
    title: str,
    author: str,
    template: type[BaseDocTemplate] = SimpleDocTemplate,
    **kwargs: Any,
) -> BaseDocTemplate:
    """An A4 document template (a `SimpleDocTemplate` unless `template` says otherwise) set out by `layout`,
    with the embedded font as its initial one; title and author in NFC."""
    top, right, bottom, left = layout.margins
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
        **document_options(font_size=layout.font_size, leading=layout.leading),
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


def table_style(commands: list) -> TableStyle:
    """A table style whose default font is the embedded one (a Table otherwise declares Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])
