"""Write operations of attendance: roll call, "mark all present", QR self check-in, the attendance rules.

The database allows one record per trainee and day; every write is an upsert under that constraint, so two
trainers marking the same day at once lose nothing: the last write for each trainee wins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from courses.models import Enrolment, EnrolmentStatus, SessionDay, TrainingSession
from courses.permissions import can_manage_session
from lms import pagecache
from lms.people.models import User
from lms.text import nfc
from lms.throttle import spend, spent

from .codes import SHORT_CODE_PAUSE_SECONDS, make_code, match_short_code, read_code, window_start
from .errors import AttendanceError, CheckInError, NotAllowedToMarkError, NotConfirmedError
from .models import (
    ATTENDED_STATUSES,
    AttendanceMethod,
    AttendancePolicy,
    AttendanceRecord,
    AttendanceStatus,
)

__all__ = [
    "AttendanceError",
    "CheckInResult",
    "check_in_with_code",
    "check_in_with_short_code",
    "mark_all_present",
    "record_attendance",
    "require_manager",
    "update_policy",
]


def require_manager(session: TrainingSession, acting_user: User) -> None:
    """Only the session's trainers and programme managers take its attendance."""
    if not can_manage_session(acting_user, session):
        raise NotAllowedToMarkError


def _check_enrolment(enrolment: Enrolment, day: SessionDay) -> None:
    if enrolment.session_id != day.session_id:
        raise AttendanceError(_("This trainee is not enrolled in the session of that day."))
    if enrolment.status != EnrolmentStatus.CONFIRMED:
        raise NotConfirmedError


def _with_retry(write: Callable[[], AttendanceRecord]) -> AttendanceRecord:
    # Why: two requests may both find no record and both insert; the unique constraint rejects the second
    # insert, and a second attempt then finds the row the other request wrote and updates it.
    try:
        with transaction.atomic():
            return write()
    except IntegrityError:
        with transaction.atomic():
            return write()


def record_attendance(
    enrolment: Enrolment,
    day: SessionDay,
    *,
    status: str,
    acting_user: User,
    method: str = AttendanceMethod.ROLL_CALL,
    note: str | None = "",
    minutes_attended: int | None = None,
) -> AttendanceRecord:
    """Set a confirmed trainee's status for a day (an upsert: the last write wins); managers of the session only.

    A `note` of None keeps the note already on the record.
    """
    if status not in AttendanceStatus.values:
        raise AttendanceError(_("Unknown attendance status."))
    if method not in AttendanceMethod.values:
        raise AttendanceError(_("Unknown attendance method."))
    require_manager(day.session, acting_user)
    return upsert_record(
        enrolment,
        day,
        status=status,
        acting_user=acting_user,
        method=method,
        note=note,
        minutes_attended=minutes_attended,
    )


def upsert_record(
    enrolment: Enrolment,
    day: SessionDay,
    *,
    status: str,
    acting_user: User,
    method: str,
    note: str | None = "",
    minutes_attended: int | None = None,
) -> AttendanceRecord:
    """The write behind record_attendance, for callers that already checked the acting user's rights."""
    _check_enrolment(enrolment, day)
    values = {
        "status": status,
        "method": method,
        "marked_by": acting_user,
        "marked_at": timezone.now(),
        "minutes_attended": minutes_attended,
    }
    if note is not None:
        values["note"] = nfc(note)[:500]

    def write() -> AttendanceRecord:
        record, _created = AttendanceRecord.objects.update_or_create(
            enrolment=enrolment, day=day, defaults=values
        )
        return record

    return _with_retry(write)


def save_note(
    enrolment: Enrolment, day: SessionDay, *, note: str, acting_user: User
) -> AttendanceRecord | None:
    """Change the note of an existing record (a note alone does not mark anyone); None when there is none yet."""
    require_manager(day.session, acting_user)
    _check_enrolment(enrolment, day)
    note = nfc(note)[:500]
    with transaction.atomic():
        record = AttendanceRecord.objects.select_for_update().filter(enrolment=enrolment, day=day).first()
        if record is None:
            return None
        record.note = note
        record.save(update_fields=["note"])
        return record


def mark_all_present(day: SessionDay, *, acting_user: User) -> int:
    """Mark present every confirmed trainee who has no record for the day yet; returns how many were marked.

    Records already taken (by a colleague, a QR scan, an import) are left as they are.
    """
    require_manager(day.session, acting_user)
    now = timezone.now()
    missing = list(
        Enrolment.objects.filter(session_id=day.session_id, status=EnrolmentStatus.CONFIRMED)
        .exclude(attendance_records__day=day)
        .values_list("pk", flat=True)
    )
    records = [
        AttendanceRecord(
            enrolment_id=enrolment_id,
            day=day,
            status=AttendanceStatus.PRESENT,
            method=AttendanceMethod.ROLL_CALL,
            marked_by=acting_user,
            marked_at=now,
        )
        for enrolment_id in missing
    ]
    # ignore_conflicts: a record written meanwhile by someone else is theirs to keep, not an error.
    AttendanceRecord.objects.bulk_create(records, ignore_conflicts=True, batch_size=500)
    pagecache.touch(pagecache.session_tag(day.session_id))  # bulk_create sends no post_save: the dashboards
    return len(records)


# --- QR self check-in ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckInResult:
    record: AttendanceRecord
    changed: bool  # False when the trainee had already checked in (scanning twice changes nothing)

    @property
    def status(self) -> str:
        return self.record.status


def day_start(day: SessionDay) -> datetime:
    return timezone.make_aware(datetime.combine(day.date, day.start_time), timezone.get_current_timezone())


def check_in_status(day: SessionDay, policy: AttendancePolicy, moment: datetime) -> str:
    """Present until the day's start plus the session's grace period, late after it."""
    deadline = day_start(day) + timedelta(minutes=policy.late_grace_minutes)
    return AttendanceStatus.LATE if moment > deadline else AttendanceStatus.PRESENT


def validate_code(day: SessionDay, code: str, *, now: datetime) -> None:
    """Refuse a forged code, a code of another session or day, or an expired one (CheckInError)."""
    try:
        content = read_code(code)
    except signing.BadSignature:
        raise CheckInError(
            "forged", _("This check-in code is not valid. Scan the code on the trainer's screen again.")
        ) from None
    if content.session_id != day.session_id:
        raise CheckInError("other_session", _("This check-in code belongs to another session."))
    if content.day_id != day.pk:
        raise CheckInError("other_day", _("This check-in code belongs to another day of the session."))
    if not content.is_current(now):
        raise CheckInError(
            "expired", _("This check-in code has expired. Scan the code on the trainer's screen again.")
        )
    if timezone.localtime(now).date() != day.date:
        raise CheckInError(
            "other_day",
            _("Check-in for this day is only open on %(date)s.") % {"date": date_format(day.date, "d/m/Y")},
        )


def check_in_with_code(
    day: SessionDay, code: str, *, user: User, now: datetime | None = None
) -> CheckInResult:
    """A confirmed trainee checks in with a code from the trainer's screen: present, or late after the grace.

    `now` is when the code was scanned (a trainee who had to sign in first keeps their scan time). A second
    scan never changes a present or late record, so it can neither downgrade nor duplicate anything.
    """
    now = now or timezone.now()
    validate_code(day, code, now=now)
    enrolment = Enrolment.objects.filter(session_id=day.session_id, user=user).first()
    if enrolment is None or enrolment.status != EnrolmentStatus.CONFIRMED:
        raise CheckInError(
            "not_enrolled",
            _("You are not on the list of confirmed trainees of this session, so you cannot check in."),
        )
    policy = AttendancePolicy.for_session(day.session)
    status = check_in_status(day, policy, now)
    outcome = {"changed": False}

    def write() -> AttendanceRecord:
        record = AttendanceRecord.objects.select_for_update().filter(enrolment=enrolment, day=day).first()
        if record is not None and record.status in ATTENDED_STATUSES:
            outcome["changed"] = False
            return record
        values = {
            "status": status,
            "method": AttendanceMethod.QR,
            "marked_by": user,
            "marked_at": now,
        }
        if record is None:
            record = AttendanceRecord.objects.create(enrolment=enrolment, day=day, **values)
        else:
            for field, value in values.items():
                setattr(record, field, value)
            record.save(update_fields=list(values))
        outcome["changed"] = True
        return record

    record = _with_retry(write)
    return CheckInResult(record=record, changed=outcome["changed"])


def check_in_with_short_code(
    code: str, *, user: User, now: datetime | None = None
) -> tuple[SessionDay, CheckInResult]:
    """A trainee whose phone cannot scan types the short code shown under the QR code: the same check-in as a
    scan, for whichever day today of their confirmed sessions the code belongs to."""
    now = now or timezone.now()
    # Six digits can be guessed by trying them all: a trainee gets a few wrong codes, then waits.
    budget = {
        "key": f"attendance:short-code:{user.pk}",
        "limit": settings.ATTENDANCE_SHORT_CODE_TRIES,
        "seconds": SHORT_CODE_PAUSE_SECONDS,
        "now": now,
    }
    if spent(**budget):
        raise CheckInError(
            "too_many_tries",
            _(
                "Too many wrong codes: wait up to ten minutes before typing a code again, or ask the trainer to mark "
                "you present."
            ),
        )
    days = {
        day.pk: day
        for day in SessionDay.objects.filter(
            date=timezone.localtime(now).date(),
            session__enrolments__user=user,
            session__enrolments__status=EnrolmentStatus.CONFIRMED,
        ).select_related("session__course")
    }
    match = match_short_code(code, day_ids=sorted(days), now=now)
    if match is None:
        spend(**budget)
        raise CheckInError(
            "short_code",
            _(
                "This code is not valid for your sessions today or has expired: type the code now shown on the "
                "trainer's screen."
            ),
        )
    day_id, window = match
    day = days[day_id]
    signed = make_code(session_id=day.session_id, day_id=day.pk, now=window_start(window))
    return day, check_in_with_code(day, signed, user=user, now=now)


# --- rules ---------------------------------------------------------------------------------------------


def update_policy(
    session: TrainingSession,
    *,
    acting_user: User,
    late_grace_minutes: int,
    excused_counts: bool,
    online_min_minutes: int,
) -> AttendancePolicy:
    """Set a session's attendance rules (grace period, excused rule, online minimum)."""
    require_manager(session, acting_user)
    policy, _created = AttendancePolicy.objects.update_or_create(
        session=session,
        defaults={
            "late_grace_minutes": late_grace_minutes,
            "excused_counts": excused_counts,
            "online_min_minutes": online_min_minutes,
        },
    )
    return policy
