"""The organiser's follow-up of a session's invitations: each unit's status, reminders before the deadline
(once per focal point, through the outbox key). Releasing or moving unused quota is a rule of the services."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.people.models import User

from .models import FocalPoint, Invitation, InvitationStatus
from .notifications import focal_point_users, queue_focal_point_email
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
    invitations = list(
        Invitation.objects.filter(
            status=InvitationStatus.INVITED, deadline__gt=now, deadline__lte=now + window
        )
        .select_related("session", "organisation")
        .annotate(used=USED)
        .filter(used=0)
    )
    by_unit = focal_point_users(invitation.organisation_id for invitation in invitations)
    queued = 0
    for invitation in invitations:
        for user in by_unit.get(invitation.organisation_id, []):
            queued += queue_focal_point_email(invitation, user, kind="reminder")
    return queued
