"""The admin home by role: what a trainer and a programme manager have to do today.

Each panel's figures come from a fixed handful of aggregate queries, whatever the number of sessions,
enrolments or attendance records (tests grow the data and count the queries).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Case, Count, F, Min, OuterRef, Q, Value, When
from django.utils import timezone
from wagtail.admin.ui.components import Component

from courses.attendance.models import AttendanceRecord
from courses.models import Enrolment, EnrolmentStatus, SessionDay, SessionStatus, TrainingSession
from courses.permissions import is_manager
from lms.outbox.models import OutboxMessage, OutboxStatus
from lms.queries import count_per

from .annual import ATTENDED, planned_sessions
from .coverage import coverage_report

ACTIVE = (SessionStatus.OPEN, SessionStatus.CLOSED, SessionStatus.IN_PROGRESS)
SESSION_LIMIT = 8


def is_trainer(user) -> bool:
    return user.is_authenticated and user.groups.filter(name=settings.ROLE_TRAINERS).exists()


def trainer_sessions(user) -> list[TrainingSession]:
    """The trainer's sessions not yet over: in progress first, then by first day; pending approvals counted."""
    return list(
        TrainingSession.objects.filter(trainers=user, status__in=ACTIVE)
        .annotate(
            starts_on=Min("days__date"),
            pending=count_per(
                Enrolment.objects.filter(session=OuterRef("pk"), status=EnrolmentStatus.PENDING),
                per="session",
            ),
            running=Case(When(status=SessionStatus.IN_PROGRESS, then=Value(0)), default=Value(1)),
        )
        .select_related("course")
        .order_by("running", F("starts_on").asc(nulls_last=True), "pk")[:SESSION_LIMIT]
    )


def trainer_days_on(user, *, today: dt.date) -> list[SessionDay]:
    """The trainer's session days held today, with their session, by start time."""
    return list(
        SessionDay.objects.filter(session__trainers=user, session__status__in=ACTIVE, date=today)
        .select_related("session")
        .order_by("start_time", "pk")
    )


def below_threshold_counts(session_ids: list[int], *, today: dt.date) -> dict[int, int]:
    """Per session: confirmed trainees present or late on fewer than the threshold of the days held so far."""
    held = SessionDay.objects.filter(session=OuterRef("session"), date__lte=today)
    attended = AttendanceRecord.objects.filter(enrolment=OuterRef("pk"), status__in=ATTENDED)
    rows = (
        Enrolment.objects.filter(session__in=session_ids, status=EnrolmentStatus.CONFIRMED)
        .annotate(
            held=count_per(held, per="session"),
            attended=count_per(attended, per="enrolment"),
        )
        .filter(held__gt=0)
        .alias(hundreds=F("attended") * 100, needed=F("session__attendance_threshold") * F("held"))
        .filter(hundreds__lt=F("needed"))
        .order_by()
        .values("session")
        .annotate(n=Count("pk"))
    )
    return {row["session"]: row["n"] for row in rows}


@dataclass
class ManagerFigures:
    pending_total: int
    pending_sessions: list[TrainingSession]
    year: int
    planned: int
    held: int
    scheduled: int
    coverage_total: object
    failed_emails: int


def manager_figures(*, today: dt.date) -> ManagerFigures:
    """Pending approvals across sessions, the year against the plan, coverage and failed e-mails."""
    pending_sessions = list(
        TrainingSession.objects.annotate(
            pending=Count("enrolments", filter=Q(enrolments__status=EnrolmentStatus.PENDING))
        )
        .filter(pending__gt=0)
        .order_by("-pending", "code")[:SESSION_LIMIT]
    )
    pending_total = Enrolment.objects.filter(status=EnrolmentStatus.PENDING).count()
    year_counts = (
        TrainingSession.objects.filter(year=today.year)
        .exclude(status=SessionStatus.CANCELLED)
        .aggregate(held=Count("pk", filter=Q(status=SessionStatus.COMPLETED)), scheduled=Count("pk"))
    )
    return ManagerFigures(
        pending_total=pending_total,
        pending_sessions=pending_sessions,
        year=today.year,
        planned=planned_sessions(today.year),
        held=year_counts["held"],
        scheduled=year_counts["scheduled"],
        coverage_total=coverage_report(on=today).total,
        failed_emails=OutboxMessage.objects.filter(status=OutboxStatus.FAILED).count(),
    )


class HomePanel(Component):
    """A panel of the admin home: its template gets what `panel_context` gives for the person and today."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(self.panel_context(parent_context["request"].user, today=timezone.localdate()))
        return context

    def panel_context(self, user, *, today: dt.date) -> dict:
        raise NotImplementedError


class TrainerPanel(HomePanel):
    name = "lms_trainer_panel"
    template_name = "reports/admin/home_trainer.html"
    order = 50

    def panel_context(self, user, *, today: dt.date) -> dict:
        sessions = trainer_sessions(user)
        below = below_threshold_counts([item.pk for item in sessions], today=today)
        for item in sessions:
            item.below = below.get(item.pk, 0)
        return {
            "sessions": sessions,
            "today_days": trainer_days_on(user, today=today),
            "today": today,
            "pending_total": sum(item.pending for item in sessions),
        }


class ManagerPanel(HomePanel):
    name = "lms_manager_panel"
    template_name = "reports/admin/home_manager.html"
    order = 40

    def panel_context(self, user, *, today: dt.date) -> dict:
        return {"figures": manager_figures(today=today)}


def panels_for(user) -> list[Component]:
    """The panels a person's roles call for (a manager who also trains sees both)."""
    panels: list[Component] = []
    if is_manager(user):
        panels.append(ManagerPanel())
    if user.trained_sessions.filter(status__in=ACTIVE).exists() or is_trainer(user):
        panels.append(TrainerPanel())
    return panels
