"""The invitation letters: one per invited organisation and one combined letter for the document system,
rendered by `nominations.pdf` and digitally signed (PAdES) with the issuing authority's key, as certificates
are (`lms.signatures.configured_identity`). Built on demand from the invitations as they stand."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.models import Site

from courses.models import TrainingSession
from courses.notifications import absolute
from lms.signatures import SigningError, configured_identity, sign_pdf
from lms.text import vietnamese_date

from .errors import LetterNotConfiguredError, LetterSigningError, NominationError
from .models import Invitation, InvitationStatus, LetterSettings
from .pdf import LetterDocument, Recipient, render_letter_pdf

logger = logging.getLogger(__name__)


def letter_settings() -> LetterSettings:
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return LetterSettings.for_site(site)


def _dates_text(session: TrainingSession) -> str:
    days = sorted(day.date for day in session.days.all())
    if not days:
        return _("to be announced")
    if days[0] == days[-1]:
        return vietnamese_date(days[0])
    return _("from %(first)s to %(last)s") % {
        "first": vietnamese_date(days[0]),
        "last": vietnamese_date(days[-1]),
    }


def _document(
    session: TrainingSession, invitations: Sequence[Invitation], *, combined: bool, config: LetterSettings
) -> LetterDocument:
    if not config.issuing_body or not config.signer_name:
        raise LetterNotConfiguredError
    sent_on = timezone.localtime(min(invitation.created_at for invitation in invitations)).date()
    deadline = timezone.localtime(min(invitation.deadline for invitation in invitations))
    # The document's own spacing: the registry writes the number in the blank when it registers the letter.
    # No-break spaces: a paragraph would fold ordinary ones into one.
    number = "Số:" + "\u00a0" * 10 + f"/{config.number_suffix}"
    with override("vi"):
        return LetterDocument(
            number=number,
            parent_body=config.parent_body,
            issuing_body=config.issuing_body,
            place_date=f"{config.place}, {vietnamese_date(sent_on)}"
            if config.place
            else vietnamese_date(sent_on),
            course_title=session.course.title,
            session_title=session.title,
            session_code=session.code,
            dates_text=_dates_text(session),
            venue=session.venue if not session.is_online or session.mode == "hybrid" else "",
            meeting_link=session.meeting_link if session.is_online else "",
            deadline_text=_("%(time)s, %(date)s")
            % {"time": f"{deadline:%H} giờ {deadline:%M}", "date": vietnamese_date(deadline.date())},
            nominate_url=absolute(reverse("nominations:home")),
            signer_title=config.signer_title,
            signer_name=config.signer_name,
            contact=config.contact,
            recipients=[Recipient(name=str(inv.organisation), quota=inv.quota) for inv in invitations],
            combined=combined,
        )


def _signed_letter(session: TrainingSession, invitations: Sequence[Invitation], *, combined: bool) -> bytes:
    config = letter_settings()
    doc = _document(session, invitations, combined=combined, config=config)
    try:
        return sign_pdf(
            render_letter_pdf(doc),
            identity=configured_identity(),
            reason=f"Giấy mời {doc.session_code}",
            location=config.place,
        )
    except SigningError as exc:
        logger.error("invitation letter not signed: %s", exc)
        raise LetterSigningError from exc


def invitation_letter_pdf(invitation: Invitation) -> bytes:
    """The signed letter to one organisation."""
    invitation = Invitation.objects.select_related("session__course", "organisation").get(pk=invitation.pk)
    return _signed_letter(invitation.session, [invitation], combined=False)


def letter_filename(invitation: Invitation) -> str:
    return f"giay-moi-{invitation.pk}.pdf"


def combined_letter_pdf(session: TrainingSession) -> bytes:
    """The signed letter to every invited unit ("Kính gửi: Như danh sách kèm theo"), with the annex."""
    invitations = list(
        Invitation.objects.filter(session=session)
        .exclude(status=InvitationStatus.DECLINED)
        .select_related("organisation__level")
        .order_by("organisation__level__rank", "organisation__name")
    )
    if not invitations:
        raise NominationError(_("No unit has been invited yet."))
    session = TrainingSession.objects.select_related("course").get(pk=session.pk)
    return _signed_letter(session, invitations, combined=True)
