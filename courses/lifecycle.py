"""Write services of a session's lifecycle: capacity and status (open, closed, in progress, completed, cancelled).

The admin's session form and every other path change a session's capacity or status only through these,
under the session's seat lock, so the effects follow: cancelling tells every enrolled person once, raising the
capacity promotes from the waitlist in order, lowering it below the confirmed seats is refused. People's
enrolments themselves change through courses.services.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.people.models import User

from . import services
from .audit import enrolment_event, record_events
from .errors import CapacityError, NotAllowedError, SessionTransitionError
from .locking import lock_session
from .models import ACTIVE_STATUSES, Enrolment, EnrolmentStatus, SessionStatus, TrainingSession
from .permissions import can_manage_session
from .seats import Seats

__all__ = ["cancel_session", "complete_session", "reopen_session", "update_session"]

# Where reopening a session that is over takes it back to.
REOPENED_STATUS = {
    SessionStatus.CANCELLED: SessionStatus.DRAFT,
    SessionStatus.COMPLETED: SessionStatus.IN_PROGRESS,
}


def _set_capacity(session: TrainingSession, capacity: int, *, acting_user: User) -> None:
    confirmed = Seats(session).confirmed
    if capacity < confirmed:
        raise CapacityError(
            _(
                "The capacity cannot be lower than the %(count)d people already confirmed. Move or remove people first."
            )
            % {"count": confirmed}
        )
    session.capacity = capacity
    session.save(update_fields=["capacity", "updated_at"])
    services.promote_waitlisted(session, acting_user=acting_user)


def _cancel_enrolments(session: TrainingSession, *, acting_user: User, note: str) -> int:
    """Cancel every active enrolment of the session being cancelled (whose lock the caller holds) and tell
    each person once, by e-mail; returns how many were cancelled."""
    now = timezone.now()
    active = list(Enrolment.objects.filter(session=session, status__in=ACTIVE_STATUSES).order_by("pk"))
    events = []
    for enrolment in active:
        from_status = enrolment.status
        enrolment.status = EnrolmentStatus.CANCELLED
        enrolment.waitlist_position = None
        enrolment.updated_at = now
        events.append(
            enrolment_event(
                enrolment,
                action="courses.session.cancelled",
                actor=acting_user,
                from_status=from_status,
                note=note,
                email="session_cancelled",
                now=now,
            )
        )
    Enrolment.objects.bulk_update(active, ["status", "waitlist_position", "updated_at"], batch_size=1000)
    if events:
        record_events(events)
    return len(active)


def _set_status(session: TrainingSession, status: str, *, acting_user: User, note: str) -> None:
    if status == SessionStatus.CANCELLED:
        if session.status == SessionStatus.COMPLETED:
            raise SessionTransitionError(_("A completed session cannot be cancelled."))
        _cancel_enrolments(session, acting_user=acting_user, note=note)
    elif status == SessionStatus.COMPLETED:
        if session.status in {SessionStatus.DRAFT, SessionStatus.CANCELLED}:
            raise SessionTransitionError(_("Only a session that took place can be marked completed."))
        if not session.has_started():
            raise SessionTransitionError(_("The session has not started yet, so it cannot be completed."))
    elif (
        status == SessionStatus.DRAFT
        and Enrolment.objects.filter(session=session, status__in=ACTIVE_STATUSES).exists()
    ):
        raise SessionTransitionError(
            _("People are enrolled in this session, so it cannot go back to draft: close enrolment instead.")
        )
    session.status = status
    session.save(update_fields=["status", "updated_at"])
    if status not in {SessionStatus.CANCELLED, SessionStatus.COMPLETED}:
        # A completed session taken back into progress may have free seats for its waitlist.
        services.promote_waitlisted(session, acting_user=acting_user)


def update_session(
    session: TrainingSession,
    *,
    acting_user: User,
    capacity: int | None = None,
    status: str | None = None,
    note: str = "",
) -> TrainingSession:
    """Change a session's capacity and status by the rules, under its seat lock; returns it fresh.

    Cancelling cancels every active enrolment and tells each person once; raising the capacity promotes from
    the waitlist in order; lowering it below the confirmed seats is refused; a completed session cannot be
    cancelled, one not yet started cannot be completed, one with people in it cannot go back to draft.
    """
    with transaction.atomic():
        session = lock_session(session.pk)
        if not can_manage_session(acting_user, session):
            raise NotAllowedError
        cancelling = status == SessionStatus.CANCELLED and session.status != SessionStatus.CANCELLED
        if cancelling:
            # Cancel first: the seats it frees let a lower capacity through.
            _set_status(session, status, acting_user=acting_user, note=note)
        if capacity is not None and capacity != session.capacity:
            _set_capacity(session, capacity, acting_user=acting_user)
        if status is not None and status != session.status:
            _set_status(session, status, acting_user=acting_user, note=note)
        return session


def cancel_session(session: TrainingSession, *, acting_user: User, note: str = "") -> TrainingSession:
    """Cancel a session: every active enrolment is cancelled and its person told once, by e-mail."""
    return update_session(session, acting_user=acting_user, status=SessionStatus.CANCELLED, note=note)


def complete_session(session: TrainingSession, *, acting_user: User) -> TrainingSession:
    """Mark a session that took place as completed; it then takes no more enrolments."""
    return update_session(session, acting_user=acting_user, status=SessionStatus.COMPLETED)


def reopen_session(session: TrainingSession, *, acting_user: User) -> TrainingSession:
    """Undo a cancellation (back to draft: people enrol again) or a completion (back to in progress)."""
    with transaction.atomic():
        target = REOPENED_STATUS.get(lock_session(session.pk).status)
        if target is None:
            raise SessionTransitionError(_("Only a cancelled or completed session can be reopened."))
        return update_session(session, acting_user=acting_user, status=target)
