"""Shared ReportLab building blocks: fonts, colours, the national heading, rich text, QR codes, signatures.

Every PDF of the platform (the handbook edition, sign-in sheets, certificates, invitation letters) draws its
text in Be Vietnam Pro (SIL Open Font License 1.1, from the `fontpkg-be-vietnam-pro` package), embedded as a
subset: ReportLab's standard Helvetica silently drops letters such as ễ ị ồ Đ ặ. Text is normalised to NFC
first, because ReportLab does no mark positioning and decomposed accents land in the wrong place. Documents
and canvases are made with `initialFontName` so no unembedded Helvetica is declared (archival documents).

Renderers built on this package are pure: data in, bytes out. It imports no app of the project (only the
shared `lms.text`). Its parts: `documents` (fonts, colours, document templates, canvases), `text` (NFC,
markup, fitting), `richtext` (Wagtail's HTML to flowables), `administrative` (Decree 30's national heading and
signature blocks), `qr`; PAdES signing is `lms.signatures`, re-exported here too.
"""

from lms.signatures import (
    DEMO_CERT_NAME,
    DEMO_KEY_NAME,
    SignatureCheck,
    SigningError,
    SigningIdentity,
    check_pdf_signature,
    configured_identity,
    load_signer,
    make_demo_identity,
    sign_pdf,
)

from .administrative import (
    LETTER_LAYOUT,
    NATIONAL_MOTTO,
    NATIONAL_NAME,
    NationalHeading,
    Signatory,
    signature_block,
)
from .documents import (
    ACCENT,
    BORDER,
    CREATOR,
    FONT,
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_FAMILY,
    FONT_FILES,
    FONT_ITALIC,
    FONT_SEMIBOLD,
    HEADER_BG,
    MUTED,
    PRIMARY,
    QUOTE_BAR,
    QUOTE_BG,
    RULE,
    SOFT,
    TEXT,
    PageLayout,
    a4_document,
    document_options,
    image_reader,
    new_canvas,
    register_fonts,
    table_style,
)
from .qr import (
    draw_qr,
    qr_rectangles,
)
from .richtext import (
    HtmlItem,
    html_flowables,
    rich_text_items,
)
from .text import (
    StyleSheet,
    esc,
    fitted_paragraph,
    nfc,
    truncate,
    wrapped_height,
)

__all__ = [
    "ACCENT",
    "BORDER",
    "CREATOR",
    "DEMO_CERT_NAME",
    "DEMO_KEY_NAME",
    "FONT",
    "FONT_BOLD",
    "FONT_BOLD_ITALIC",
    "FONT_FAMILY",
    "FONT_FILES",
    "FONT_ITALIC",
    "FONT_SEMIBOLD",
    "HEADER_BG",
    "HtmlItem",
    "LETTER_LAYOUT",
    "MUTED",
    "NATIONAL_MOTTO",
    "NATIONAL_NAME",
    "NationalHeading",
    "PRIMARY",
    "PageLayout",
    "QUOTE_BAR",
    "QUOTE_BG",
    "RULE",
    "SOFT",
    "Signatory",
    "SignatureCheck",
    "SigningError",
    "SigningIdentity",
    "StyleSheet",
    "TEXT",
    "a4_document",
    "check_pdf_signature",
    "configured_identity",
    "document_options",
    "draw_qr",
    "esc",
    "fitted_paragraph",
    "html_flowables",
    "image_reader",
    "load_signer",
    "make_demo_identity",
    "new_canvas",
    "nfc",
    "qr_rectangles",
    "register_fonts",
    "rich_text_items",
    "sign_pdf",
    "signature_block",
    "table_style",
    "truncate",
    "wrapped_height",
]
