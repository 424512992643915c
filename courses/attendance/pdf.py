"""The sign-in sheet of a session day as a PDF: a pure renderer (data in, bytes out, no database or storage).

Text is drawn in Be Vietnam Pro (SIL Open Font License 1.1, from `fontpkg-be-vietnam-pro`), embedded, with
`initialFontName` set so the file declares no Helvetica; every string is normalised to NFC first, because
ReportLab does no mark positioning and decomposed accents would land in the wrong place.
"""

from __future__ import annotations

import io
import threading
import unicodedata
from dataclasses import dataclass, field

import fontpkg
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

FONT_FAMILY = "Be Vietnam Pro"
FONT = "AttendanceBeVietnamPro"
FONT_BOLD = "AttendanceBeVietnamPro-Bold"
_FONT_FILES = {FONT: 400, FONT_BOLD: 700}

TEXT = colors.HexColor("#1d1d1f")
MUTED = colors.HexColor("#5c5f66")
RULE = colors.HexColor("#8a8d93")
HEADER_BG = colors.HexColor("#f1eee6")

_font_lock = threading.Lock()
_fonts_registered = False


def register_fonts() -> None:
    """Register the faces with ReportLab once per process."""
    global _fonts_registered
    if _fonts_registered:
        return
    with _font_lock:
        if _fonts_registered:
            return
        for name, weight in _FONT_FILES.items():
            path = fontpkg.path(FONT_FAMILY, weight=weight)
            # asciiReadable=0 makes the file about a third smaller; the text stays extractable.
            pdfmetrics.registerFont(TTFont(name, str(path), asciiReadable=0))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
        _fonts_registered = True


@dataclass(frozen=True)
class SheetPerson:
    full_name: str
    organisation: str = ""


@dataclass(frozen=True)
class SignInSheet:
    """Everything the sheet prints; `people` come already in the official order."""

    session_code: str
    session_title: str
    course_title: str
    date_text: str  # "ngày 05 tháng 02 năm 2026"
    hours: str = ""  # "08:00–16:30"
    topic: str = ""
    venue: str = ""
    organiser: str = ""
    people: list[SheetPerson] = field(default_factory=list)


def _t(value: str) -> str:
    return unicodedata.normalize("NFC", value or "")


def _escape(value: str) -> str:
    return _t(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=10, leading=13, textColor=TEXT)
    return {
        "organiser": ParagraphStyle(
            "organiser", parent=base, fontName=FONT_BOLD, fontSize=9, textColor=MUTED
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=20,
            alignment=TA_CENTER,
            spaceAfter=2 * mm,
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER, fontSize=11, leading=15),
        "meta": ParagraphStyle("meta", parent=base, alignment=TA_CENTER, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=10, leading=12.5),
        "head": ParagraphStyle(
            "head", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12, alignment=TA_CENTER
        ),
        "small": ParagraphStyle("small", parent=base, fontSize=9, textColor=MUTED),
    }


def _page_footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, _t(_("Page %(number)d") % {"number": doc.page}))
    canvas.drawString(15 * mm, 10 * mm, _t(doc.footer_text))
    canvas.restoreState()


def render_sign_in_sheet(sheet: SignInSheet) -> bytes:
    """Render the sheet to PDF bytes: title, session and date, then numbered rows with a signature column."""
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=_t(f"{_('Sign-in sheet')} {sheet.session_code} {sheet.date_text}"),
        author=_t(sheet.organiser),
        initialFontName=FONT,
        initialFontSize=10,
    )
    doc.footer_text = f"{sheet.session_code} · {sheet.date_text}"
    story = []
    if sheet.organiser:
        story.append(Paragraph(_escape(sheet.organiser.upper()), styles["organiser"]))
        story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(_escape(_("SIGN-IN SHEET")), styles["title"]))
    story.append(Paragraph(_escape(f"{sheet.session_code} — {sheet.session_title}"), styles["subtitle"]))
    if sheet.course_title:
        story.append(Paragraph(_escape(sheet.course_title), styles["meta"]))
    when = sheet.date_text[:1].upper() + sheet.date_text[1:]
    if sheet.hours:
        when = f"{when}, {sheet.hours}"
    story.append(Paragraph(_escape(when), styles["meta"]))
    if sheet.topic:
        story.append(Paragraph(_escape(_("Topic: %(topic)s") % {"topic": sheet.topic}), styles["meta"]))
    if sheet.venue:
        story.append(Paragraph(_escape(_("Venue: %(venue)s") % {"venue": sheet.venue}), styles["meta"]))
    story.append(Spacer(1, 6 * mm))

    header = [
        Paragraph(_escape(_("No.")), styles["head"]),
        Paragraph(_escape(_("Full name")), styles["head"]),
        Paragraph(_escape(_("Work unit")), styles["head"]),
        Paragraph(_escape(_("Signature")), styles["head"]),
    ]
    rows = [header]
    for number, person in enumerate(sheet.people, start=1):
        rows.append(
            [
                str(number),
                Paragraph(_escape(person.full_name), styles["cell"]),
                Paragraph(_escape(person.organisation), styles["cell"]),
                "",
            ]
        )
    table = Table(rows, colWidths=[12 * mm, 62 * mm, 68 * mm, 38 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                # Generous padding leaves room to sign (a one-line row is about 11 mm high).
                ("TOPPADDING", (0, 1), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#fbfaf7")]),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 4 * mm))
    story.append(
        KeepTogether(
            [
                Paragraph(
                    _escape(_("Total: %(count)d trainees.") % {"count": len(sheet.people)}), styles["small"]
                )
            ]
        )
    )
    doc.build(story, onFirstPage=_page_footer, onLaterPages=_page_footer)
    return buffer.getvalue()
