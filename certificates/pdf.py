"""The certificate as a PDF, in the Vietnamese official layout: a pure renderer (data in, bytes out).

A4 landscape: the issuing body with the number and the national heading at the top, the title, whom it
certifies and what they completed, then place and date (Decree 30/2020), the signer's title, the seal and
the signer's name at the bottom right, and a QR code to the public verification page at the bottom left.
Long names and organisation names wrap and shrink, never leave the frame. Signing is the service's job.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from django.utils import translation
from django.utils.translation import gettext as _
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from lms.pdf import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    MUTED,
    PRIMARY,
    TEXT,
    NationalHeading,
    StyleSheet,
    draw_qr,
    esc,
    fitted_paragraph,
    image_reader,
    new_canvas,
    nfc,
    wrapped_height,
)
from lms.text import vietnamese_date

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
QR_SIZE = 30 * mm


@dataclass(frozen=True)
class CertificateDocument:
    """Everything a certificate prints, as plain values (the snapshot of a Certificate row)."""

    number: str
    full_name: str
    course_title: str
    session_code: str
    starts_on: date
    ends_on: date
    hours: str  # "17" or "8,5"
    issued_on: date
    verification_url: str
    verification_code: str  # as printed: ABCD-EFGH-JKMN-PQRS
    issuing_body: str
    parent_body: str = ""
    place: str = ""
    title: str = "GIẤY CHỨNG NHẬN"
    completion_wording: str = "Đã hoàn thành khóa bồi dưỡng"
    date_of_birth: date | None = None
    organisation: str = ""
    signer_title: str = ""
    signer_name: str = ""
    seal_image: bytes | None = None
    logo_image: bytes | None = None
    background_image: bytes | None = None


def _styles() -> StyleSheet:
    sheet = StyleSheet(
        ParagraphStyle("c-body", fontName=FONT, fontSize=15, leading=20, textColor=TEXT), prefix="c-"
    )
    sheet.add("title", fontName=FONT_BOLD, fontSize=30, leading=36, alignment=TA_CENTER, textColor=PRIMARY)
    sheet.add("name", fontSize=20, leading=26)
    sheet.add("center", alignment=TA_CENTER)
    sheet.add("place", fontName=FONT_ITALIC, fontSize=13, leading=17, alignment=TA_CENTER)
    sheet.add(
        "signer_title",
        name="c-signer-title",
        fontName=FONT_BOLD,
        fontSize=13,
        leading=17,
        alignment=TA_CENTER,
    )
    sheet.add(
        "signer_name", name="c-signer-name", fontName=FONT_BOLD, fontSize=15, leading=19, alignment=TA_CENTER
    )
    sheet.add("small", fontSize=8.5, leading=11, textColor=MUTED)
    return sheet


def _border(canvas, background: bytes | None) -> None:
    if background:
        canvas.drawImage(image_reader(background), 0, 0, PAGE_WIDTH, PAGE_HEIGHT, mask="auto")
        return
    canvas.saveState()
    canvas.setStrokeColor(PRIMARY)
    canvas.setLineWidth(3)
    canvas.rect(10 * mm, 10 * mm, PAGE_WIDTH - 20 * mm, PAGE_HEIGHT - 20 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(13 * mm, 13 * mm, PAGE_WIDTH - 26 * mm, PAGE_HEIGHT - 26 * mm)
    canvas.restoreState()


def _shrunk_to_fit(markup: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A body line that may be long (a work unit, a course title): smaller type, down to 9 pt, within 40 pt."""
    return fitted_paragraph(markup, style, width=width, max_height=40, min_size=9)


def _place(canvas, paragraph: Paragraph, x: float, top: float, width: float) -> float:
    """Draw a paragraph with its top at `top`; returns the y of its bottom."""
    height = wrapped_height(paragraph, width)
    paragraph.drawOn(canvas, x, top - height)
    return top - height


def _image(canvas, data: bytes, *, x: float, y: float, width: float, height: float) -> None:
    canvas.drawImage(
        image_reader(data),
        x,
        y,
        width,
        height,
        mask="auto",
        preserveAspectRatio=True,
        anchor="c",
    )


def _line(label: str, value: str, *, bold: bool = False) -> str:
    value_markup = f"<b>{esc(value)}</b>" if bold else esc(value)
    return f"{esc(label)} {value_markup}"


def render_certificate_pdf(document: CertificateDocument) -> bytes:
    """The certificate as PDF bytes (unsigned), every font embedded, the QR code drawn as one path."""
    with translation.override("vi"):  # an official Vietnamese document, whatever the reader's language
        return _render(document)


def _render(doc: CertificateDocument) -> bytes:
    styles = _styles()
    buffer = io.BytesIO()
    canvas = new_canvas(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        title=f"{nfc(doc.title).capitalize()} {doc.number} — {doc.full_name}",
        author=" — ".join(part for part in (doc.issuing_body, doc.parent_body) if part),
    )
    _border(canvas, doc.background_image)

    heading = NationalHeading(
        width=CONTENT_WIDTH,
        issuing_body=doc.issuing_body,
        parent_body=doc.parent_body,
        number=_("No.: %(number)s") % {"number": nfc(doc.number)},
        size=11.5,
    )
    _w, heading_height = heading.wrapOn(canvas, CONTENT_WIDTH, 60 * mm)
    top = PAGE_HEIGHT - 20 * mm
    heading.drawOn(canvas, MARGIN, top - heading_height)
    cursor = top - heading_height - 8 * mm

    if doc.logo_image:
        _image(
            canvas,
            doc.logo_image,
            x=PAGE_WIDTH / 2 - 9 * mm,
            y=cursor - 18 * mm,
            width=18 * mm,
            height=18 * mm,
        )
        cursor -= 20 * mm
    title = fitted_paragraph(esc(nfc(doc.title).upper()), styles["title"], width=CONTENT_WIDTH, max_height=40)
    cursor = _place(canvas, title, MARGIN, cursor, CONTENT_WIDTH) - 5 * mm

    # The body: a column indented from the frame so the lines read as a form.
    body_x = MARGIN + 18 * mm
    body_width = CONTENT_WIDTH - 36 * mm
    line_gap = 1.5 * mm
    lines = [
        fitted_paragraph(
            _line(_("We certify that Mr/Ms:"), doc.full_name, bold=True),
            styles["name"],
            width=body_width,
            max_height=27,
            min_size=12,
        )
    ]
    if doc.date_of_birth:
        lines.append(
            Paragraph(_line(_("Date of birth:"), doc.date_of_birth.strftime("%d/%m/%Y")), styles["body"])
        )
    if doc.organisation:
        lines.append(_shrunk_to_fit(_line(_("Work unit:"), doc.organisation), styles["body"], body_width))
    lines.append(
        _shrunk_to_fit(
            f"{esc(doc.completion_wording)}: <b>{esc(doc.course_title)}</b>", styles["body"], body_width
        )
    )
    lines.append(
        Paragraph(
            esc(
                _("Session %(code)s, from %(start)s to %(end)s, %(hours)s hours.")
                % {
                    "code": nfc(doc.session_code),
                    "start": doc.starts_on.strftime("%d/%m/%Y"),
                    "end": doc.ends_on.strftime("%d/%m/%Y"),
                    "hours": doc.hours,
                }
            ),
            styles["body"],
        )
    )
    for line in lines:
        cursor = _place(canvas, line, body_x, cursor, body_width) - line_gap

    # Bottom right: place and date (Decree 30), the signer's title, the seal over the signature, the name.
    column_width = 110 * mm
    column_x = PAGE_WIDTH - MARGIN - column_width
    signature_top = 72 * mm
    place_date = (
        f"{nfc(doc.place)}, {vietnamese_date(doc.issued_on)}" if doc.place else vietnamese_date(doc.issued_on)
    )
    place_date = place_date[:1].upper() + place_date[1:]
    y = _place(canvas, Paragraph(esc(place_date), styles["place"]), column_x, signature_top, column_width)
    for line in [
        part.strip() for part in nfc(doc.signer_title).replace("\n", "/").split("/") if part.strip()
    ]:
        y = _place(canvas, Paragraph(esc(line.upper()), styles["signer_title"]), column_x, y, column_width)
    if doc.seal_image:
        _image(
            canvas,
            doc.seal_image,
            x=column_x + column_width / 2 - 24 * mm,
            y=y - 30 * mm,
            width=30 * mm,
            height=30 * mm,
        )
    if doc.signer_name:
        name_top = max(y - 28 * mm, 22 * mm)
        _place(
            canvas, Paragraph(esc(doc.signer_name), styles["signer_name"]), column_x, name_top, column_width
        )

    # Bottom left: the QR code to the verification page, the code to type, the address.
    qr_x, qr_y = MARGIN, 20 * mm
    draw_qr(canvas, doc.verification_url, x=qr_x, y=qr_y, size=QR_SIZE)
    canvas.linkURL(doc.verification_url, (qr_x, qr_y, qr_x + QR_SIZE, qr_y + QR_SIZE), relative=0)
    note = Paragraph(
        "<br/>".join(
            [
                esc(_("Verification code: %(code)s") % {"code": doc.verification_code}),
                esc(_("Check this certificate at")),
                esc(doc.verification_url),
            ]
        ),
        styles["small"],
    )
    _place(canvas, note, qr_x + QR_SIZE + 3 * mm, qr_y + QR_SIZE - 3 * mm, 100 * mm)

    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
