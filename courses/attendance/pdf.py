"""The sign-in sheet of a session day as a PDF: a pure renderer (data in, bytes out, no database or storage).

Fonts (embedded Be Vietnam Pro, no Helvetica declared), colours and NFC text come from `lms/pdf.py`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from lms.pdf import (
    FONT,
    FONT_BOLD,
    HEADER_BG,
    MUTED,
    RULE,
    TEXT,
    NationalHeading,
    PageLayout,
    Signatory,
    a4_document,
    esc,
    nfc,
    signature_block,
)

# Narrow margins for the wide table of names and signatures, the body a size smaller than a letter's.
LAYOUT = PageLayout(margins=(15 * mm, 15 * mm, 18 * mm, 15 * mm), font_size=10, leading=12)


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
    organiser: str = ""  # the issuing body of the national heading (the organisers when not configured)
    parent_body: str = ""  # printed above the organiser
    place: str = ""  # "Hà Nội": the heading's place and date
    people: list[SheetPerson] = field(default_factory=list)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=10, leading=13, textColor=TEXT)
    return {
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
    canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, nfc(_("Page %(number)d") % {"number": doc.page}))
    canvas.drawString(15 * mm, 10 * mm, nfc(doc.footer_text))
    canvas.restoreState()


def render_sign_in_sheet(sheet: SignInSheet) -> bytes:
    """Render the sheet to PDF bytes: the national heading with the organiser, the title, session and date,
    numbered rows with a signature column, then the signatures of whoever drew up the list and the organisers."""
    styles = _styles()
    buffer = io.BytesIO()
    doc = a4_document(
        buffer,
        layout=LAYOUT,
        title=f"{_('Sign-in sheet')} {sheet.session_code} {sheet.date_text}",
        author=sheet.organiser,
    )
    doc.footer_text = f"{sheet.session_code} · {sheet.date_text}"
    width = doc.width
    place_date = ", ".join(part for part in (sheet.place, sheet.date_text) if part)
    story = [
        NationalHeading(
            width=width,
            issuing_body=sheet.organiser or _("Organisers"),
            parent_body=sheet.parent_body,
            place_date=place_date[:1].upper() + place_date[1:],
            size=11,
        ),
        Spacer(1, 6 * mm),
    ]
    story.append(Paragraph(esc(_("SIGN-IN SHEET")), styles["title"]))
    story.append(Paragraph(esc(f"{sheet.session_code} — {sheet.session_title}"), styles["subtitle"]))
    if sheet.course_title:
        story.append(Paragraph(esc(sheet.course_title), styles["meta"]))
    when = sheet.date_text[:1].upper() + sheet.date_text[1:]
    if sheet.hours:
        when = f"{when}, {sheet.hours}"
    story.append(Paragraph(esc(when), styles["meta"]))
    if sheet.topic:
        story.append(Paragraph(esc(_("Topic: %(topic)s") % {"topic": sheet.topic}), styles["meta"]))
    if sheet.venue:
        story.append(Paragraph(esc(_("Venue: %(venue)s") % {"venue": sheet.venue}), styles["meta"]))
    story.append(Spacer(1, 6 * mm))

    header = [
        Paragraph(esc(_("No.")), styles["head"]),
        Paragraph(esc(_("Full name")), styles["head"]),
        Paragraph(esc(_("Work unit")), styles["head"]),
        Paragraph(esc(_("Signature")), styles["head"]),
    ]
    rows = [header]
    for number, person in enumerate(sheet.people, start=1):
        rows.append(
            [
                str(number),
                Paragraph(esc(person.full_name), styles["cell"]),
                Paragraph(esc(person.organisation), styles["cell"]),
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
            [Paragraph(esc(_("Total: %(count)d trainees.") % {"count": len(sheet.people)}), styles["small"])]
        )
    )
    story.append(Spacer(1, 6 * mm))
    story.append(
        signature_block(
            [
                Signatory(title=_("DRAWN UP BY"), note=_("(Signature and full name)")),
                Signatory(title=_("FOR THE ORGANISERS"), note=_("(Signature, full name and seal)")),
            ],
            width=width,
            size=10.5,
        )
    )
    doc.build(story, onFirstPage=_page_footer, onLaterPages=_page_footer)
    return buffer.getvalue()
