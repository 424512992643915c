"""The annual programme report: the year against the plan, who was trained, per session and per group.

Every figure is an aggregate query (a handful in all, whatever the number of enrolments and attendance
records). Trainees are the confirmed enrolments of the year's sessions (cancelled sessions left out):
- attended: present or late on at least one day;
- completed: present or late on at least the session's attendance threshold of its days, in a completed
  session (the quiz, where required, shows in "certified");
- certified: holding a valid certificate for that enrolment.
Certificates are counted by the year they were issued in, with the work unit their snapshot states.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from certificates.models import Certificate
from courses.attendance.models import AttendancePolicy, AttendanceRecord, AttendanceStatus
from courses.models import Enrolment, EnrolmentStatus, SessionDay, SessionStatus, TrainingSession
from courses.quizzes.models import QuizAttempt
from handbook.models import HandbookEdition
from lms.people.models import TraineeCategory

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


@dataclass
class AnnualReport:
    year: int
    planned_sessions: int
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

    @property
    def held_percent(self) -> Decimal:
        return percent(self.sessions_held, self.planned_sessions)

    def as_dict(self) -> dict:
        """The figures as JSON-ready data: exactly what the screen shows."""
        data = asdict(self)
        data["held_percent"] = float(self.held_percent)
        for item in data["sessions"]:
            item["attendance_percent"] = float(item["attendance_percent"])
            item["quiz_pass_percent"] = float(item["quiz_pass_percent"])
        data["certificates_by_unit"] = [list(item) for item in self.certificates_by_unit]
        return data


def planned_sessions(year: int) -> int:
    """The year's target: the manager's figure, else PROGRAMME_PLANNED_SESSIONS."""
    plan = ProgrammeYear.objects.filter(year=year).values_list("planned_sessions", flat=True).first()
    return plan if plan is not None else settings.PROGRAMME_PLANNED_SESSIONS


def year_sessions(year: int) -> QuerySet[TrainingSession]:
    return TrainingSession.objects.filter(year=year).exclude(status=SessionStatus.CANCELLED)


def year_enrolments(year: int) -> QuerySet[Enrolment]:
    return Enrolment.objects.filter(
        session__in=year_sessions(year).values("pk"), status=EnrolmentStatus.CONFIRMED
    )


def _days_of_session(ref: str) -> Subquery:
    return Subquery(
        SessionDay.objects.filter(session=OuterRef(ref))
        .order_by()
        .values("session")
        .annotate(n=Count("pk"))
        .values("n"),
        output_field=IntegerField(),
    )


def _excused_counts() -> Q:
    """Enrolments whose session counts an excused absence as attended."""
    if AttendancePolicy.DEFAULT_EXCUSED_COUNTS:
        return Q(session__attendance_policy__excused_counts=True) | Q(session__attendance_policy__isnull=True)
    return Q(session__attendance_policy__excused_counts=True)


def _completed_ids(year: int) -> QuerySet[Enrolment]:
    """Enrolments of completed sessions attended (present, late, or excused where the session counts it) on at
    least the threshold of the session's days: the attendance part of the certificate rule, in aggregate."""
    return (
        year_enrolments(year)
        .filter(session__status=SessionStatus.COMPLETED)
        .annotate(
            # The session's excused rule, as the attendance rate applies it (no policy row: the default).
            attended_days=Count(
                "attendance_records",
                filter=Q(attendance_records__status__in=ATTENDED)
                | Q(attendance_records__status=AttendanceStatus.EXCUSED) & _excused_counts(),
            ),
            planned_days=Coalesce(_days_of_session("session"), Value(0)),
        )
        .filter(planned_days__gt=0)
        .alias(
            attended_hundreds=F("attended_days") * 100,
            needed=F("session__attendance_threshold") * F("planned_days"),
        )
        .filter(attended_hundreds__gte=F("needed"))
        .values("pk")
    )


def _group_counts(year: int, key) -> list[dict]:
    attended = AttendanceRecord.objects.filter(enrolment=OuterRef("pk"), status__in=ATTENDED)
    certified = Certificate.objects.valid().filter(enrolment=OuterRef("pk"))
    queryset = year_enrolments(year).annotate(group=key) if key is not None else year_enrolments(year)
    values = queryset.order_by().values("group") if key is not None else queryset.order_by()
    aggregates = {
        "enrolled": Count("pk"),
        "attended": Count("pk", filter=Exists(attended)),
        "completed": Count("pk", filter=Q(pk__in=_completed_ids(year))),
        "certified": Count("pk", filter=Exists(certified)),
    }
    if key is None:
        return [values.aggregate(**aggregates)]
    return list(values.annotate(**aggregates).order_by("group"))


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
    return sorted(figures, key=lambda item: -item.enrolled)


def _session_figures(year: int) -> list[SessionFigures]:
    confirmed = (
        Enrolment.objects.filter(session=OuterRef("pk"), status=EnrolmentStatus.CONFIRMED)
        .order_by()
        .values("session")
        .annotate(n=Count("pk"))
        .values("n")
    )
    present = (
        AttendanceRecord.objects.filter(
            day__session=OuterRef("pk"), status__in=ATTENDED, enrolment__status=EnrolmentStatus.CONFIRMED
        )
        .order_by()
        .values("day__session")
        .annotate(n=Count("pk"))
        .values("n")
    )
    attempts = QuizAttempt.objects.filter(session=OuterRef("pk"), submitted_at__isnull=False).order_by()
    takers = attempts.values("session").annotate(n=Count("user", distinct=True)).values("n")
    passed = (
        attempts.filter(passed=True).values("session").annotate(n=Count("user", distinct=True)).values("n")
    )

    def number(subquery) -> Coalesce:
        return Coalesce(Subquery(subquery, output_field=IntegerField()), Value(0))

    rows = (
        year_sessions(year)
        .annotate(
            enrolled=number(confirmed),
            days_count=Coalesce(_days_of_session("pk"), Value(0)),
            present_count=number(present),
            takers=number(takers),
            passers=number(passed),
        )
        .select_related("course")
        .order_by("code")
    )
    return [
        SessionFigures(
            code=row.code,
            title=row.title,
            course=row.course.title,
            status=str(row.get_status_display()),
            held=row.status == SessionStatus.COMPLETED,
            enrolled=row.enrolled,
            days=row.days_count,
            attendance_percent=percent(row.present_count, row.enrolled * row.days_count),
            quiz_takers=row.takers,
            quiz_passed=row.passers,
            quiz_pass_percent=percent(row.passers, row.takers),
        )
        for row in rows
    ]


def province_of_user() -> Coalesce:
    """The user's province: the top of their unit's chain (a commune's, a department's or its own)."""
    return Coalesce(
        "user__organisation__parent__parent__name",
        "user__organisation__parent__name",
        "user__organisation__name",
    )


def annual_report(year: int) -> AnnualReport:
    """Everything the programme reports for a year, from aggregate queries only."""
    sessions = _session_figures(year)
    totals = _group_counts(year, None)[0]
    issued = Certificate.objects.filter(year=year)
    by_unit = list(
        issued.order_by()
        .values("organisation")
        .annotate(n=Count("pk"))
        .order_by("-n", "organisation")
        .values_list("organisation", "n")
    )
    return AnnualReport(
        year=year,
        planned_sessions=planned_sessions(year),
        sessions_held=sum(1 for item in sessions if item.held),
        sessions_total=len(sessions),
        sessions=sessions,
        totals=GroupFigures(label=_("Total"), **totals),
        by_category=_groups(_group_counts(year, F("user__trainee_category")), dict(TraineeCategory.choices)),
        by_level=_groups(_group_counts(year, F("user__organisation__level__name"))),
        by_province=_groups(_group_counts(year, province_of_user())),
        certificates_issued=issued.count(),
        certificates_revoked=Certificate.objects.filter(revoked_at__year=year).count(),
        certificates_by_unit=[(unit or _("Not stated"), count) for unit, count in by_unit],
        handbook_editions=HandbookEdition.objects.filter(
            status=HandbookEdition.Status.READY, finished_at__year=year
        ).count(),
    )
