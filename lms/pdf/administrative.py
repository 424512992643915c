"""The parts of an administrative document as Decree 30/2020 lays them out: the letter's page, the national
heading (issuing body on the left, the national motto on the right) and the signers' columns at the foot."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from .documents import FONT, FONT_BOLD, FONT_ITALIC, TEXT, PageLayout, register_fonts, table_style
from .text import esc, fitted_paragraph, nfc, wrapped_height

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
# An administrative letter's page by Decree 30/2020: top 20-25 mm, bottom 20-25 mm, left 30-35 mm, right
# 15-20 mm; the body in 13 pt.
LETTER_LAYOUT = PageLayout(margins=(20 * mm, 15 * mm, 20 * mm, 30 * mm), font_size=13, leading=18)


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
