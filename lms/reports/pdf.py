"""The annual programme report as a PDF fit to attach to an official report: a pure renderer (data in,
bytes out), through the shared ReportLab building blocks of lms/pdf.py (fonts, national heading)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from lms.exports import Table as SheetTable
from lms.pdf import FONT, FONT_BOLD, NationalHeading, PageLayout, a4_document, esc, nfc, table_style

LAYOUT = PageLayout(margins=(15 * mm, 18 * mm, 18 * mm, 18 * mm), font_size=10, leading=13)
CONTENT_WIDTH = A4[0] - 36 * mm
MUTED = colors.HexColor("#555555")


@dataclass
class ReportDocument:
    """What the PDF states: the heading's authority, the title, the place and date, and the tables."""

    parent_body: str
    issuing_body: str
    place_date: str
    title: str
    subtitle: str
    tables: list[SheetTable]


def _cell(value: object) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return nfc("" if value is None else value)


def _page_number(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, nfc(_("Page %(number)d") % {"number": doc.page}))
    canvas.restoreState()


def render_report(document: ReportDocument) -> bytes:
    """Render the report: national heading, title, then each table under its title."""
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=12)
    head = ParagraphStyle("head", parent=base, fontName=FONT_BOLD, alignment=TA_CENTER)
    title = ParagraphStyle(
        "title", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18, alignment=TA_CENTER
    )
    subtitle = ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER, textColor=MUTED)
    section = ParagraphStyle(
        "section", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=6
    )
    buffer = io.BytesIO()
    doc = a4_document(buffer, layout=LAYOUT, title=document.title, author=document.issuing_body)
    story = [
        NationalHeading(
            width=CONTENT_WIDTH,
            issuing_body=document.issuing_body,
            parent_body=document.parent_body,
            place_date=document.place_date,
            size=11,
        ),
        Spacer(1, 8 * mm),
        Paragraph(esc(document.title.upper()), title),
        Paragraph(esc(document.subtitle), subtitle),
        Spacer(1, 6 * mm),
    ]
    for number, sheet in enumerate(document.tables, start=1):
        rows = [[Paragraph(esc(nfc(header)), head) for header in sheet.headers]]
        rows += [[Paragraph(esc(_cell(value)), base) for value in row] for row in sheet.rows]
        if len(rows) == 1:
            rows.append([Paragraph(esc(_("No data.")), base)] + [""] * (len(sheet.headers) - 1))
        first_width = CONTENT_WIDTH * (0.4 if len(sheet.headers) <= 5 else 0.16)
        rest = (CONTENT_WIDTH - first_width) / max(1, len(sheet.headers) - 1)
        table = Table(rows, colWidths=[first_width] + [rest] * (len(sheet.headers) - 1), repeatRows=1)
        table.setStyle(
            table_style(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(
            KeepTogether([Paragraph(esc(f"{number}. {nfc(sheet.title)}"), section), Spacer(1, 2 * mm)])
        )
        story.append(table)
        story.append(Spacer(1, 4 * mm))
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return buffer.getvalue()
