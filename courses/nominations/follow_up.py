"""The organiser's follow-up of a session's invitations: each unit's status, reminders before the deadline
(once per focal point, through the outbox key), and the release of unused quota after the deadline."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses import services as courses_services
from courses.errors import NotAllowedError
from courses.locking import lock_session
from courses.models import TrainingSession
from courses.notifications import absolute
from courses.permissions import can_manage_session
from lms.outbox.models import OutboxMessage
from lms.outbox.services import queue_email
from lms.people.models import User

from .models import FocalPoint, Invitation, InvitationStatus
from .selectors import USED, session_invitations

STATUS_LABELS = {
    "declined": _("Declined"),
    "released": _("Unused quota released"),
    "complete": _("Complete"),
    "partial": _("Partly nominated"),
    "opened": _("Opened, no one nominated"),
    "not_opened": _("Not opened"),
}


def follow_up_status(invitation: Invitation) -> str:
    """Where a unit stands (needs the `used` annotation of the selectors)."""
    if invitation.status == InvitationStatus.DECLINED:
        return "declined"
    if invitation.status == InvitationStatus.RELEASED:
        return "released"
    if invitation.used >= invitation.quota:
        return "complete"
    if invitation.used:
        return "partial"
    return "opened" if invitation.opened_at else "not_opened"


def session_follow_up(session_id: int) -> list[Invitation]:
    """The session's invitations with `follow_up` (a key of STATUS_LABELS) and its label set."""
    invitations = session_invitations(session_id)
    for invitation in invitations:
        invitation.follow_up = follow_up_status(invitation)
        invitation.follow_up_label = STATUS_LABELS[invitation.follow_up]
    return invitations


def mark_invitation_opened(invitation: Invitation, *, acting_user: User) -> None:
    """The first time a focal point of the unit opens the invitation (a conditional update: set once)."""
    if not FocalPoint.objects.filter(organisation_id=invitation.organisation_id, user=acting_user).exists():
        return
    Invitation.objects.filter(pk=invitation.pk, opened_at__isnull=True).update(opened_at=timezone.now())


def queue_nomination_reminders(*, now: datetime | None = None) -> int:
    """Periodic: remind the focal points of units that have nominated no one, when the deadline is near.

    Each focal point is reminded once per invitation (the outbox key); running it twice queues nothing new.
    """
    now = now or timezone.now()
    window = timedelta(days=settings.NOMINATIONS_REMINDER_DAYS_BEFORE)
    invitations = (
        Invitation.objects.filter(
            status=InvitationStatus.INVITED, deadline__gt=now, deadline__lte=now + window
        )
        .select_related("session", "organisation")
        .annotate(used=USED)
        .filter(used=0)
    )
    queued = 0
    for invitation in invitations:
        for focal_point in FocalPoint.objects.filter(
            organisation_id=invitation.organisation_id
        ).select_related("user"):
            key = f"nominations.reminder.{invitation.pk}.{focal_point.user_id}"
            if OutboxMessage.objects.filter(key=key).exists():
                continue
            queue_email(
                key=key,
                to=focal_point.user.email,
                template="nominations/email/reminder",
                context={
                    "user": focal_point.user,
                    "invitation": invitation,
                    "session": invitation.session,
                    "organisation": invitation.organisation,
                    "deadline": timezone.localtime(invitation.deadline),
                    "nominate_url": absolute(reverse("nominations:invitation", args=[invitation.pk])),
                },
            )
            queued += 1
    return queued


def release_unused_quota(session: TrainingSession, *, acting_user: User) -> int:
    """After the deadline, each unit's quota shrinks to the people it nominated (the invitation is closed);
    free seats go to the head of the waitlist. Returns how many places were released. Safe to repeat."""
    with transaction.atomic():
        session = lock_session(session.pk)
        if not can_manage_session(acting_user, session):
            raise NotAllowedError
        now = timezone.now()
        released = 0
        for invitation in session_invitations(session.pk):
            if invitation.status != InvitationStatus.INVITED or invitation.deadline > now:
                continue
            released += invitation.quota - min(invitation.used, invitation.quota)
            Invitation.objects.filter(pk=invitation.pk).update(
                quota=invitation.used, status=InvitationStatus.RELEASED, updated_at=now
            )
        courses_services.promote_waitlisted(session, acting_user=acting_user)
        return released
