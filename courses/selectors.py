"""Reads of the courses app, with their joins and prefetches baked in (no query from a template loop)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Count, Max, Min, OuterRef, Prefetch, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.images import get_image_model

from lms.people.models import TraineeCategory
from lms.text import sort_people

from .calendar import session_calendar
from .eligibility import nomination_only_message, self_enrolment_outlook
from .models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    EnrolmentEvent,
    EnrolmentStatus,
    LessonPage,
    LessonProgress,
    SessionDay,
    SessionMode,
    SessionStatus,
    TrainingSession,
)
from .permissions import can_manage_session, is_manager

UPCOMING_STATUSES = (SessionStatus.OPEN, SessionStatus.CLOSED, SessionStatus.IN_PROGRESS)

# Apps above courses (certificates) add to the trainee's dashboard through this Wagtail hook, so courses
# never imports them: each hook is called as hook(user, past=[past session items]) and returns a dict with
# optional "outcomes" ({enrolment id: text shown instead of the enrolment's status}) and "panels"
# ([(template name, context)] rendered at the end of the page).
MY_LEARNING_HOOK = "courses_my_learning"


def sessions_with_details() -> QuerySet[TrainingSession]:
    return (
        TrainingSession.objects.select_related("course")
        .prefetch_related(Prefetch("days", queryset=SessionDay.objects.order_by("date", "start_time")))
        .with_dates()
        .with_counts()
    )


def upcoming_sessions(today: date | None = None) -> QuerySet[TrainingSession]:
    """Public sessions that have not ended: open, closed for enrolment, or running."""
    today = today or timezone.localdate()
    return (
        sessions_with_details()
        .filter(status__in=UPCOMING_STATUSES)
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
        .order_by("starts_on", "code")
    )


def _lessons_of(course_ids: list[int]) -> dict[int, list[LessonPage]]:
    """Live lessons of the given courses, in tree order, grouped by course (one query)."""
    courses = CoursePage.objects.filter(pk__in=course_ids).only("path", "depth")
    by_path = {course.path: course.pk for course in courses}
    lessons: dict[int, list[LessonPage]] = defaultdict(list)
    if not by_path:
        return lessons
    condition = Q()
    for path in by_path:
        condition |= Q(path__startswith=path)
    queryset = LessonPage.objects.live().filter(condition).order_by("path")
    for lesson in queryset:
        parent_path = lesson.path[: -LessonPage.steplen]
        if parent_path in by_path:
            lessons[by_path[parent_path]].append(lesson)
    return lessons


def _done_lesson_ids(user, lesson_ids: list[int]) -> set[int]:
    if not getattr(user, "is_authenticated", False) or not lesson_ids:
        return set()
    return set(
        LessonProgress.objects.filter(user=user, lesson_id__in=lesson_ids).values_list("lesson_id", flat=True)
    )


def progress_for(done: int, total: int) -> dict:
    return {"done": done, "total": total, "percent": round(100 * done / total) if total else 0}


def catalogue(
    index: CourseIndexPage, *, user=None, audience: str | None = None, mode: str | None = None
) -> dict:
    """The catalogue page: live courses (filtered by audience and by the mode of upcoming sessions)."""
    courses = list(
        CoursePage.objects.live()
        .child_of(index)
        .prefetch_related(
            Prefetch("cover_image", queryset=get_image_model().objects.prefetch_renditions("fill-480x270"))
        )
        .order_by("path")
    )
    valid_audiences = dict(TraineeCategory.choices)
    valid_modes = dict(SessionMode.choices)
    audience = audience if audience in valid_audiences else ""
    mode = mode if mode in valid_modes else ""
    sessions_by_course: dict[int, list[TrainingSession]] = defaultdict(list)
    for session in upcoming_sessions().filter(course__in=[course.pk for course in courses]):
        sessions_by_course[session.course_id].append(session)
    if audience:
        courses = [c for c in courses if not c.audience_categories or audience in c.audience_categories]
    if mode:
        courses = [c for c in courses if any(s.mode == mode for s in sessions_by_course[c.pk])]
    lessons = _lessons_of([course.pk for course in courses])
    done = _done_lesson_ids(user, [lesson.pk for items in lessons.values() for lesson in items])
    items = [
        {
            "course": course,
            "sessions": sessions_by_course[course.pk],
            "lesson_count": len(lessons[course.pk]),
            "minutes": sum(lesson.estimated_minutes for lesson in lessons[course.pk]),
            "progress": progress_for(
                sum(1 for lesson in lessons[course.pk] if lesson.pk in done), len(lessons[course.pk])
            ),
        }
        for course in courses
    ]
    return {
        "items": items,
        "audience_choices": TraineeCategory.choices,
        "mode_choices": SessionMode.choices,
        "selected_audience": audience,
        "selected_mode": mode,
    }


def course_detail(course: CoursePage, *, user=None) -> dict:
    """A course page: its lessons with done marks, progress, and its upcoming sessions."""
    lessons = _lessons_of([course.pk])[course.pk]
    done = _done_lesson_ids(user, [lesson.pk for lesson in lessons])
    sessions = list(upcoming_sessions().filter(course=course))
    my = enrolments_by_session(user, [session.pk for session in sessions])
    return {
        "lessons": [{"lesson": lesson, "done": lesson.pk in done} for lesson in lessons],
        "progress": progress_for(len(done), len(lessons)),
        "sessions": [{"session": session, "enrolment": my.get(session.pk)} for session in sessions],
        "cover": course.cover_image,
    }


def lesson_detail(lesson: LessonPage, *, user=None) -> dict:
    """A lesson page: whether it is done, its neighbours, and the course's progress."""
    course = lesson.get_parent().specific
    lessons = _lessons_of([course.pk])[course.pk]
    done = _done_lesson_ids(user, [item.pk for item in lessons])
    ids = [item.pk for item in lessons]
    index = ids.index(lesson.pk) if lesson.pk in ids else -1
    return {
        "course": course,
        "is_done": lesson.pk in done,
        "previous_lesson": lessons[index - 1] if index > 0 else None,
        "next_lesson": lessons[index + 1] if 0 <= index < len(lessons) - 1 else None,
        "progress": progress_for(len(done), len(lessons)),
        "lesson_number": index + 1,
        "lesson_total": len(lessons),
    }


def enrolments_by_session(user, session_ids: list[int]) -> dict[int, Enrolment]:
    if not getattr(user, "is_authenticated", False) or not session_ids:
        return {}
    return {e.session_id: e for e in Enrolment.objects.filter(user=user, session_id__in=session_ids)}


def public_session(pk: int, *, user=None) -> TrainingSession | None:
    """A session for its public page (drafts only for the staff who manage them)."""
    session = sessions_with_details().prefetch_related("trainers").filter(pk=pk).first()
    if session is None:
        return None
    if session.status == SessionStatus.DRAFT and not can_manage_session(user, session):
        return None
    return session


def session_page(session: TrainingSession, *, user=None) -> dict:
    enrolment = enrolments_by_session(user, [session.pk]).get(session.pk)
    can_manage = can_manage_session(user, session) if getattr(user, "is_authenticated", False) else False
    outlook = {"eligible": True, "needs_approval": session.requires_approval, "closed_by_staff": False}
    if getattr(user, "is_authenticated", False) and not is_manager(user):
        outlook = self_enrolment_outlook(session, user, enrolment)
    return {
        **outlook,
        "nomination_only": session.by_nomination_only,
        "nomination_message": nomination_only_message(user) if session.by_nomination_only else "",
        "session": session,
        "course": session.course,
        "days": list(session.days.all()),
        "trainers": list(session.trainers.all()),
        "enrolment": enrolment,
        "show_meeting_link": bool(session.meeting_link)
        and (can_manage or (enrolment is not None and enrolment.status == EnrolmentStatus.CONFIRMED)),
        "can_cancel": enrolment is not None and enrolment.is_active and not session.has_started(),
        "can_enrol": session.enrolment_open and not session.has_started(),
        "can_manage": can_manage,
    }


def session_calendar_for(session: TrainingSession) -> bytes:
    days = sorted(session.days.all(), key=lambda day: (day.date, day.start_time))
    location = session.venue
    if session.mode == SessionMode.ONLINE and not location:
        location = str(SessionMode.ONLINE.label)
    return session_calendar(
        session_id=session.pk,
        code=session.code,
        title=session.title,
        location=location,
        url=f"{settings.SITE_URL}{reverse('courses:session_detail', args=[session.pk])}",
        days=[(day.pk, day.date, day.start_time, day.end_time, day.topic) for day in days],
        description=session.course.title,
        domain=urlsplit(settings.SITE_URL).hostname or "localhost",
    )


def my_learning(user) -> dict:
    """The trainee's dashboard: courses in progress, upcoming and past sessions, and the hooks' panels."""
    today = timezone.localdate()
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .exclude(status__in=[EnrolmentStatus.CANCELLED])
        .select_related("session__course")
        .prefetch_related(
            Prefetch("session__days", queryset=SessionDay.objects.order_by("date", "start_time"))
        )
        .order_by("-created_at")
    )
    upcoming, past = [], []
    for enrolment in enrolments:
        days = list(enrolment.session.days.all())
        last = days[-1].date if days else None
        ended = enrolment.session.status in {SessionStatus.COMPLETED, SessionStatus.CANCELLED} or (
            last is not None and last < today
        )
        (past if ended else upcoming).append(
            {
                "enrolment": enrolment,
                "session": enrolment.session,
                "days": days,
                "first": days[0].date if days else None,
                "last": last,
            }
        )
    upcoming.sort(key=lambda item: item["days"][0].date if item["days"] else date.max)
    past.sort(key=lambda item: item["days"][0].date if item["days"] else date.min, reverse=True)

    done_rows = list(
        LessonProgress.objects.filter(user=user)
        .values_list("lesson_id", "lesson__path")
        .order_by("lesson__path")
    )
    course_ids = set()
    enrolled_course_ids = {
        enrolment.session.course_id
        for enrolment in enrolments
        if enrolment.is_active or enrolment.status == EnrolmentStatus.CONFIRMED
    }
    if done_rows:
        parent_paths = {path[: -LessonPage.steplen] for _pk, path in done_rows}
        course_ids = set(CoursePage.objects.filter(path__in=parent_paths).values_list("pk", flat=True))
    course_ids |= enrolled_course_ids
    courses = list(CoursePage.objects.live().filter(pk__in=course_ids).order_by("path"))
    lessons = _lessons_of([course.pk for course in courses])
    done = {lesson_id for lesson_id, _path in done_rows}
    in_progress, finished = [], []
    for course in courses:
        items = lessons[course.pk]
        progress = progress_for(sum(1 for lesson in items if lesson.pk in done), len(items))
        next_lesson = next((lesson for lesson in items if lesson.pk not in done), None)
        entry = {"course": course, "progress": progress, "next_lesson": next_lesson}
        (finished if items and progress["done"] == progress["total"] else in_progress).append(entry)
    panels = []
    for hook in hooks.get_hooks(MY_LEARNING_HOOK):
        extra = hook(user, past=past) or {}
        outcomes = extra.get("outcomes", {})
        for item in past:
            item.setdefault("outcome", outcomes.get(item["enrolment"].pk))
        panels.extend(extra.get("panels", []))
    return {
        "courses_in_progress": in_progress,
        "courses_finished": finished,
        "upcoming": upcoming,
        "past": past,
        "panels": panels,
        # Read once for the whole dashboard: the quizzes and the attendance take theirs from here.
        "enrolments": enrolments,
    }


def my_enrolments(user) -> QuerySet[Enrolment]:
    return (
        Enrolment.objects.filter(user=user)
        .select_related("session__course")
        .annotate(starts_on=Min("session__days__date"), ends_on=Max("session__days__date"))
        .order_by("-created_at")
    )


def sessions_visible_to(user) -> QuerySet[TrainingSession]:
    """Sessions a person may see in the admin: all for managers, their own for trainers, none otherwise."""
    queryset = TrainingSession.objects.select_related("course")
    if is_manager(user):
        return queryset
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    return queryset.filter(trainers=user)


def session_enrolments(session: TrainingSession, *, status: str | None = None) -> list[Enrolment]:
    """The enrolments of a session for its admin list: confirmed and pending first, then the waitlist."""

    queryset = Enrolment.objects.filter(session=session).select_related("user", "user__organisation")
    if status:
        queryset = queryset.filter(status=status)
    rank = {
        EnrolmentStatus.PENDING: 0,
        EnrolmentStatus.CONFIRMED: 1,
        EnrolmentStatus.WAITLISTED: 2,
        EnrolmentStatus.REJECTED: 3,
        EnrolmentStatus.CANCELLED: 4,
    }
    people = sort_people(list(queryset), get=lambda enrolment: enrolment.user)
    return sorted(people, key=lambda e: (rank.get(e.status, 9), e.waitlist_position or 0))


def enrolments_due_reminder(*, start: date, end: date) -> QuerySet:
    """Ids of confirmed enrolments, not yet reminded, whose session's first day falls in [start, end]."""
    first_day_in_range = (
        SessionDay.objects.filter(session=OuterRef("session")).order_by("date").values("date")[:1]
    )
    return (
        Enrolment.objects.filter(status=EnrolmentStatus.CONFIRMED, reminder_sent_at__isnull=True)
        .exclude(session__status__in=[SessionStatus.CANCELLED, SessionStatus.DRAFT, SessionStatus.COMPLETED])
        .annotate(first_day=first_day_in_range)
        .filter(first_day__gte=start, first_day__lte=end)
        .values_list("pk", flat=True)
    )


def api_sessions(today: date | None = None) -> list[TrainingSession]:
    return list(upcoming_sessions(today))


def counts_by_status(session: TrainingSession) -> dict[str, int]:
    rows = Enrolment.objects.filter(session=session).values("status").annotate(n=Count("pk"))
    return {row["status"]: row["n"] for row in rows}


def enrolment_history(session: TrainingSession, *, limit: int = 50) -> list[EnrolmentEvent]:
    """The latest changes to a session's enrolments, newest first, with the people they name."""
    return list(
        EnrolmentEvent.objects.filter(enrolment__session=session)
        .select_related("enrolment__user", "actor")
        .order_by("-created_at", "-pk")[:limit]
    )
