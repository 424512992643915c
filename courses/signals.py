"""Receivers: a session or one of its days saved or deleted anywhere (admin, import, demo) changes the pages
that show it; seat changes are caught where the session's lock is taken (`courses.locking`). A trainee's own
rows (enrolments, progress, quiz attempts, attendance marks) and the quizzes change their dashboard
(`courses.dashboard`)."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

from lms import pagecache

from .attendance.models import AttendancePolicy, AttendanceRecord
from .dashboard import QUIZZES_TAG
from .locking import seats_changed
from .models import Enrolment, LessonProgress, SessionDay, TrainingSession
from .quizzes.models import Quiz, QuizAttempt


def _session_changed(sender, instance: TrainingSession, **kwargs) -> None:
    seats_changed(instance)


def _day_changed(sender, instance: SessionDay, **kwargs) -> None:
    seats_changed(instance.session)


def _learner(row) -> list[str]:
    return [pagecache.learner_tag(row.user_id)]


def connect_signals() -> None:
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(_session_changed, sender=TrainingSession, dispatch_uid=f"pagecache-session-{name}")
        signal.connect(_day_changed, sender=SessionDay, dispatch_uid=f"pagecache-day-{name}")
    # An enrolment, a lesson marked done, a quiz attempt: the person's dashboard.
    for model in (Enrolment, LessonProgress, QuizAttempt):
        pagecache.touch_when_changed(model, _learner, name=model._meta.label_lower)
    pagecache.touch_when_changed(
        AttendanceRecord, lambda row: [pagecache.enrolment_tag(row.enrolment_id)], name="attendance-record"
    )
    pagecache.touch_when_changed(
        AttendancePolicy, lambda row: [pagecache.session_tag(row.session_id)], name="attendance-policy"
    )
    pagecache.touch_when_changed(Quiz, lambda row: [QUIZZES_TAG], name="quiz")
