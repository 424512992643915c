"""The one seat allocator: in a locked session, who gets a seat, the next waitlist place, or waits for approval.

Self-enrolment, the staff actions (enrol, confirm, move, promote), the bulk import and (later) nominations all
place people through `Seats`; the bulk import differs only in placing many rows under one lock. Callers hold
the session's lock (`courses.locking`) for the whole transaction and save the enrolments it changes.
"""

from __future__ import annotations

from datetime import datetime

from django.db.models import F

from .models import Enrolment, EnrolmentStatus, TrainingSession


def close_gap(session: TrainingSession, position: int | None) -> None:
    """Renumber the waitlist after the enrolment at `position` left it, so positions stay 1..N."""
    if position is None:
        return
    Enrolment.objects.filter(
        session=session, status=EnrolmentStatus.WAITLISTED, waitlist_position__gt=position
    ).update(waitlist_position=F("waitlist_position") - 1)


class Seats:
    """A locked session's confirmed seats and waitlist, counted once and kept current as people are placed."""

    def __init__(
        self, session: TrainingSession, *, confirmed: int | None = None, waitlisted: int | None = None
    ) -> None:
        """`confirmed` and `waitlisted` are counts the caller read under the lock (else read when needed)."""
        self.session = session
        self._confirmed = confirmed
        self._waitlisted = waitlisted

    def _count(self, status: str) -> int:
        return Enrolment.objects.filter(session=self.session, status=status).count()

    @property
    def confirmed(self) -> int:
        if self._confirmed is None:
            self._confirmed = self._count(EnrolmentStatus.CONFIRMED)
        return self._confirmed

    @property
    def waitlisted(self) -> int:
        if self._waitlisted is None:
            self._waitlisted = self._count(EnrolmentStatus.WAITLISTED)
        return self._waitlisted

    @property
    def free(self) -> int:
        return max(self.session.capacity - self.confirmed, 0)

    def seat(self, enrolment: Enrolment, *, now: datetime) -> None:
        """Give the enrolment a seat; the caller made sure one is free."""
        self._confirmed = self.confirmed + 1
        enrolment.status = EnrolmentStatus.CONFIRMED
        enrolment.waitlist_position = None
        enrolment.confirmed_at = now
        enrolment.updated_at = now

    def place(self, enrolment: Enrolment, *, now: datetime, pending: bool = False) -> None:
        """A seat if one is free, else the next waitlist place; pending when the organisers must approve."""
        enrolment.updated_at = now
        if pending:
            enrolment.status = EnrolmentStatus.PENDING
            enrolment.waitlist_position = None
        elif self.free:
            self.seat(enrolment, now=now)
        else:
            # Positions are kept 1..N without gaps, so the next one is the count plus one.
            self._waitlisted = self.waitlisted + 1
            enrolment.status = EnrolmentStatus.WAITLISTED
            enrolment.waitlist_position = self._waitlisted

    def open(
        self,
        user_id: int,
        *,
        existing: Enrolment | None,
        source: str,
        now: datetime,
        pending: bool = False,
    ) -> tuple[Enrolment, str]:
        """Create, or re-open, the enrolment of a person who holds no active one and place it.

        Returns the (unsaved) enrolment and the status it had before ("" when new).
        """
        enrolment = existing or Enrolment(session=self.session, user_id=user_id, created_at=now)
        from_status = existing.status if existing is not None else ""
        enrolment.source = source
        enrolment.confirmed_at = None
        # A re-opened enrolment is a new stay: the reminder of the first day is owed again.
        enrolment.reminder_sent_at = None
        self.place(enrolment, now=now, pending=pending)
        return enrolment, from_status

    def take_from_waitlist(self, enrolment: Enrolment, *, now: datetime) -> None:
        """Seat a waitlisted enrolment (a seat is free) and close the gap it leaves; saves it."""
        position = enrolment.waitlist_position
        self.seat(enrolment, now=now)
        enrolment.save(update_fields=["status", "waitlist_position", "confirmed_at", "updated_at"])
        self.vacated(EnrolmentStatus.WAITLISTED, position)

    def vacated(self, from_status: str, position: int | None) -> None:
        """Account for an enrolment (already saved) that left `from_status`: renumber the waitlist behind it."""
        if from_status == EnrolmentStatus.WAITLISTED:
            close_gap(self.session, position)
            if self._waitlisted is not None:
                self._waitlisted -= 1
        elif from_status == EnrolmentStatus.CONFIRMED and self._confirmed is not None:
            self._confirmed -= 1

    def head_of_waitlist(self) -> Enrolment | None:
        return (
            Enrolment.objects.filter(session=self.session, status=EnrolmentStatus.WAITLISTED)
            .select_related("user")
            .order_by("waitlist_position")
            .first()
        )
