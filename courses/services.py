"""Write operations of the courses app: enrolment (capacity, waitlist, approval), progress, reminders.

Every change to an enrolment goes through these functions: they take the session's row lock, keep the
waitlist numbered 1..N without gaps, record an EnrolmentEvent and queue the e-mail after commit.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from lms.people.models import User

from .errors import (
    CoursesError,
    EnrolmentClosedError,
    InvalidTransitionError,
    NotAllowedError,
    NotEligibleError,
    SessionStartedError,
    SessionUnavailableError,
)
from .models import (
    ACTIVE_STATUSES,
    Enrolment,
    EnrolmentEvent,
    EnrolmentSource,
    EnrolmentStatus,
    LessonPage,
    LessonProgress,
    SessionStatus,
    TrainingSession,
)
from .notifications import queue_event_emails
from .permissions import can_manage_session, is_manager

__all__ = [
    "CoursesError",
    "cancel_enrolment",
    "confirm_enrolment",
    "confirm_enrolments",
    "enrol_trainee",
    "mark_lesson_done",
    "move_enrolment",
    "promote_waitlisted",
    "reject_enrolment",
    "reject_enrolments",
    "remove_enrolment",
]

# Which e-mail an event sends (templates courses/email/<name>.*).
EMAIL_FOR_STATUS = {
    EnrolmentStatus.PENDING: "received",
    EnrolmentStatus.CONFIRMED: "confirmed",
    EnrolmentStatus.WAITLISTED: "waitlisted",
}


# --- internals (callers hold the session lock) -------------------------------------------------------


def _lock_session(session_id: int) -> TrainingSession:
    # Why: the session row is the one mutex for its seats. Every change to who holds a seat or a waitlist
    # place takes this lock first, so concurrent requests queue here and the confirmed count read below
    # cannot go stale before we write (no check-then-write race). Callers lock sessions in pk order.
    return TrainingSession.objects.select_for_update().get(pk=session_id)


def _record(
    enrolment: Enrolment,
    *,
    action: str,
    actor: User | None,
    from_status: str,
    note: str = "",
    email: str = "",
) -> EnrolmentEvent:
    event = EnrolmentEvent.objects.create(
        enrolment=enrolment,
        action=action,
        actor=actor if actor is not None and actor.is_authenticated else None,
        from_status=from_status,
        to_status=enrolment.status,
        note=unicodedata.normalize("NFC", note or ""),
        email=email,
    )
    if email:
        _queue_email(event.pk)
    return event


def _queue_email(event_id: int) -> None:
    # In this transaction: the outbox row commits with the change that owes it and is sent after commit.
    queue_event_emails([event_id])


def _confirmed_count(session: TrainingSession) -> int:
    return Enrolment.objects.filter(session=session, status=EnrolmentStatus.CONFIRMED).count()


def _next_waitlist_position(session: TrainingSession) -> int:
    # Positions are kept 1..N without gaps, so the next one is the count plus one.
    return Enrolment.objects.filter(session=session, status=EnrolmentStatus.WAITLISTED).count() + 1


def _seat_or_waitlist(enrolment: Enrolment, session: TrainingSession, now) -> None:
    """Give the enrolment a seat if one is free, else the next waitlist place (in memory; caller saves)."""
    if _confirmed_count(session) < session.capacity:
        enrolment.status = EnrolmentStatus.CONFIRMED
        enrolment.waitlist_position = None
        enrolment.confirmed_at = now
    else:
        enrolment.status = EnrolmentStatus.WAITLISTED
        enrolment.waitlist_position = _next_waitlist_position(session)


def _close_gap(session: TrainingSession, position: int | None) -> None:
    if position is None:
        return
    Enrolment.objects.filter(
        session=session, status=EnrolmentStatus.WAITLISTED, waitlist_position__gt=position
    ).update(waitlist_position=F("waitlist_position") - 1)


def _promote(session: TrainingSession, *, actor: User | None) -> list[Enrolment]:
    """Move the head of the waitlist into free seats, in waitlist order, and tell them."""
    promoted = []
    free = session.capacity - _confirmed_count(session)
    while free > 0:
        head = (
            Enrolment.objects.filter(session=session, status=EnrolmentStatus.WAITLISTED)
            .order_by("waitlist_position")
            .first()
        )
        if head is None:
            break
        now = timezone.now()
        head.status = EnrolmentStatus.CONFIRMED
        head.waitlist_position = None
        head.confirmed_at = now
        head.updated_at = now
        head.save(update_fields=["status", "waitlist_position", "confirmed_at", "updated_at"])
        _close_gap(session, 1)
        _record(
            head,
            action="courses.enrolment.promoted",
            actor=actor,
            from_status=EnrolmentStatus.WAITLISTED,
            email="promoted",
        )
        promoted.append(head)
        free -= 1
    return promoted


def _release(
    enrolment: Enrolment,
    session: TrainingSession,
    *,
    to_status: str,
    action: str,
    actor,
    note: str,
    email: str,
):
    """Take an active enrolment out (cancelled/rejected), then refill or renumber what it held."""
    from_status = enrolment.status
    position = enrolment.waitlist_position
    enrolment.status = to_status
    enrolment.waitlist_position = None
    enrolment.updated_at = timezone.now()
    enrolment.save(update_fields=["status", "waitlist_position", "updated_at"])
    _record(enrolment, action=action, actor=actor, from_status=from_status, note=note, email=email)
    if from_status == EnrolmentStatus.WAITLISTED:
        _close_gap(session, position)
    elif from_status == EnrolmentStatus.CONFIRMED:
        _promote(session, actor=actor)
    return enrolment


def _check_self_enrolment(session: TrainingSession, user: User) -> None:
    if session.status in {SessionStatus.DRAFT, SessionStatus.CANCELLED}:
        raise SessionUnavailableError
    if session.has_started():
        raise SessionStartedError(_("The session has already started; enrolment is closed."))
    if session.status != SessionStatus.OPEN:
        raise EnrolmentClosedError
    now = timezone.now()
    if session.enrolment_opens_at and now < session.enrolment_opens_at:
        raise EnrolmentClosedError(
            _("Enrolment opens on %(date)s.")
            % {"date": date_format(timezone.localtime(session.enrolment_opens_at), "SHORT_DATETIME_FORMAT")}
        )
    if session.enrolment_closes_at and now > session.enrolment_closes_at:
        raise EnrolmentClosedError(
            _("Enrolment closed on %(date)s.")
            % {"date": date_format(timezone.localtime(session.enrolment_closes_at), "SHORT_DATETIME_FORMAT")}
        )
    if not session.admits_category(user.trainee_category):
        raise NotEligibleError(
            _("This session is for: %(audience)s. Your trainee category is not among them.")
            % {"audience": ", ".join(session.audience_labels)}
        )


def _enrol_locked(
    session: TrainingSession,
    user: User,
    *,
    acting_user: User | None,
    source: str,
    approved: bool,
    action: str = "courses.enrolment.created",
    note: str = "",
    email: str | None = None,
    existing: Enrolment | None = None,
) -> tuple[Enrolment, bool]:
    """Create or re-open the user's enrolment in a locked session; returns (enrolment, changed)."""
    if existing is None:
        existing = Enrolment.objects.filter(session=session, user=user).first()
    if existing is not None and existing.status in ACTIVE_STATUSES:
        return existing, False
    now = timezone.now()
    enrolment = existing or Enrolment(session=session, user=user, created_at=now)
    from_status = existing.status if existing else ""
    enrolment.source = source
    enrolment.updated_at = now
    enrolment.reminder_sent_at = None
    if session.requires_approval and not approved:
        enrolment.status = EnrolmentStatus.PENDING
        enrolment.waitlist_position = None
    else:
        _seat_or_waitlist(enrolment, session, now)
    enrolment.save()
    _record(
        enrolment,
        action=action if not existing else "courses.enrolment.reopened",
        actor=acting_user,
        from_status=from_status,
        note=note,
        email=email if email is not None else EMAIL_FOR_STATUS[enrolment.status],
    )
    return enrolment, True


def _require_manager_of(session: TrainingSession, acting_user: User) -> None:
    if not can_manage_session(acting_user, session):
        raise NotAllowedError


# --- public services -------------------------------------------------------------------------------


def enrol_trainee(
    session: TrainingSession,
    user: User,
    *,
    acting_user: User,
    source: str = EnrolmentSource.SELF,
    note: str = "",
) -> Enrolment:
    """Enrol a person: seat if free, else waitlist; pending in approval mode; same enrolment if already in.

    People enrol themselves only inside the window, before the start, for their category; staff who manage
    the session (and managers for themselves) override the window and audience but never the capacity.
    """
    with transaction.atomic():
        session = _lock_session(session.pk)
        acting_for_self = acting_user.pk == user.pk
        override = is_manager(acting_user) if acting_for_self else can_manage_session(acting_user, session)
        if not acting_for_self and not override:
            raise NotAllowedError
        existing = Enrolment.objects.filter(session=session, user=user).first()
        if existing is not None and existing.status in ACTIVE_STATUSES:
            return existing
        if override:
            if session.status in {SessionStatus.CANCELLED, SessionStatus.COMPLETED}:
                raise SessionUnavailableError
        else:
            _check_self_enrolment(session, user)
            if existing is not None and existing.status == EnrolmentStatus.REJECTED:
                raise NotEligibleError(_("Your request for this session was declined by the organisers."))
        if not acting_for_self and source == EnrolmentSource.SELF:
            source = EnrolmentSource.STAFF
        enrolment, _changed = _enrol_locked(
            session,
            user,
            acting_user=acting_user,
            source=source,
            approved=not acting_for_self,
            note=note,
            existing=existing,
        )
        return enrolment


def cancel_enrolment(enrolment: Enrolment, *, acting_user: User, note: str = "") -> Enrolment:
    """The trainee withdraws (before the session starts); a freed seat goes to the head of the waitlist."""
    with transaction.atomic():
        session = _lock_session(enrolment.session_id)
        enrolment = Enrolment.objects.select_related("user").get(pk=enrolment.pk)
        staff = can_manage_session(acting_user, session)
        if acting_user.pk != enrolment.user_id and not staff:
            raise NotAllowedError
        if enrolment.status not in ACTIVE_STATUSES:
            return enrolment
        if not staff and session.has_started():
            raise SessionStartedError(_("The session has already started; you can no longer cancel."))
        return _release(
            enrolment,
            session,
            to_status=EnrolmentStatus.CANCELLED,
            action="courses.enrolment.cancelled",
            actor=acting_user,
            note=note,
            email="cancelled",
        )


def remove_enrolment(enrolment: Enrolment, *, acting_user: User, note: str = "") -> Enrolment:
    """Staff take a person out of a session at any time; the freed seat is refilled from the waitlist."""
    with transaction.atomic():
        session = _lock_session(enrolment.session_id)
        _require_manager_of(session, acting_user)
        enrolment = Enrolment.objects.select_related("user").get(pk=enrolment.pk)
        if enrolment.status not in ACTIVE_STATUSES:
            return enrolment
        return _release(
            enrolment,
            session,
            to_status=EnrolmentStatus.CANCELLED,
            action="courses.enrolment.removed",
            actor=acting_user,
            note=note,
            email="cancelled",
        )


def _confirm_locked(
    enrolment: Enrolment, session: TrainingSession, *, acting_user: User, note: str
) -> Enrolment:
    if enrolment.status == EnrolmentStatus.CONFIRMED:
        return enrolment
    now = timezone.now()
    from_status = enrolment.status
    if from_status == EnrolmentStatus.PENDING:
        _seat_or_waitlist(enrolment, session, now)
    elif from_status == EnrolmentStatus.WAITLISTED:
        if _confirmed_count(session) >= session.capacity:
            raise InvalidTransitionError(_("No seat is free: the session is full."))
        position = enrolment.waitlist_position
        enrolment.status = EnrolmentStatus.CONFIRMED
        enrolment.waitlist_position = None
        enrolment.confirmed_at = now
        enrolment.updated_at = now
        enrolment.save(update_fields=["status", "waitlist_position", "confirmed_at", "updated_at"])
        _close_gap(session, position)
        _record(
            enrolment,
            action="courses.enrolment.confirmed",
            actor=acting_user,
            from_status=from_status,
            note=note,
            email="confirmed",
        )
        return enrolment
    else:
        raise InvalidTransitionError(
            _("Only pending or waitlisted requests can be confirmed (this one is %(status)s).")
            % {"status": enrolment.get_status_display()}
        )
    enrolment.updated_at = now
    enrolment.save(update_fields=["status", "waitlist_position", "confirmed_at", "updated_at"])
    _record(
        enrolment,
        action="courses.enrolment.confirmed"
        if enrolment.status == EnrolmentStatus.CONFIRMED
        else "courses.enrolment.waitlisted",
        actor=acting_user,
        from_status=from_status,
        note=note,
        email=EMAIL_FOR_STATUS[enrolment.status],
    )
    return enrolment


def confirm_enrolment(enrolment: Enrolment, *, acting_user: User, note: str = "") -> Enrolment:
    """A trainer or manager approves a request: it takes a free seat, or the next waitlist place."""
    with transaction.atomic():
        session = _lock_session(enrolment.session_id)
        _require_manager_of(session, acting_user)
        enrolment = Enrolment.objects.select_related("user").get(pk=enrolment.pk)
        return _confirm_locked(enrolment, session, acting_user=acting_user, note=note)


def _reject_locked(
    enrolment: Enrolment, session: TrainingSession, *, acting_user: User, note: str
) -> Enrolment:
    if enrolment.status == EnrolmentStatus.REJECTED:
        return enrolment
    if enrolment.status not in {EnrolmentStatus.PENDING, EnrolmentStatus.WAITLISTED}:
        raise InvalidTransitionError(
            _(
                "Only pending or waitlisted requests can be rejected (this one is %(status)s); remove confirmed people instead."
            )
            % {"status": enrolment.get_status_display()}
        )
    return _release(
        enrolment,
        session,
        to_status=EnrolmentStatus.REJECTED,
        action="courses.enrolment.rejected",
        actor=acting_user,
        note=note,
        email="rejected",
    )


def reject_enrolment(enrolment: Enrolment, *, acting_user: User, note: str = "") -> Enrolment:
    """A trainer or manager declines a pending (or waitlisted) request."""
    with transaction.atomic():
        session = _lock_session(enrolment.session_id)
        _require_manager_of(session, acting_user)
        enrolment = Enrolment.objects.select_related("user").get(pk=enrolment.pk)
        return _reject_locked(enrolment, session, acting_user=acting_user, note=note)


def _bulk(
    session: TrainingSession, enrolment_ids: Iterable[int], *, acting_user: User, step, note: str
) -> tuple[int, list[str]]:
    done, errors = 0, []
    with transaction.atomic():
        session = _lock_session(session.pk)
        _require_manager_of(session, acting_user)
        # Oldest requests first, so approvals follow the order people asked in.
        enrolments = (
            Enrolment.objects.filter(session=session, pk__in=list(enrolment_ids))
            .select_related("user")
            .order_by("created_at", "pk")
        )
        for enrolment in enrolments:
            try:
                step(enrolment, session, acting_user=acting_user, note=note)
            except CoursesError as exc:
                errors.append(f"{enrolment.user}: {exc.message}")
            else:
                done += 1
    return done, errors


def confirm_enrolments(
    session: TrainingSession, enrolment_ids: Iterable[int], *, acting_user: User, note: str = ""
) -> tuple[int, list[str]]:
    """Confirm many requests at once, oldest first, still within capacity; returns (done, errors)."""
    return _bulk(session, enrolment_ids, acting_user=acting_user, step=_confirm_locked, note=note)


def reject_enrolments(
    session: TrainingSession, enrolment_ids: Iterable[int], *, acting_user: User, note: str = ""
) -> tuple[int, list[str]]:
    """Reject many pending or waitlisted requests at once; returns (done, errors)."""
    return _bulk(session, enrolment_ids, acting_user=acting_user, step=_reject_locked, note=note)


def move_enrolment(
    enrolment: Enrolment, *, to_session: TrainingSession, acting_user: User, note: str = ""
) -> Enrolment:
    """Staff move a person to another session: their old place is freed, the new one follows capacity."""
    if to_session.pk == enrolment.session_id:
        raise InvalidTransitionError(_("Choose a different session."))
    with transaction.atomic():
        locked = {pk: _lock_session(pk) for pk in sorted([enrolment.session_id, to_session.pk])}
        source, target = locked[enrolment.session_id], locked[to_session.pk]
        _require_manager_of(source, acting_user)
        _require_manager_of(target, acting_user)
        if target.status in {SessionStatus.CANCELLED, SessionStatus.COMPLETED}:
            raise SessionUnavailableError
        enrolment = Enrolment.objects.select_related("user").get(pk=enrolment.pk)
        if enrolment.status not in ACTIVE_STATUSES:
            raise InvalidTransitionError(_("Only an active enrolment can be moved."))
        existing = Enrolment.objects.filter(session=target, user=enrolment.user).first()
        if existing is not None and existing.status in ACTIVE_STATUSES:
            raise InvalidTransitionError(
                _("%(person)s is already enrolled in %(session)s.")
                % {"person": enrolment.user, "session": target.code}
            )
        _release(
            enrolment,
            source,
            to_status=EnrolmentStatus.CANCELLED,
            action="courses.enrolment.moved_out",
            actor=acting_user,
            note=note or _("Moved to %(session)s.") % {"session": target.code},
            email="",
        )
        moved, _changed = _enrol_locked(
            target,
            enrolment.user,
            acting_user=acting_user,
            source=EnrolmentSource.STAFF,
            approved=True,
            action="courses.enrolment.moved_in",
            note=note or _("Moved from %(session)s.") % {"session": source.code},
            existing=existing,
        )
        return moved


def promote_waitlisted(session: TrainingSession, *, acting_user: User | None = None) -> list[Enrolment]:
    """Fill free seats from the waitlist (after capacity was raised); returns the promoted enrolments."""
    with transaction.atomic():
        session = _lock_session(session.pk)
        return _promote(session, actor=acting_user)


def mark_lesson_done(lesson: LessonPage, *, user: User) -> LessonProgress:
    """Record that the user finished the lesson; marking it again keeps the first date."""
    progress, _created = LessonProgress.objects.get_or_create(
        user=user, lesson=lesson, defaults={"completed_at": timezone.now()}
    )
    return progress


def unmark_lesson_done(lesson: LessonPage, *, user: User) -> None:
    """Take back a "done" mark."""
    LessonProgress.objects.filter(user=user, lesson=lesson).delete()
