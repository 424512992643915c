"""Reads of attendance with their joins baked in: a constant number of queries whatever the class size."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db import connection
from django.db.models import Count, Prefetch, QuerySet, prefetch_related_objects
from django.utils import timezone

from courses.models import Enrolment, EnrolmentStatus, SessionDay, SessionStatus, TrainingSession
from courses.nominations.letters import letter_settings
from courses.selectors import sessions_visible_to
from lms.people.selectors import person_ordering
from lms.text import fold, sort_people, vietnamese_date

from .models import ATTENDED_STATUSES, AttendancePolicy, AttendanceRecord, AttendanceStatus
from .pdf import SheetPerson, SignInSheet
from .rates import Rate, attendance_rate, day_rate

STATUS_ORDER = [
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
]


def in_official_order(queryset: QuerySet[Enrolment]) -> list[Enrolment]:
    """Enrolments in the official order of their people (ICU collation in PostgreSQL, the key in Python)."""
    if connection.vendor == "postgresql":
        return list(queryset.order_by(*person_ordering(prefix="user__"), "pk"))
    return sort_people(list(queryset), get=lambda enrolment: enrolment.user)


def confirmed_enrolments(session: TrainingSession) -> list[Enrolment]:
    return in_official_order(
        Enrolment.objects.filter(session=session, status=EnrolmentStatus.CONFIRMED).select_related(
            "user", "user__organisation"
        )
    )


def policy_of(session: TrainingSession) -> AttendancePolicy:
    return AttendancePolicy.for_session(session)


# --- admin: what a trainer may open --------------------------------------------------------------------


def managed_sessions(user) -> QuerySet[TrainingSession]:
    """Sessions whose attendance the person takes (all for managers, their own for trainers), newest first."""
    return (
        sessions_visible_to(user)
        .exclude(status__in=[SessionStatus.DRAFT, SessionStatus.CANCELLED])
        .with_dates()
        .with_counts()
        .annotate(day_count=Count("days", distinct=True))
        .order_by("-starts_on", "code")
    )


# --- roll call -----------------------------------------------------------------------------------------


@dataclass
class RollCallRow:
    enrolment: Enrolment
    record: AttendanceRecord | None
    search: str  # folded name, e-mail and work unit, for the search box
    confirmed: bool = True

    @property
    def user(self):
        return self.enrolment.user

    @property
    def status(self) -> str:
        return self.record.status if self.record else ""

    @property
    def marked(self) -> str:
        return record_payload(self.record, enrolment_id=self.enrolment.pk)["marked"]


@dataclass
class RollCall:
    day: SessionDay
    session: TrainingSession
    policy: AttendancePolicy
    rows: list[RollCallRow]
    former: list[RollCallRow]  # people no longer confirmed who keep a record for this day
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def taken(self) -> int:
        return sum(1 for row in self.rows if row.record is not None)


def _search_text(user) -> str:
    return fold(f"{user.full_name} {user.email} {user.work_unit}")


def roll_call(day: SessionDay) -> RollCall:
    """Every confirmed trainee of the day's session in the official order, with their record for the day."""
    session = day.session
    enrolments = confirmed_enrolments(session)
    records = {
        record.enrolment_id: record
        for record in AttendanceRecord.objects.filter(day=day).select_related("marked_by")
    }
    rows = [
        RollCallRow(
            enrolment=enrolment, record=records.pop(enrolment.pk, None), search=_search_text(enrolment.user)
        )
        for enrolment in enrolments
    ]
    if records:
        # Records of people no longer confirmed (one more query, only when there are any).
        leavers = Enrolment.objects.filter(pk__in=list(records)).select_related("user__organisation")
        for enrolment in leavers:
            records[enrolment.pk].enrolment = enrolment
    former = sort_people(
        [
            RollCallRow(
                enrolment=record.enrolment,
                record=record,
                search=_search_text(record.enrolment.user),
                confirmed=False,
            )
            for record in records.values()
        ],
        get=lambda row: row.enrolment.user,
    )
    counts = dict.fromkeys(AttendanceStatus.values, 0)
    for row in rows:
        if row.record is not None:
            counts[row.record.status] += 1
    counts["none"] = sum(1 for row in rows if row.record is None)
    return RollCall(
        day=day, session=session, policy=policy_of(session), rows=rows, former=former, counts=counts
    )


def record_payload(record: AttendanceRecord | None, *, enrolment_id: int) -> dict:
    """What the roll-call screen needs to redraw one row."""
    if record is None:
        return {"enrolment": enrolment_id, "status": "", "note": "", "marked": ""}
    marked_by = record.marked_by.full_name if record.marked_by_id and record.marked_by else ""
    return {
        "enrolment": enrolment_id,
        "status": record.status,
        "note": record.note,
        "method": record.method,
        "marked": " · ".join(
            part
            for part in (
                timezone.localtime(record.marked_at).strftime("%H:%M %d/%m"),
                str(record.get_method_display()),
                marked_by,
            )
            if part
        ),
    }


def day_records_payload(day: SessionDay) -> list[dict]:
    records = AttendanceRecord.objects.filter(day=day).select_related("marked_by")
    return [record_payload(record, enrolment_id=record.enrolment_id) for record in records]


def checked_in(day: SessionDay, *, limit: int = 8) -> dict:
    """The live counter of the QR screen: how many confirmed trainees attend, and the latest arrivals."""
    confirmed = Enrolment.objects.filter(session_id=day.session_id, status=EnrolmentStatus.CONFIRMED).count()
    attended = AttendanceRecord.objects.filter(
        day=day, status__in=ATTENDED_STATUSES, enrolment__status=EnrolmentStatus.CONFIRMED
    )
    latest = attended.select_related("enrolment__user").order_by("-marked_at", "-pk")[:limit]
    return {
        "count": attended.count(),
        "confirmed": confirmed,
        "latest": [
            {
                "name": record.enrolment.user.full_name,
                "status": record.status,
                "time": timezone.localtime(record.marked_at).strftime("%H:%M"),
            }
            for record in latest
        ],
    }


# --- the register: rates per trainee and per day ------------------------------------------------------


@dataclass
class RegisterRow:
    enrolment: Enrolment
    cells: list[str | None]  # the status for each planned day, None when not taken
    rate: Rate
    below: bool

    @property
    def user(self):
        return self.enrolment.user


@dataclass
class RegisterDay:
    day: SessionDay
    taken: bool
    counts: dict[str, int]
    rate: float


@dataclass
class Register:
    session: TrainingSession
    policy: AttendancePolicy
    days: list[RegisterDay]
    rows: list[RegisterRow]

    @property
    def below_count(self) -> int:
        return sum(1 for row in self.rows if row.below)


def session_register(session: TrainingSession) -> Register:
    """Rates of every confirmed trainee over the session's planned days, and of every day (4 queries)."""
    policy = policy_of(session)
    days = list(SessionDay.objects.filter(session=session).order_by("date", "start_time"))
    enrolments = confirmed_enrolments(session)
    statuses: dict[tuple[int, int], str] = {
        (enrolment_id, day_id): status
        for enrolment_id, day_id, status in AttendanceRecord.objects.filter(
            day__session=session, enrolment__status=EnrolmentStatus.CONFIRMED
        ).values_list("enrolment_id", "day_id", "status")
    }
    rows = []
    for enrolment in enrolments:
        cells = [statuses.get((enrolment.pk, day.pk)) for day in days]
        rate = attendance_rate(cells, planned_days=len(days), excused_counts=policy.excused_counts)
        rows.append(
            RegisterRow(
                enrolment=enrolment, cells=cells, rate=rate, below=rate.below(session.attendance_threshold)
            )
        )
    register_days = []
    for index, day in enumerate(days):
        column = [row.cells[index] for row in rows]
        counts = {status: sum(1 for cell in column if cell == status) for status in AttendanceStatus.values}
        register_days.append(
            RegisterDay(
                day=day,
                taken=any(cell is not None for cell in column),
                counts=counts,
                rate=day_rate(column, confirmed=len(rows), excused_counts=policy.excused_counts),
            )
        )
    return Register(session=session, policy=policy, days=register_days, rows=rows)


# --- the trainee's own record -------------------------------------------------------------------------


@dataclass
class MyAttendance:
    session: TrainingSession
    days: list[tuple[SessionDay, str | None]]
    rate: Rate
    threshold: int
    excused_counts: bool

    @property
    def below(self) -> bool:
        return self.rate.below(self.threshold)

    @property
    def taken(self) -> int:
        return sum(1 for _day, status in self.days if status)


def attendance_summary_for(
    user, *, today: date | None = None, enrolments: list[Enrolment] | None = None
) -> list[MyAttendance]:
    """A trainee's attendance in each session they are confirmed in that has started, or where they have a
    mark (3 queries; 2 when the dashboard passes the `enrolments` it read, with their sessions and days)."""
    if not getattr(user, "is_authenticated", False):
        return []
    today = today or timezone.localdate()
    if enrolments is None:
        enrolments = list(
            Enrolment.objects.filter(user=user, status=EnrolmentStatus.CONFIRMED)
            .exclude(session__status=SessionStatus.CANCELLED)
            .select_related("session__course")
            .prefetch_related(
                Prefetch("session__days", queryset=SessionDay.objects.order_by("date", "start_time"))
            )
        )
    confirmed = [
        e
        for e in enrolments
        if e.status == EnrolmentStatus.CONFIRMED and e.session.status != SessionStatus.CANCELLED
    ]
    statuses = {
        (enrolment_id, day_id): status
        for enrolment_id, day_id, status in AttendanceRecord.objects.filter(
            enrolment__in=[enrolment.pk for enrolment in confirmed]
        ).values_list("enrolment_id", "day_id", "status")
    }
    marked = {enrolment_id for enrolment_id, _day_id in statuses}
    enrolments = [
        e for e in confirmed if e.pk in marked or any(day.date <= today for day in e.session.days.all())
    ]
    prefetch_related_objects([e.session for e in enrolments], "attendance_policy")
    summaries = []
    for enrolment in enrolments:
        session = enrolment.session
        policy = policy_of(session)
        days = [(day, statuses.get((enrolment.pk, day.pk))) for day in session.days.all()]
        summaries.append(
            MyAttendance(
                session=session,
                days=days,
                rate=attendance_rate(
                    [status for _day, status in days],
                    planned_days=len(days),
                    excused_counts=policy.excused_counts,
                ),
                threshold=session.attendance_threshold,
                excused_counts=policy.excused_counts,
            )
        )
    summaries.sort(key=lambda item: item.days[0][0].date if item.days else date.min, reverse=True)
    return summaries


def sign_in_sheet(day: SessionDay):
    """The data of a day's sign-in sheet: the confirmed trainees in the official order."""

    session = day.session
    # The organisers of the sessions are the ones who send the invitation letters: one setting for both.
    organiser = letter_settings()
    return SignInSheet(
        organiser=organiser.issuing_body,
        parent_body=organiser.parent_body,
        place=organiser.place,
        session_code=session.code,
        session_title=session.title,
        course_title=session.course.title,
        date_text=vietnamese_date(day.date),
        hours=f"{day.start_time:%H:%M}–{day.end_time:%H:%M}",
        topic=day.topic,
        venue=session.venue,
        people=[
            SheetPerson(full_name=enrolment.user.full_name, organisation=enrolment.user.work_unit)
            for enrolment in confirmed_enrolments(session)
        ],
    )
