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


def _learner_changed(sender, instance, **kwargs) -> None:
    """An enrolment, a lesson marked done, a quiz attempt: the person's dashboard."""
    pagecache.touch(pagecache.learner_tag(instance.user_id))


def _marks_changed(sender, instance: AttendanceRecord, **kwargs) -> None:
    pagecache.touch(pagecache.enrolment_tag(instance.enrolment_id))


def _policy_changed(sender, instance: AttendancePolicy, **kwargs) -> None:
    pagecache.touch(pagecache.session_tag(instance.session_id))


def _quiz_changed(sender, instance: Quiz, **kwargs) -> None:
    pagecache.touch(QUIZZES_TAG)


def connect_signals() -> None:
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(_session_changed, sender=TrainingSession, dispatch_uid=f"pagecache-session-{name}")
        signal.connect(_day_changed, sender=SessionDay, dispatch_uid=f"pagecache-day-{name}")
        for model in (Enrolment, LessonProgress, QuizAttempt):
            signal.connect(
                _learner_changed, sender=model, dispatch_uid=f"dashboard-{model._meta.label}-{name}"
            )
        signal.connect(_marks_changed, sender=AttendanceRecord, dispatch_uid=f"dashboard-marks-{name}")
        signal.connect(_policy_changed, sender=AttendancePolicy, dispatch_uid=f"dashboard-policy-{name}")
        signal.connect(_quiz_changed, sender=Quiz, dispatch_uid=f"dashboard-quiz-{name}")
