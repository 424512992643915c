"""The seat lock: a session's row is the one mutex for its seats and its waitlist."""

from __future__ import annotations

from django.db.models import OuterRef, Subquery

from lms import pagecache

from .models import SessionDay, TrainingSession


def seats_changed(session: TrainingSession) -> None:
    """Pages showing this session's seats (its course, the catalogue, the home page) and the dashboards of
    those enrolled in it are stale after commit."""
    pagecache.touch(
        pagecache.course_tag(session.course_id), pagecache.SEATS, pagecache.session_tag(session.pk)
    )


def _day(session_days, *, last: bool) -> Subquery:
    return Subquery(session_days.order_by("-date" if last else "date").values("date")[:1])


def lock_session(session_id: int, *, with_dates: bool = False) -> TrainingSession:
    """Lock one session's row for the rest of the transaction and return it fresh from the database.

    `with_dates` reads its first and last day in the same statement (`starts_on`, `ends_on`), for callers
    that only read the days (an enrolment checks the start and answers with the dates).
    """
    # Why: the session row is the one mutex for its seats. Every change to who holds a seat or a waitlist
    # place, and every change of the session's capacity or status, takes this lock first, so concurrent
    # requests queue here and the confirmed count read afterwards cannot go stale before we write (no
    # check-then-write race). Callers run inside transaction.atomic().
    # Nothing that the lock guards may be read in this statement: PostgreSQL evaluates it on the snapshot
    # taken before waiting for the lock. The days are not guarded by it (staff edit them in the admin).
    sessions = TrainingSession.objects.select_for_update()
    if with_dates:
        days = SessionDay.objects.filter(session=OuterRef("pk"))
        sessions = sessions.annotate(starts_on=_day(days, last=False), ends_on=_day(days, last=True))
    session = sessions.get(pk=session_id)
    # Whoever takes the lock changes seats, the waitlist, the capacity or the status.
    seats_changed(session)
    return session


def lock_sessions(*session_ids: int) -> dict[int, TrainingSession]:
    """Lock several sessions, always in primary-key order, and return them by pk."""
    # Why pk order: two requests that each need the same two sessions (a move from A to B while another
    # moves from B to A) would otherwise each hold one lock and wait forever for the other (a deadlock).
    return {pk: lock_session(pk) for pk in sorted(set(session_ids))}
