"""Write operations of the courses app: enrolment (capacity, waitlist, approval), progress.

Every change to an enrolment goes through these functions: they take the session's row lock
(`courses.locking`), place people with the one seat allocator (`courses.seats`), keep the waitlist numbered
1..N without gaps, record an EnrolmentEvent and queue the e-mail after commit (`courses.audit`). A session's
capacity and status change through courses.lifecycle.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.people.models import User

from .audit import enrolment_event, record_event, record_events
from .eligibility import CLOSED_FOR_GOOD, check_self_enrolment, check_takes_enrolments
from .errors import (
    CoursesError,
    InvalidTransitionError,
    NotAllowedError,
    SessionNotFoundError,
    SessionStartedError,
)
from .locking import lock_session, lock_sessions
from .models import (
    ACTIVE_STATUSES,
    Enrolment,
    EnrolmentSource,
    EnrolmentStatus,
    SessionStatus,
    TrainingSession,
)
from .permissions import can_manage_session, is_manager
from .progress import mark_lesson_done, unmark_lesson_done
from .seats import Seats

__all__ = [
    "CoursesError",
    "cancel_enrolment",
    "confirm_enrolment",
    "confirm_enrolments",
    "Enrolled",
    "enrol_in_session",
    "enrol_people",
    "enrol_trainee",
    "mark_lesson_done",
    "move_enrolment",
    "promote_waitlisted",
    "reject_enrolment",
    "reject_enrolments",
    "remove_enrolment",
    "unmark_lesson_done",
    "withdraw_enrolment",
]

# Which e-mail an event sends (templates courses/email/<name>.*).
EMAIL_FOR_STATUS = {
    EnrolmentStatus.PENDING: "received",
    EnrolmentStatus.CONFIRMED: "confirmed",
    EnrolmentStatus.WAITLISTED: "waitlisted",
}
REOPENED_FIELDS = ["status", "waitlist_position", "confirmed_at", "reminder_sent_at", "source", "updated_at"]


# --- internals (callers hold the session lock) -------------------------------------------------------


def _promote(session: TrainingSession, *, actor: User | None) -> list[Enrolment]:
    """Move the head of the waitlist into free seats, in waitlist order, and tell them."""
    promoted: list[Enrolment] = []
    if session.status in CLOSED_FOR_GOOD:
        return promoted
    seats = Seats(session)
    while seats.free:
        head = seats.head_of_waitlist()
        if head is None:
            break
        seats.take_from_waitlist(head, now=timezone.now())
        record_event(
            head,
            action="courses.enrolment.promoted",
            actor=actor,
            from_status=EnrolmentStatus.WAITLISTED,
            email="promoted",
        )
        promoted.append(head)
    return promoted


def _release(
    enrolment: Enrolment,
    session: TrainingSession,
    *,
    action: str,
    actor,
    note: str,
    to_status: str = EnrolmentStatus.CANCELLED,
    email: str | None = None,
    promote: bool = True,
):
    """Take an active enrolment out (cancelled/rejected), then refill (unless told not to) or renumber.

    The person gets the e-mail of the new status unless `email` names another ("" for none).
    """
    if email is None:
        email = str(to_status)
    from_status = enrolment.status
    position = enrolment.waitlist_position
    enrolment.status = to_status
    enrolment.waitlist_position = None
    enrolment.updated_at = timezone.now()
    enrolment.save(update_fields=["status", "waitlist_position", "updated_at"])
    record_event(enrolment, action=action, actor=actor, from_status=from_status, note=note, email=email)
    Seats(session).vacated(from_status, position)
    if promote and from_status == EnrolmentStatus.CONFIRMED:
        _promote(session, actor=actor)
    return enrolment


def _place(
    session: TrainingSession,
    people: Sequence[tuple[int, Enrolment | None]],
    *,
    acting_user: User | None,
    source: str,
    pending: bool = False,
    action: str = "courses.enrolment.created",
    note: str = "",
    invited: Collection[int] = (),
    seats: Seats | None = None,
) -> list[Enrolment]:
    """Create or re-open, in order, the enrolments of people with no active one in a locked session.

    The one write path of self-enrolment, staff enrolment, moves and the bulk import (which only passes many
    people): a seat while one is free, then the waitlist; pending when approval is needed. A person with a
    new account (`invited`) gets the invitation e-mail, everyone else the e-mail of their status.
    """
    now = timezone.now()
    seats = seats or Seats(session)
    new, reopened, events = [], [], []
    for user_id, existing in people:
        enrolment, from_status = seats.open(
            user_id, existing=existing, source=source, now=now, pending=pending
        )
        (reopened if existing is not None else new).append(enrolment)
        events.append(
            enrolment_event(
                enrolment,
                action="courses.enrolment.reopened"
                if existing is not None and action == "courses.enrolment.created"
                else action,
                actor=acting_user,
                from_status=from_status,
                note=note,
                email="invitation" if user_id in invited else EMAIL_FOR_STATUS[enrolment.status],
                now=now,
            )
        )
    Enrolment.objects.bulk_create(new, batch_size=1000)
    if reopened:
        Enrolment.objects.bulk_update(reopened, REOPENED_FIELDS, batch_size=1000)
    if events:
        record_events(events)
    return [event.enrolment for event in events]


def _require_manager_of(session: TrainingSession, acting_user: User) -> None:
    if not can_manage_session(acting_user, session):
        raise NotAllowedError


# --- public services -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Enrolled:
    """What an enrolment request did: the person's enrolment in the (locked) session, and whether it was
    placed now (False: they already held it, and nothing changed)."""

    enrolment: Enrolment
    session: TrainingSession
    placed: bool


def enrol_trainee(session: TrainingSession, user: User, *, acting_user: User, **options: str) -> Enrolment:
    """Enrol a person: seat if free, else waitlist; pending in approval mode; same enrolment if already in.

    People enrol themselves only inside the window, before the start, for their category; staff who manage
    the session (and managers for themselves) override the window and audience but never the capacity.
    `options` are `enrol_in_session`'s: the `source` of the request (the person themselves by default) and a
    `note` for the audit trail.
    """
    return enrol_in_session(session.pk, user, acting_user=acting_user, **options).enrolment


def enrol_in_session(
    session_id: int,
    user: User,
    *,
    acting_user: User,
    source: str = EnrolmentSource.SELF,
    note: str = "",
    hide_drafts: bool = False,
) -> Enrolled:
    """`enrol_trainee` by the session's id, telling whether the person was placed now (the JSON API).

    `hide_drafts`: a session missing or still a draft is SessionNotFoundError (the public never sees drafts).
    """
    with transaction.atomic():
        try:
            session = lock_session(session_id, with_dates=True)
        except TrainingSession.DoesNotExist:
            raise SessionNotFoundError from None
        if hide_drafts and session.status == SessionStatus.DRAFT:
            raise SessionNotFoundError
        acting_for_self = acting_user.pk == user.pk
        override = is_manager(acting_user) if acting_for_self else can_manage_session(acting_user, session)
        if not acting_for_self and not override:
            raise NotAllowedError
        seats, existing = _seats_and_enrolment(session, user)
        if existing is not None and existing.status in ACTIVE_STATUSES:
            return Enrolled(existing, session, placed=False)
        if override:
            check_takes_enrolments(session)
            pending = acting_for_self and session.requires_approval
        else:
            pending = check_self_enrolment(session, user, existing=existing)
        if not acting_for_self and source == EnrolmentSource.SELF:
            source = EnrolmentSource.STAFF
        [enrolment] = _place(
            session,
            [(user.pk, existing)],
            acting_user=acting_user,
            source=source,
            pending=pending,
            note=note,
            seats=seats,
        )
        return Enrolled(enrolment, session, placed=True)


def _seats_and_enrolment(session: TrainingSession, user: User) -> tuple[Seats, Enrolment | None]:
    """In a locked session, one read for its seats (confirmed and waitlisted counts) and the person's
    enrolment id; the enrolment itself is read only when there is one."""
    read = Enrolment.objects.filter(session=session).aggregate(
        confirmed=Count("pk", filter=Q(status=EnrolmentStatus.CONFIRMED)),
        waitlisted=Count("pk", filter=Q(status=EnrolmentStatus.WAITLISTED)),
        mine=Max("pk", filter=Q(user=user)),
    )
    existing = Enrolment.objects.get(pk=read["mine"]) if read["mine"] is not None else None
    return Seats(session, confirmed=read["confirmed"], waitlisted=read["waitlisted"]), existing


def enrol_people(
    session: TrainingSession,
    user_ids: Sequence[int],
    *,
    acting_user: User | None,
    source: str = EnrolmentSource.BULK_IMPORT,
    invited: Collection[int] = (),
    requested_by: User | None = None,
    action: str = "courses.enrolment.imported",
    note: str = "",
) -> dict[str, int]:
    """Staff enrol many people at once (a bulk import): one lock, the same rules as one staff enrolment.

    People are placed in the order given; those already in the session are skipped. `invited` names the
    people whose account was just made for them: their first e-mail is the invitation. `acting_user` None is
    the system, or a service that authorised `requested_by` (a unit's focal point; recorded in the audit
    trail). Returns the counts confirmed, waitlisted, skipped.
    """
    counts = {"confirmed": 0, "waitlisted": 0, "skipped": 0}
    with transaction.atomic():
        session = lock_session(session.pk)
        if acting_user is not None:
            _require_manager_of(session, acting_user)
        check_takes_enrolments(session)
        existing: dict[int, Enrolment] = {}
        ids = list(user_ids)
        for start in range(0, len(ids), 2000):
            for enrolment in Enrolment.objects.filter(session=session, user_id__in=ids[start : start + 2000]):
                existing[enrolment.user_id] = enrolment
        people: list[tuple[int, Enrolment | None]] = []
        seen: set[int] = set()
        for user_id in ids:
            current = existing.get(user_id)
            if user_id in seen or (current is not None and current.status in ACTIVE_STATUSES):
                counts["skipped"] += 1
                continue
            seen.add(user_id)
            people.append((user_id, current))
        placed = _place(
            session,
            people,
            acting_user=acting_user or requested_by,
            source=source,
            action=action,
            note=note,
            invited=set(invited),
        )
    for enrolment in placed:
        counts[enrolment.status] += 1
    return counts


def cancel_enrolment(enrolment: Enrolment, *, acting_user: User, note: str = "") -> Enrolment:
    """The trainee withdraws (before the session starts); a freed seat goes to the head of the waitlist."""
    with transaction.atomic():
        session = lock_session(enrolment.session_id)
        enrolment = Enrolment.objects.select_related("user").get(pk=enrolment.pk)
        staff = can_manage_session(acting_user, session)
        if acting_user.pk != enrolment.user_id and not staff:
            raise NotAllowedError
        if enrolment.status not in ACTIVE_STATUSES:
            return enrolment
        if not staff and session.has_started():
            raise SessionStartedError(_("The session has already started; you can no longer cancel."))
        return _release(
            enrolment, session, action="courses.enrolment.cancelled", actor=acting_user, note=note
        )


def withdraw_enrolment(
    enrolment: Enrolment,
    *,
    requested_by: User,
    replacement_id: int | None = None,
    source: str = EnrolmentSource.STAFF,
    invited: Collection[int] = (),
    note: str = "",
) -> Enrolment | None:
    """Take a person out for whom the calling service authorised (a unit withdrawing its nominee); a freed
    seat goes to the waitlist, or to `replacement_id` first (a unit replacing its nominee keeps its seat).
    """
    with transaction.atomic():
        session = lock_session(enrolment.session_id)
        enrolment = Enrolment.objects.select_related("user").get(pk=enrolment.pk)
        if enrolment.status not in ACTIVE_STATUSES:
            raise InvalidTransitionError(_("Only an active enrolment can be withdrawn."))
        existing = Enrolment.objects.filter(session=session, user_id=replacement_id).first()
        if replacement_id is not None:
            check_takes_enrolments(session)
            if existing is not None and existing.status in ACTIVE_STATUSES:
                raise InvalidTransitionError(_("This person is already enrolled in the session."))
        _release(
            enrolment,
            session,
            action="courses.enrolment.withdrawn" if replacement_id is None else "courses.enrolment.replaced",
            actor=requested_by,
            note=note,
            promote=replacement_id is None,
        )
        if replacement_id is None:
            return None
        [replacement] = _place(
            session,
            [(replacement_id, existing)],
            acting_user=requested_by,
            source=source,
            action="courses.enrolment.replacement",
            note=note,
            invited=set(invited),
        )
        _promote(session, actor=requested_by)
        return replacement


def _lock_for_staff(enrolment: Enrolment, acting_user: User) -> tuple[TrainingSession, Enrolment]:
    """Lock the enrolment's session for one of its managers, and read the enrolment again under the lock."""
    session = lock_session(enrolment.session_id)
    _require_manager_of(session, acting_user)
    return session, Enrolment.objects.select_related("user").get(pk=enrolment.pk)


def remove_enrolment(enrolment: Enrolment, *, acting_user: User, note: str = "") -> Enrolment:
    """Staff take a person out of a session at any time; the freed seat is refilled from the waitlist."""
    with transaction.atomic():
        session, enrolment = _lock_for_staff(enrolment, acting_user)
        if enrolment.status not in ACTIVE_STATUSES:
            return enrolment
        return _release(enrolment, session, action="courses.enrolment.removed", actor=acting_user, note=note)


def _confirm_locked(
    enrolment: Enrolment, session: TrainingSession, *, acting_user: User, note: str
) -> Enrolment:
    if enrolment.status == EnrolmentStatus.CONFIRMED:
        return enrolment
    now = timezone.now()
    from_status = enrolment.status
    seats = Seats(session)
    if from_status == EnrolmentStatus.PENDING:
        seats.place(enrolment, now=now)
        enrolment.save(update_fields=["status", "waitlist_position", "confirmed_at", "updated_at"])
    elif from_status == EnrolmentStatus.WAITLISTED:
        if not seats.free:
            raise InvalidTransitionError(_("No seat is free: the session is full."))
        seats.take_from_waitlist(enrolment, now=now)
    else:
        raise InvalidTransitionError(
            _("Only pending or waitlisted requests can be confirmed (this one is %(status)s).")
            % {"status": enrolment.get_status_display()}
        )
    record_event(
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
        session, enrolment = _lock_for_staff(enrolment, acting_user)
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
    )


def reject_enrolment(enrolment: Enrolment, *, acting_user: User, note: str = "") -> Enrolment:
    """A trainer or manager declines a pending (or waitlisted) request."""
    with transaction.atomic():
        session, enrolment = _lock_for_staff(enrolment, acting_user)
        return _reject_locked(enrolment, session, acting_user=acting_user, note=note)


def _bulk(
    session: TrainingSession, enrolment_ids: Iterable[int], *, acting_user: User, step, note: str
) -> tuple[int, list[str]]:
    done, errors = 0, []
    with transaction.atomic():
        session = lock_session(session.pk)
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
        locked = lock_sessions(enrolment.session_id, to_session.pk)
        source, target = locked[enrolment.session_id], locked[to_session.pk]
        _require_manager_of(source, acting_user)
        _require_manager_of(target, acting_user)
        check_takes_enrolments(target)
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
            action="courses.enrolment.moved_out",
            actor=acting_user,
            note=note or _("Moved to %(session)s.") % {"session": target.code},
            email="",
        )
        [moved] = _place(
            target,
            [(enrolment.user_id, existing)],
            acting_user=acting_user,
            source=EnrolmentSource.STAFF,
            action="courses.enrolment.moved_in",
            note=note or _("Moved from %(session)s.") % {"session": source.code},
        )
        return moved


def promote_waitlisted(session: TrainingSession, *, acting_user: User | None = None) -> list[Enrolment]:
    """Fill free seats from the waitlist (after capacity was raised); returns the promoted enrolments."""
    with transaction.atomic():
        session = lock_session(session.pk)
        return _promote(session, actor=acting_user)
