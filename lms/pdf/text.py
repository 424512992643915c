"""Text for ReportLab: NFC, escaped markup, cut to fit, paragraphs that shrink to fit, named style sheets."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as xml_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from lms.text import nfc as text_nfc


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
