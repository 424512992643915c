"""The annual programme report: the year (or any date range) against the plan, who was trained, per session and
per group.

A year's report takes the sessions of that programme year (`TrainingSession.year`: "Khóa 1/2026"), so the
plan and the sessions meant to meet it line up even before their days are set. A date range takes the
sessions whose first day falls within it (each session counts in one period only; a session without days is
in no range), and its target is pro-rated: each year's planned sessions times the share of that year's days
inside the range, summed (1/7/2025-30/6/2026 with 3 planned in 2025 and 2 in 2026: 3 x 184/365 + 2 x 181/365
= 2.5). The report states the years' targets and the shares it used. A range that is exactly a calendar year
is that year's report.

Every figure is an aggregate query (a handful in all, whatever the number of enrolments and attendance
records). Trainees are the confirmed enrolments of the year's sessions (cancelled sessions left out):
- attended: present or late on at least one day;
- completed: present or late on at least the session's attendance threshold of its days, in a completed
  session (the quiz, where required, shows in "certified");
- certified: holding a valid certificate for that enrolment.
Certificates are counted by the year they were issued in, with the work unit their snapshot states.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import connections, transaction
from django.db.models import Count, Min, Q, QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.models import Certificate
from courses.attendance.models import AttendancePolicy, AttendanceRecord, AttendanceStatus
from courses.models import Enrolment, EnrolmentStatus, SessionDay, SessionStatus, TrainingSession
from courses.quizzes.models import QuizAttempt
from handbook.models import HandbookEdition
from lms.dbrouter import read_alias
from lms.people.models import AdministrativeLevel, Organisation, TraineeCategory, User

from .coverage import percent
from .models import ProgrammeYear

ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


@dataclass
class GroupFigures:
    label: str
    enrolled: int
    attended: int
    completed: int
    certified: int


@dataclass
class SessionFigures:
    code: str
    title: str
    course: str
    status: str
    held: bool
    enrolled: int
    days: int
    attendance_percent: Decimal
    quiz_takers: int
    quiz_passed: int
    quiz_pass_percent: Decimal


@dataclass(frozen=True)
class Period:
    """What a report covers: a programme year, or the days from `start` to `end` (both included)."""

    start: dt.date
    end: dt.date
    year: int | None = None

    @classmethod
    def of_year(cls, year: int) -> Period:
        return cls(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), year=year)

    @classmethod
    def between(cls, start: dt.date, end: dt.date) -> Period:
        if end < start:
            raise ValueError("the range ends before it starts")
        if start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
            return cls.of_year(start.year)
        return cls(start=start, end=end)

    @property
    def label(self) -> str:
        if self.year is not None:
            return str(self.year)
        return f"{self.start:%d/%m/%Y}–{self.end:%d/%m/%Y}"

    @property
    def slug(self) -> str:
        return str(self.year) if self.year is not None else f"{self.start:%Y-%m-%d}-den-{self.end:%Y-%m-%d}"

    def moments(self) -> tuple[dt.datetime, dt.datetime]:
        """The range as aware datetimes [first moment, moment after the last day), in the site's zone."""
        first = timezone.make_aware(dt.datetime.combine(self.start, dt.time.min))
        after = timezone.make_aware(dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time.min))
        return first, after

    def within(self, field_name: str) -> Q:
        first, after = self.moments()
        return Q(**{f"{field_name}__gte": first, f"{field_name}__lt": after})


@dataclass
class PlanShare:
    """One year's target and how much of it a period takes: its days inside the period over the year's days."""

    year: int
    planned: int
    days: int
    year_days: int


@dataclass
class AnnualReport:
    year: int | None
    start: dt.date
    end: dt.date
    planned_sessions: Decimal
    sessions_held: int
    sessions_total: int
    sessions: list[SessionFigures]
    totals: GroupFigures
    by_category: list[GroupFigures]
    by_level: list[GroupFigures]
    by_province: list[GroupFigures]
    certificates_issued: int
    certificates_revoked: int
    certificates_by_unit: list[tuple[str, int]] = field(default_factory=list)
    handbook_editions: int = 0
    plan_shares: list[PlanShare] = field(default_factory=list)

    @property
    def held_percent(self) -> Decimal:
        return percent(self.sessions_held, self.planned_sessions)

    @property
    def period(self) -> Period:
        return Period(start=self.start, end=self.end, year=self.year)

    @property
    def title(self) -> str:
        if self.year is not None:
            return _("Programme report %(year)s") % {"year": self.year}
        return _("Programme report from %(start)s to %(end)s") % {
            "start": f"{self.start:%d/%m/%Y}",
            "end": f"{self.end:%d/%m/%Y}",
        }

    @property
    def scope_note(self) -> str:
        """How the report chose its sessions and its target, stated on the screen, the XLSX and the PDF."""
        if self.year is not None:
            return _(
                "Sessions of the programme year %(year)s (cancelled sessions left out); "
                "target: the year's plan, %(planned)s sessions."
            ) % {"year": self.year, "planned": _number(self.planned_sessions)}
        shares = "; ".join(
            _("%(year)s: %(planned)s planned × %(days)s/%(year_days)s days")
            % {"year": item.year, "planned": item.planned, "days": item.days, "year_days": item.year_days}
            for item in self.plan_shares
        )
        return _(
            "Sessions whose first day falls in the period (cancelled sessions left out); target pro-rated "
            "by the period's days in each year (%(shares)s) = %(planned)s sessions."
        ) % {"shares": shares, "planned": _number(self.planned_sessions)}

    def as_dict(self) -> dict:
        """The figures as JSON-ready data: exactly what the screen shows."""
        data = asdict(self)
        data["start"] = self.start.isoformat()
        data["end"] = self.end.isoformat()
        data["planned_sessions"] = float(self.planned_sessions)
        data["held_percent"] = float(self.held_percent)
        data["scope_note"] = self.scope_note
        for item in data["sessions"]:
            item["attendance_percent"] = float(item["attendance_percent"])
            item["quiz_pass_percent"] = float(item["quiz_pass_percent"])
        data["certificates_by_unit"] = [list(item) for item in self.certificates_by_unit]
        return data


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


def planned_sessions(year: int) -> int:
    """The year's target: the manager's figure, else PROGRAMME_PLANNED_SESSIONS."""
    plan = ProgrammeYear.objects.filter(year=year).values_list("planned_sessions", flat=True).first()
    return plan if plan is not None else settings.PROGRAMME_PLANNED_SESSIONS


def planned_for(period: Period) -> tuple[Decimal, list[PlanShare]]:
    """The period's target: the year's plan, or each year's plan pro-rated by its days in the range."""
    plans = dict(
        ProgrammeYear.objects.filter(year__gte=period.start.year, year__lte=period.end.year).values_list(
            "year", "planned_sessions"
        )
    )
    shares = []
    for year in range(period.start.year, period.end.year + 1):
        first, last = max(period.start, dt.date(year, 1, 1)), min(period.end, dt.date(year, 12, 31))
        year_days = (dt.date(year, 12, 31) - dt.date(year, 1, 1)).days + 1
        planned = plans.get(year, settings.PROGRAMME_PLANNED_SESSIONS)
        shares.append(
            PlanShare(year=year, planned=planned, days=(last - first).days + 1, year_days=year_days)
        )
    total = sum((Decimal(item.planned * item.days) / item.year_days for item in shares), Decimal(0))
    total = total.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return (total.to_integral_value() if total == total.to_integral_value() else total), shares


def period_sessions(period: Period) -> QuerySet[TrainingSession]:
    """The period's sessions, cancelled ones left out: the programme year's, or those starting in the range."""
    sessions = TrainingSession.objects.exclude(status=SessionStatus.CANCELLED)
    if period.year is not None:
        return sessions.filter(year=period.year)
    starting = (
        SessionDay.objects.order_by()
        .values("session")
        .annotate(first_day=Min("date"))
        .filter(first_day__gte=period.start, first_day__lte=period.end)
        .values("session")
    )
    return sessions.filter(pk__in=starting)


def period_enrolments(period: Period) -> QuerySet[Enrolment]:
    return Enrolment.objects.filter(
        session__in=period_sessions(period).values("pk"), status=EnrolmentStatus.CONFIRMED
    )


# The trainee figures in one statement: every enrolment of the period is read once and its attendance records
# once (a hash aggregate, not a subquery per enrolment); the result is grouped by category, level and province
# together, so the totals and the three breakdowns are sums over a few hundred grouped rows. Standard SQL
# (common table expressions): the same on PostgreSQL and SQLite.
_GROUPS_SQL = """
WITH pe AS (
    SELECT e.id, e.user_id, e.session_id, s.status AS session_status, s.attendance_threshold AS threshold,
           COALESCE(p.excused_counts, [excused_default]) AS excused_counts
    FROM {enrolment} e
    JOIN {session} s ON s.id = e.session_id
    LEFT JOIN {policy} p ON p.session_id = s.id
    WHERE e.status = [confirmed] AND e.session_id IN ({sessions})
),
planned AS (
    SELECT d.session_id, COUNT(*) AS days FROM {day} d
    WHERE d.session_id IN (SELECT session_id FROM pe) GROUP BY d.session_id
),
marks AS (
    SELECT a.enrolment_id,
           SUM(CASE WHEN a.status IN ([present], [late]) THEN 1 ELSE 0 END) AS attended_days,
           SUM(CASE WHEN a.status = [excused] THEN 1 ELSE 0 END) AS excused_days
    FROM {record} a WHERE a.enrolment_id IN (SELECT id FROM pe)
    GROUP BY a.enrolment_id
),
flags AS (
    SELECT pe.user_id,
           CASE WHEN COALESCE(m.attended_days, 0) > 0 THEN 1 ELSE 0 END AS attended,
           CASE WHEN pe.session_status = [completed_status] AND COALESCE(pl.days, 0) > 0
                 AND (COALESCE(m.attended_days, 0)
                      + CASE WHEN pe.excused_counts THEN COALESCE(m.excused_days, 0) ELSE 0 END) * 100
                     >= pe.threshold * pl.days
                THEN 1 ELSE 0 END AS completed,
           CASE WHEN EXISTS (
               SELECT 1 FROM {certificate} c WHERE c.enrolment_id = pe.id AND c.revoked_at IS NULL
           ) THEN 1 ELSE 0 END AS certified
    FROM pe
    LEFT JOIN marks m ON m.enrolment_id = pe.id
    LEFT JOIN planned pl ON pl.session_id = pe.session_id
)
SELECT u.trainee_category, o1.level_id, COALESCE(o3.id, o2.id, o1.id),
       COUNT(*), SUM(f.attended), SUM(f.completed), SUM(f.certified)
FROM flags f
JOIN {user} u ON u.id = f.user_id
LEFT JOIN {organisation} o1 ON o1.id = u.organisation_id
LEFT JOIN {organisation} o2 ON o2.id = o1.parent_id
LEFT JOIN {organisation} o3 ON o3.id = o2.parent_id
GROUP BY u.trainee_category, o1.level_id, COALESCE(o3.id, o2.id, o1.id)
"""
_VALUE = re.compile(r"\[(\w+)\]")


def _group_rows(period: Period) -> list[tuple]:
    """(category, level name, province name, enrolled, attended, completed, certified) per group of trainees.

    Attended: present or late on at least one day. Completed: in a completed session, attended (present,
    late, or excused where the session's rule counts it, as the attendance rate applies it; no rules row:
    the default) on at least the session's threshold of its planned days. Certified: holding a valid
    certificate for that enrolment. The province is the top of the user's unit chain (`province_of_user`).
    """
    sessions_sql, sessions_params = period_sessions(period).values("pk").query.sql_with_params()
    values = {
        "excused_default": AttendancePolicy.DEFAULT_EXCUSED_COUNTS,
        "confirmed": EnrolmentStatus.CONFIRMED,
        "present": AttendanceStatus.PRESENT,
        "late": AttendanceStatus.LATE,
        "excused": AttendanceStatus.EXCUSED,
        "completed_status": SessionStatus.COMPLETED,
    }
    template = _GROUPS_SQL.format(
        sessions="{sessions}",
        enrolment=Enrolment._meta.db_table,
        session=TrainingSession._meta.db_table,
        policy=AttendancePolicy._meta.db_table,
        day=SessionDay._meta.db_table,
        record=AttendanceRecord._meta.db_table,
        certificate=Certificate._meta.db_table,
        user=User._meta.db_table,
        organisation=Organisation._meta.db_table,
    )
    head, tail = template.split("{sessions}")
    params: list = []

    def placeholder(match: re.Match) -> str:
        params.append(values[match.group(1)])
        return "%s"

    sql = _VALUE.sub(placeholder, head)
    params.extend(sessions_params)
    sql += sessions_sql + _VALUE.sub(placeholder, tail)
    alias = read_alias()  # the replica inside a report screen (lms.dbrouter), else the primary
    with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
        if connections[alias].vendor == "postgresql":
            # Why: the planner's row estimates for these joined aggregates are far too high, which switches on
            # JIT compilation; compiling costs more than running the statement (seconds at 1M records).
            cursor.execute("SET LOCAL jit = off")
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    # Grouped by ids (integers sort fast); the names come from two small lookups.
    levels = dict(
        AdministrativeLevel.objects.filter(pk__in={row[1] for row in rows}).values_list("pk", "name")
    )
    units = dict(Organisation.objects.filter(pk__in={row[2] for row in rows}).values_list("pk", "name"))
    return [
        (row[0], levels.get(row[1]), units.get(row[2]), *(int(value or 0) for value in row[3:]))
        for row in rows
    ]


def _sum_by(rows: list[tuple], index: int | None) -> list[dict]:
    """Sum the grouped rows by one of their keys (None: all of them)."""
    sums: dict = {}
    for row in rows:
        total = sums.setdefault(row[index] if index is not None else None, [0, 0, 0, 0])
        for position in range(4):
            total[position] += row[3 + position]
    return [
        {
            "group": key,
            "enrolled": enrolled,
            "attended": attended,
            "completed": completed,
            "certified": certified,
        }
        for key, (enrolled, attended, completed, certified) in sums.items()
    ]


def _groups(rows: list[dict], labels: dict | None = None) -> list[GroupFigures]:
    unknown = _("Not stated")
    figures = [
        GroupFigures(
            label=str((labels or {}).get(row["group"], row["group"]) or unknown),
            enrolled=row["enrolled"],
            attended=row["attended"],
            completed=row["completed"],
            certified=row["certified"],
        )
        for row in rows
    ]
    return sorted(figures, key=lambda item: (-item.enrolled, item.label))


def _per_session(queryset, key: str, **aggregates) -> dict[int, dict]:
    return {row[key]: row for row in queryset.order_by().values(key).annotate(**aggregates)}


def _session_figures(period: Period) -> list[SessionFigures]:
    """Per session of the period: enrolled, days, attendance and quiz pass rates (one grouped query each)."""
    sessions = list(period_sessions(period).select_related("course").order_by("code"))
    ids = [session.pk for session in sessions]
    enrolled = _per_session(
        Enrolment.objects.filter(session__in=ids, status=EnrolmentStatus.CONFIRMED), "session", n=Count("pk")
    )
    days = _per_session(SessionDay.objects.filter(session__in=ids), "session", n=Count("pk"))
    present = _per_session(
        AttendanceRecord.objects.filter(
            enrolment__session__in=ids, enrolment__status=EnrolmentStatus.CONFIRMED, status__in=ATTENDED
        ),
        "enrolment__session",
        n=Count("pk"),
    )
    quizzes = _per_session(
        QuizAttempt.objects.filter(session__in=ids, submitted_at__isnull=False),
        "session",
        takers=Count("user", distinct=True),
        passers=Count("user", distinct=True, filter=Q(passed=True)),
    )
    figures = []
    for session in sessions:
        confirmed = enrolled.get(session.pk, {}).get("n", 0)
        day_count = days.get(session.pk, {}).get("n", 0)
        quiz = quizzes.get(session.pk, {})
        takers, passers = quiz.get("takers", 0), quiz.get("passers", 0)
        figures.append(
            SessionFigures(
                code=session.code,
                title=session.title,
                course=session.course.title,
                status=str(session.get_status_display()),
                held=session.status == SessionStatus.COMPLETED,
                enrolled=confirmed,
                days=day_count,
                attendance_percent=percent(present.get(session.pk, {}).get("n", 0), confirmed * day_count),
                quiz_takers=takers,
                quiz_passed=passers,
                quiz_pass_percent=percent(passers, takers),
            )
        )
    return figures


def province_of_user() -> Coalesce:
    """The user's province: the top of their unit's chain (a commune's, a department's or its own)."""
    return Coalesce(
        "user__organisation__parent__parent__name",
        "user__organisation__parent__name",
        "user__organisation__name",
    )


def annual_report(
    year: int | None = None, *, start: dt.date | None = None, end: dt.date | None = None
) -> AnnualReport:
    """Everything the programme reports for a year, or for the days from `start` to `end`, from aggregate
    queries only."""
    if year is not None:
        period = Period.of_year(year)
    elif start is not None and end is not None:
        period = Period.between(start, end)
    else:
        raise ValueError("annual_report needs a year, or a start and an end")
    sessions = _session_figures(period)
    groups = _group_rows(period)
    totals = (
        _sum_by(groups, None)[0] if groups else {"enrolled": 0, "attended": 0, "completed": 0, "certified": 0}
    )
    totals.pop("group", None)
    if period.year is not None:
        issued = Certificate.objects.filter(year=period.year)
        revoked = Certificate.objects.filter(revoked_at__year=period.year)
        editions = HandbookEdition.objects.filter(finished_at__year=period.year)
    else:
        issued = Certificate.objects.filter(period.within("issued_at"))
        revoked = Certificate.objects.filter(period.within("revoked_at"))
        editions = HandbookEdition.objects.filter(period.within("finished_at"))
    by_unit = list(
        issued.order_by()
        .values("organisation")
        .annotate(n=Count("pk"))
        .order_by("-n", "organisation")
        .values_list("organisation", "n")
    )
    planned, shares = planned_for(period)
    return AnnualReport(
        year=period.year,
        start=period.start,
        end=period.end,
        planned_sessions=planned,
        plan_shares=shares,
        sessions_held=sum(1 for item in sessions if item.held),
        sessions_total=len(sessions),
        sessions=sessions,
        totals=GroupFigures(label=_("Total"), **totals),
        by_category=_groups(_sum_by(groups, 0), dict(TraineeCategory.choices)),
        by_level=_groups(_sum_by(groups, 1)),
        by_province=_groups(_sum_by(groups, 2)),
        certificates_issued=issued.count(),
        certificates_revoked=revoked.count(),
        certificates_by_unit=[(unit or _("Not stated"), count) for unit, count in by_unit],
        handbook_editions=editions.filter(status=HandbookEdition.Status.READY).count(),
    )
