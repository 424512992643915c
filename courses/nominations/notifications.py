"""The e-mails of nominations (templates nominations/email/<kind>.*), each queued once in the outbox.

Every e-mail has an outbox key naming its event and recipient, so queuing it again (a task run twice, a focal
point appointed twice) queues nothing new. Each is queued inside the transaction that makes it owed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from courses.models import EnrolmentEvent, EnrolmentStatus
from courses.notifications import absolute, password_set_url
from lms.outbox.models import OutboxMessage
from lms.outbox.services import Attachment, queue_email
from lms.people.models import User

from . import letters
from .models import FocalPoint, Invitation, Nomination, NominationStatus

# The enrolment e-mails that tell a nominee their seat is confirmed; the focal point gets a copy of each.
CONFIRMATION_EMAILS = ("confirmed", "promoted", "invitation")


def focal_point_users(organisation_ids: Iterable[int]) -> dict[int, list[User]]:
    """The focal points of each organisation, by organisation id."""
    by_unit: dict[int, list[User]] = {}
    for focal_point in FocalPoint.objects.filter(organisation_id__in=set(organisation_ids)).select_related(
        "user"
    ):
        by_unit.setdefault(focal_point.organisation_id, []).append(focal_point.user)
    return by_unit


def _invitation_key(kind: str, invitation: Invitation, user: User) -> str:
    return f"nominations.{kind}.{invitation.pk}.{user.pk}"


def queue_focal_point_email(
    invitation: Invitation, user: User, *, kind: str, attachments: Sequence[Attachment] = ()
) -> bool:
    """E-mail `kind` (invitation, reminder) about the invitation to one of the unit's focal points, once;
    False when it was queued before."""
    key = _invitation_key(kind, invitation, user)
    if OutboxMessage.objects.filter(key=key).exists():
        return False
    queue_email(
        key=key,
        to=user.email,
        template=f"nominations/email/{kind}",
        context={
            "user": user,
            "invitation": invitation,
            "session": invitation.session,
            "organisation": invitation.organisation,
            "deadline": timezone.localtime(invitation.deadline),
            "nominate_url": absolute(reverse("nominations:invitation", args=[invitation.pk])),
        },
        attachments=attachments,
    )
    return True


def _already_queued(keys: Iterable[str]) -> set[str]:
    return set(OutboxMessage.objects.filter(key__in=list(keys)).values_list("key", flat=True))


def queue_invitation_emails(invitations: Iterable[Invitation]) -> int:
    """E-mail each focal point of each invited unit the invitation, its signed letter attached, and the link
    to nominate; once each (the outbox key). Call it inside the transaction that makes it owed: a letter that
    cannot be made or signed refuses the change (LetterNotConfiguredError, LetterSigningError).
    Returns how many were queued."""
    invitations = list(invitations)
    by_unit = focal_point_users(invitation.organisation_id for invitation in invitations)
    owed = [
        (invitation, user)
        for invitation in invitations
        for user in by_unit.get(invitation.organisation_id, [])
    ]
    done = _already_queued(_invitation_key("invitation", invitation, user) for invitation, user in owed)
    letter_files: dict[int, Attachment] = {}
    queued = 0
    for invitation, user in owed:
        if _invitation_key("invitation", invitation, user) in done:
            continue
        if invitation.pk not in letter_files:
            # One letter per unit, however many focal points it has (signing costs tens of milliseconds).
            pdf = letters.invitation_letter_pdf(invitation)
            letter_files[invitation.pk] = (letters.letter_filename(invitation), pdf, "application/pdf")
        queue_focal_point_email(
            invitation, user, kind="invitation", attachments=[letter_files[invitation.pk]]
        )
        queued += 1
    return queued


def queue_focal_point_activation(user: User, *, organisation) -> OutboxMessage:
    """The account-activation e-mail of a focal point invited by e-mail (a one-time link to choose a password)."""
    return queue_email(
        key=f"nominations.focal_point_activation.{user.pk}",
        to=user.email,
        template="nominations/email/focal_point_activation",
        context={
            "user": user,
            "organisation": organisation,
            "password_url": password_set_url(user),
            "home_url": absolute(reverse("nominations:home")),
        },
    )


def queue_confirmation_copies(event_ids: Iterable[int]) -> int:
    """Send the nominating unit's focal points a copy of each confirmation of a nominee's seat, once per event
    and focal point (the outbox key); other events are ignored. Returns how many copies were queued.

    The copy is written here, not forwarded: the nominee's own e-mail may hold their one-time password link.
    """
    events = list(
        EnrolmentEvent.objects.filter(
            pk__in=list(event_ids), email__in=CONFIRMATION_EMAILS, to_status=EnrolmentStatus.CONFIRMED
        ).select_related("enrolment__user", "enrolment__session")
    )
    if not events:
        return 0
    nominations = {
        nomination.enrolment_id: nomination
        for nomination in Nomination.objects.filter(
            enrolment_id__in={event.enrolment_id for event in events}, status=NominationStatus.ACTIVE
        ).select_related("invitation__organisation")
    }
    by_unit = focal_point_users(nomination.invitation.organisation_id for nomination in nominations.values())
    owed = [
        (event, nominations[event.enrolment_id], user)
        for event in events
        if event.enrolment_id in nominations
        for user in by_unit.get(nominations[event.enrolment_id].invitation.organisation_id, [])
        if user.pk != event.enrolment.user_id
    ]
    done = _already_queued(f"nominations.confirmation_copy.{event.pk}.{user.pk}" for event, _n, user in owed)
    queued = 0
    for event, nomination, user in owed:
        key = f"nominations.confirmation_copy.{event.pk}.{user.pk}"
        if key in done:
            continue
        queue_email(
            key=key,
            to=user.email,
            template="nominations/email/confirmation_copy",
            context={
                "user": user,
                "nominee": event.enrolment.user,
                "session": event.enrolment.session,
                "organisation": nomination.invitation.organisation,
                "nominate_url": absolute(reverse("nominations:invitation", args=[nomination.invitation_id])),
            },
        )
        queued += 1
    return queued


def queue_recent_confirmation_copies(*, now: datetime | None = None) -> int:
    """Periodic: copy the confirmations made outside nominations (a nominee promoted when someone else
    cancelled), younger than COURSES_EMAIL_SWEEP_MAX_AGE_HOURS. Safe to run twice."""
    now = now or timezone.now()
    event_ids = EnrolmentEvent.objects.filter(
        created_at__gte=now - timedelta(hours=settings.COURSES_EMAIL_SWEEP_MAX_AGE_HOURS),
        email__in=CONFIRMATION_EMAILS,
        to_status=EnrolmentStatus.CONFIRMED,
        enrolment__nominations__status=NominationStatus.ACTIVE,
    ).values_list("pk", flat=True)
    return queue_confirmation_copies(event_ids)
