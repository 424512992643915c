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
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from lms.pdf import (
    FONT,
    FONT_BOLD,
    MUTED,
    NATIONAL_MOTTO,
    NATIONAL_NAME,
    PRIMARY,
    TEXT,
    draw_qr,
    image_reader,
    new_canvas,
    nfc,
)
from lms.text import vietnamese_date

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
QR_SIZE = 30 * mm
OBLIQUE = 0.2126  # tan(12°): the slant of the place and date line (Decree 30 sets it in italics)


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


# ---------------------------------------------------------------------------------------------
# Text set line by line (no Paragraph): measured with the fonts' widths, wrapped, shrunk to fit
# ---------------------------------------------------------------------------------------------

Run = tuple[str, str]  # (text, font name)


@dataclass(frozen=True)
class Block:
    """Lines of words set in one size: each line is its words as (text, font) and its width."""

    lines: list[tuple[list[Run], float]]
    size: float
    leading: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading


def _words(runs: list[Run]) -> list[Run]:
    return [(word, font) for text, font in runs for word in nfc(text).split()]


def _split_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the line (a long address), cut into pieces that fit."""
    pieces, piece = [], ""
    for char in word:
        if piece and stringWidth(piece + char, font, size) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece] if piece else pieces


def _wrap(words: list[Run], size: float, width: float) -> list[tuple[list[Run], float]]:
    lines: list[tuple[list[Run], float]] = []
    line: list[Run] = []
    line_width = 0.0
    for word, font in words:
        word_width = stringWidth(word, font, size)
        if line:
            space = stringWidth(" ", line[-1][1], size)
            if line_width + space + word_width <= width:
                line.append((word, font))
                line_width += space + word_width
                continue
            lines.append((line, line_width))
            line, line_width = [], 0.0
        if word_width > width:
            *whole, word = _split_word(word, font, size, width)
            lines.extend(([(piece, font)], stringWidth(piece, font, size)) for piece in whole)
            word_width = stringWidth(word, font, size)
        line, line_width = [(word, font)], word_width
    if line:
        lines.append((line, line_width))
    return lines


def fit_block(
    runs: list[Run],
    *,
    width: float,
    size: float,
    leading: float,
    max_height: float | None = None,
    min_size: float | None = None,
) -> Block:
    """The runs wrapped within `width`; smaller (by half points, down to `min_size`) until within `max_height`."""
    words = _words(runs)
    ratio = leading / size
    # Most lines fit as they are: measured whole, one width per font instead of one per word.
    texts = [(" ".join(word for word, run_font in words if run_font == font), font) for _t, font in runs]
    if len({font for _t, font in runs}) == len(runs):
        spaces = sum(stringWidth(" ", font, size) for _text, font in runs[:-1])
        one_line = sum(stringWidth(text, font, size) for text, font in texts) + spaces
        if one_line <= width:
            return Block([(words, one_line)], size, leading)
    while True:
        lines = _wrap(words, size, width)
        if (
            max_height is None
            or min_size is None
            or len(lines) * size * ratio <= max_height
            or size <= min_size
        ):
            return Block(lines, size, size * ratio)
        size = max(min_size, size - 0.5)


def draw_block(
    canvas, block: Block, *, x: float, top: float, width: float, centred: bool = False, oblique: bool = False
) -> float:
    """Draw the block with its top at `top` (left-aligned or centred in `width`); returns its bottom.

    `oblique` slants the upright face by 12 degrees, as an italic: one face fewer to subset and embed.
    """
    baseline = top - block.size
    for words, line_width in block.lines:
        left = x + (width - line_width) / 2 if centred else x
        text = canvas.beginText(left, baseline)
        if oblique:
            text.setTextTransform(1, 0, OBLIQUE, 1, left, baseline)
        # Consecutive words of one font are one string; the space before a change of font stays in the
        # first font, so extracted text reads "label: value".
        runs: list[list[str]] = []
        for word, font in words:
            if runs and runs[-1][1] == font:
                runs[-1][0] += " " + word
            else:
                if runs:
                    runs[-1][0] += " "
                runs.append([word, font])
        for run_text, font in runs:
            text.setFont(font, block.size)
            text.textOut(run_text)
        canvas.drawText(text)
        baseline -= block.leading
    return top - block.height


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


def _rule(canvas, centre: float, y: float, width: float) -> None:
    canvas.setLineWidth(0.6)
    canvas.setStrokeColor(TEXT)
    canvas.line(centre - width / 2, y, centre + width / 2, y)


def _heading(canvas, doc: CertificateDocument, *, top: float, size: float = 11.5) -> float:
    """The national heading of Decree 30 (as `lms.pdf.NationalHeading` draws it); returns its bottom.

    Left: the parent body, the issuing body (bold, a short rule under it) and the number; right: the
    country's name and its motto (bold, underlined over its width).
    """
    leading = size * 1.3
    left_share = 0.42
    left_width = CONTENT_WIDTH * left_share - 6
    right_width = CONTENT_WIDTH * (1 - left_share) - 6
    left_x, right_x = MARGIN, MARGIN + CONTENT_WIDTH * left_share + 6
    gap = size * 0.9

    def body_name(name: str, font: str, top: float) -> tuple[float, float]:
        """A body's name, centred in the left column on two lines at most: its bottom and its font size."""
        block = fit_block(
            [(name, font)], width=left_width, size=size, leading=leading, max_height=leading * 2, min_size=7
        )
        return draw_block(canvas, block, x=left_x, top=top, width=left_width, centred=True), block.size

    y = top
    if doc.parent_body:
        y = body_name(nfc(doc.parent_body).upper(), FONT, y)[0]
    issuing_body = nfc(doc.issuing_body).upper()
    y, body_size = body_name(issuing_body, FONT_BOLD, y)
    body_width = min(left_width, stringWidth(issuing_body, FONT_BOLD, body_size))
    _rule(canvas, left_x + left_width / 2, y - 2, body_width * 0.4)
    number = fit_block(
        [(_("No.: %(number)s") % {"number": nfc(doc.number)}, FONT)],
        width=left_width,
        size=size,
        leading=leading,
    )
    bottom_left = draw_block(canvas, number, x=left_x, top=y - gap, width=left_width, centred=True)
    y = top
    for line in (NATIONAL_NAME, NATIONAL_MOTTO):
        block = fit_block(
            [(line, FONT_BOLD)], width=right_width, size=size, leading=leading, max_height=leading, min_size=7
        )
        y = draw_block(canvas, block, x=right_x, top=y, width=right_width, centred=True)
    _rule(canvas, right_x + right_width / 2, y - 2, stringWidth(NATIONAL_MOTTO, FONT_BOLD, block.size))
    return min(bottom_left, y)


def render_certificate_pdf(document: CertificateDocument) -> bytes:
    """The certificate as PDF bytes (unsigned), every font embedded, the QR code drawn as one path."""
    with translation.override("vi"):  # an official Vietnamese document, whatever the reader's language
        return _render(document)


def _render(doc: CertificateDocument) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        title=f"{nfc(doc.title).capitalize()} {doc.number} — {doc.full_name}",
        author=" — ".join(part for part in (doc.issuing_body, doc.parent_body) if part),
    )
    _border(canvas, doc.background_image)
    canvas.setFillColor(TEXT)
    cursor = _heading(canvas, doc, top=PAGE_HEIGHT - 20 * mm) - 8 * mm

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
    canvas.setFillColor(PRIMARY)
    title = fit_block(
        [(nfc(doc.title).upper(), FONT_BOLD)],
        width=CONTENT_WIDTH,
        size=30,
        leading=36,
        max_height=40,
        min_size=7,
    )
    cursor = draw_block(canvas, title, x=MARGIN, top=cursor, width=CONTENT_WIDTH, centred=True) - 5 * mm
    canvas.setFillColor(TEXT)

    # The body: a column indented from the frame so the lines read as a form. Long values (a name, a work
    # unit, a course title) wrap, then shrink: the name down to 12 pt within 27 pt, the others to 9 within 40.
    body_x = MARGIN + 18 * mm
    body_width = CONTENT_WIDTH - 36 * mm
    line_gap = 1.5 * mm
    lines = [
        fit_block(
            [(_("We certify that Mr/Ms:"), FONT), (doc.full_name, FONT_BOLD)],
            width=body_width,
            size=20,
            leading=26,
            max_height=27,
            min_size=12,
        )
    ]
    body = {"width": body_width, "size": 15, "leading": 20}
    if doc.date_of_birth:
        lines.append(
            fit_block([(_("Date of birth:"), FONT), (doc.date_of_birth.strftime("%d/%m/%Y"), FONT)], **body)
        )
    if doc.organisation:
        lines.append(
            fit_block([(_("Work unit:"), FONT), (doc.organisation, FONT)], max_height=40, min_size=9, **body)
        )
    lines.append(
        fit_block(
            [(f"{nfc(doc.completion_wording)}:", FONT), (doc.course_title, FONT_BOLD)],
            max_height=40,
            min_size=9,
            **body,
        )
    )
    session = _("Session %(code)s, from %(start)s to %(end)s, %(hours)s hours.") % {
        "code": nfc(doc.session_code),
        "start": doc.starts_on.strftime("%d/%m/%Y"),
        "end": doc.ends_on.strftime("%d/%m/%Y"),
        "hours": doc.hours,
    }
    lines.append(fit_block([(session, FONT)], **body))
    for block in lines:
        cursor = draw_block(canvas, block, x=body_x, top=cursor, width=body_width) - line_gap

    # Bottom right: place and date (Decree 30), the signer's title, the seal over the signature, the name.
    column_width = 110 * mm
    column_x = PAGE_WIDTH - MARGIN - column_width
    column = {"x": column_x, "width": column_width, "centred": True}
    place_date = (
        f"{nfc(doc.place)}, {vietnamese_date(doc.issued_on)}" if doc.place else vietnamese_date(doc.issued_on)
    )
    place_date = place_date[:1].upper() + place_date[1:]
    y = draw_block(
        canvas,
        fit_block([(place_date, FONT)], width=column_width, size=13, leading=17),
        top=72 * mm,
        oblique=True,
        **column,
    )
    for line in [
        part.strip() for part in nfc(doc.signer_title).replace("\n", "/").split("/") if part.strip()
    ]:
        y = draw_block(
            canvas,
            fit_block([(line.upper(), FONT_BOLD)], width=column_width, size=13, leading=17),
            top=y,
            **column,
        )
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
        draw_block(
            canvas,
            fit_block([(doc.signer_name, FONT_BOLD)], width=column_width, size=15, leading=19),
            top=max(y - 28 * mm, 22 * mm),
            **column,
        )

    # Bottom left: the QR code to the verification page, the code to type, the address.
    qr_x, qr_y = MARGIN, 20 * mm
    draw_qr(canvas, doc.verification_url, x=qr_x, y=qr_y, size=QR_SIZE)
    canvas.linkURL(doc.verification_url, (qr_x, qr_y, qr_x + QR_SIZE, qr_y + QR_SIZE), relative=0)
    canvas.setFillColor(MUTED)
    note_x, note_width = qr_x + QR_SIZE + 3 * mm, 100 * mm
    top = qr_y + QR_SIZE - 3 * mm
    for line in (
        _("Verification code: %(code)s") % {"code": doc.verification_code},
        _("Check this certificate at"),
        doc.verification_url,
    ):
        top = draw_block(
            canvas,
            fit_block([(line, FONT)], width=note_width, size=8.5, leading=11),
            x=note_x,
            top=top,
            width=note_width,
        )

    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
