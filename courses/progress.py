"""Lesson progress: a person marks lessons of a course done (re-exported by courses.services)."""

from __future__ import annotations

from django.utils import timezone

from lms.people.models import User

from .models import LessonPage, LessonProgress


def mark_lesson_done(lesson: LessonPage, *, user: User) -> LessonProgress:
    """Record that the user finished the lesson; marking it again keeps the first date."""
    progress, _created = LessonProgress.objects.get_or_create(
        user=user, lesson=lesson, defaults={"completed_at": timezone.now()}
    )
    return progress


def unmark_lesson_done(lesson: LessonPage, *, user: User) -> None:
    """Take back a "done" mark."""
    LessonProgress.objects.filter(user=user, lesson=lesson).delete()
