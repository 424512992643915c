"""The invitation letter ("giấy mời") as a PDF in the official layout: a pure renderer (data in, bytes out).

A4 portrait (Decree 30/2020 margins): the national heading with the organiser as issuing body, "Số: …/GM-…",
place and date; the title; "Kính gửi:" one organisation, or "Như danh sách kèm theo" for the combined letter
(the list of invited units with their quotas follows on its own page); the session, its dates, venue or
meeting link, the number of officials requested, the deadline and how to nominate; the signatory. Signing is
the service's job.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext as _
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from lms.pdf import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    LETTER_LAYOUT,
    RULE,
    TEXT,
    NationalHeading,
    a4_document,
    esc,
    nfc,
)


@dataclass(frozen=True)
class Recipient:
    name: str
    quota: int


@dataclass(frozen=True)
class LetterDocument:
    """Everything the letter states, already formatted (dates as Decree 30 writes them)."""

    number: str  # "Số:      /GM-BTC"
    parent_body: str
    issuing_body: str
    place_date: str  # "Hà Nội, ngày 05 tháng 02 năm 2026"
    course_title: str
    session_title: str
    session_code: str
    dates_text: str
    venue: str
    meeting_link: str
    deadline_text: str
    nominate_url: str
    signer_title: str
    signer_name: str
    contact: str = ""
    recipients: list[Recipient] = field(default_factory=list)
    combined: bool = False


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=13, leading=18, alignment=TA_JUSTIFY, textColor=TEXT
    )
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=14, alignment=TA_CENTER),
        "subject": ParagraphStyle("subject", parent=body, fontName=FONT_BOLD, alignment=TA_CENTER),
        "to": ParagraphStyle("to", parent=body, alignment=TA_CENTER),
        "sign": ParagraphStyle("sign", parent=body, fontName=FONT_BOLD, alignment=TA_CENTER),
        "small": ParagraphStyle("small", parent=body, fontSize=11, leading=14),
        "small-b": ParagraphStyle("small-b", parent=body, fontName=FONT_BOLD, fontSize=11, leading=14),
        "italic": ParagraphStyle("italic", parent=body, fontName=FONT_ITALIC),
        "cell": ParagraphStyle("cell", parent=body, fontSize=12, leading=15, alignment=0),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(esc(nfc(text)).replace("\n", "<br/>"), style)


def _story(doc: LetterDocument, width: float) -> list:
    s = _styles()
    quota = doc.recipients[0].quota if len(doc.recipients) == 1 and not doc.combined else None
    to = _("As listed in the annex") if doc.combined else (doc.recipients[0].name if doc.recipients else "")
    story: list = [
        NationalHeading(
            width=width,
            issuing_body=doc.issuing_body,
            parent_body=doc.parent_body,
            number=doc.number,
            place_date=doc.place_date,
            size=12,
        ),
        Spacer(1, 8 * mm),
        _p(_("INVITATION"), s["title"]),
        _p(_("Training session: %(title)s") % {"title": doc.session_title}, s["subject"]),
        Spacer(1, 5 * mm),
        _p(_("To: %(recipient)s") % {"recipient": to}, s["to"]),
        Spacer(1, 5 * mm),
        _p(
            _(
                "%(issuing_body)s organises the training session “%(session)s” (%(code)s) of the course "
                "“%(course)s” and respectfully invites your organisation to send officials to attend, as follows:"
            )
            % {
                "issuing_body": doc.issuing_body,
                "session": doc.session_title,
                "code": doc.session_code,
                "course": doc.course_title,
            },
            s["body"],
        ),
        _p(_("1. Dates: %(dates)s.") % {"dates": doc.dates_text}, s["body"]),
    ]
    if doc.venue:
        story.append(_p(_("2. Venue: %(venue)s.") % {"venue": doc.venue}, s["body"]))
    if doc.meeting_link:
        story.append(_p(_("2. Online, meeting link: %(link)s") % {"link": doc.meeting_link}, s["body"]))
    if quota is not None:
        story.append(
            _p(_("3. Participants: %(quota)s officials of your organisation.") % {"quota": quota}, s["body"])
        )
    else:
        story.append(
            _p(_("3. Participants: the number of officials given for each unit in the annex."), s["body"])
        )
    story += [
        _p(
            _(
                "Your organisation's focal point is kindly asked to nominate the officials on the platform by "
                "%(deadline)s, at: %(url)s"
            )
            % {"deadline": doc.deadline_text, "url": doc.nominate_url},
            s["body"],
        ),
    ]
    if doc.contact:
        story.append(
            _p(_("For any question, please contact: %(contact)s.") % {"contact": doc.contact}, s["body"])
        )
    story.append(_p(_("We look forward to your organisation's participation."), s["body"]))
    story.append(Spacer(1, 6 * mm))
    recipients_note = Paragraph(
        "<b><i>"
        + esc(_("Recipients:"))
        + "</i></b><br/>"
        + esc(_("- As above;"))
        + "<br/>"
        + esc(_("- Archive: VT.")),
        s["small"],
    )
    signature = [_p(line.strip(), s["sign"]) for line in doc.signer_title.split("/") if line.strip()]
    signature += [Spacer(1, 22 * mm), _p(doc.signer_name, s["sign"])]
    block = Table([[recipients_note, signature]], colWidths=[width * 0.45, width * 0.55])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(KeepTogether(block))
    if doc.combined:
        story += _annex(doc, width, s)
    return story


def _annex(doc: LetterDocument, width: float, s: dict) -> list:
    rows = [[_p(_("No."), s["cell"]), _p(_("Organisation"), s["cell"]), _p(_("Officials"), s["cell"])]]
    for number, recipient in enumerate(doc.recipients, start=1):
        rows.append(
            [_p(str(number), s["cell"]), _p(recipient.name, s["cell"]), _p(str(recipient.quota), s["cell"])]
        )
    table = Table(rows, colWidths=[width * 0.1, width * 0.7, width * 0.2], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [
        PageBreak(),
        _p(_("LIST OF INVITED ORGANISATIONS"), s["title"]),
        _p(
            _("(Annex to the invitation %(number)s, %(place_date)s)")
            % {"number": doc.number.replace("Số:", "số").strip(), "place_date": doc.place_date},
            s["to"],
        ),
        Spacer(1, 5 * mm),
        table,
    ]


def render_letter_pdf(doc: LetterDocument) -> bytes:
    """The letter's PDF bytes (unsigned), always in Vietnamese: it is an official document."""
    buffer = io.BytesIO()
    with translation.override("vi"):
        template = a4_document(
            buffer,
            layout=LETTER_LAYOUT,
            title=f"{_('INVITATION')} {doc.session_code}",
            author=doc.issuing_body,
        )
        template.build(_story(doc, template.width))
    return buffer.getvalue()
