"""Reading a rendered PDF back in tests: its text, its fonts."""

from __future__ import annotations

import io
import re
import unicodedata

from pypdf import PdfReader

FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def pdf_text(content: bytes, *, sep: str = "\n") -> str:
    """The extracted text of every page, pages joined by `sep`."""
    return sep.join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def flat_pdf_text(content: bytes) -> str:
    """The text composed (NFC) with every run of white space one space: phrases match across line breaks."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", pdf_text(content, sep=" ")))


def pdf_fonts(content: bytes) -> list[tuple[str, bool]]:
    """(base font, embedded?) of every font the pages use; a composite font is embedded through its
    descendant."""
    fonts = []
    for page in PdfReader(io.BytesIO(content)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptors = [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]
            embedded = any(
                key in descriptor["/FontDescriptor"].get_object()
                for descriptor in descriptors
                if "/FontDescriptor" in descriptor
                for key in FONT_FILES
            )
            fonts.append((str(font["/BaseFont"]), embedded))
    return fonts
