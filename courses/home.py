"""What the courses app adds to the home page (through cms_site's HOME_PANELS_HOOK): the sessions open for
enrolment, with the seats left."""

from __future__ import annotations

from django.db.models import F, Q
from django.http import HttpRequest
from django.utils import timezone

from .models import CourseIndexPage, SessionStatus, TrainingSession
from .selectors import upcoming_sessions


def open_sessions(*, limit: int = 4) -> list[TrainingSession]:
    """Sessions taking enrolments now, soonest first, each with its seats counted (two queries)."""
    now = timezone.now()
    sessions = (
        upcoming_sessions()
        .filter(status=SessionStatus.OPEN)
        .filter(Q(enrolment_opens_at__isnull=True) | Q(enrolment_opens_at__lte=now))
        .filter(Q(enrolment_closes_at__isnull=True) | Q(enrolment_closes_at__gte=now))
        .order_by(F("starts_on").asc(nulls_last=True), "code")
    )
    return list(sessions[:limit])


def home_sessions_panel(request: HttpRequest | None) -> list[tuple[str, dict]]:
    return [
        (
            "courses/includes/home_sessions.html",
            {"sessions": open_sessions(), "catalogue": CourseIndexPage.objects.live().first()},
        )
    ]
