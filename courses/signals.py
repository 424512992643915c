"""Receivers: a session or one of its days saved or deleted anywhere (admin, import, demo) changes the pages
that show it; seat changes are caught where the session's lock is taken (`courses.locking`)."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

from .locking import seats_changed
from .models import SessionDay, TrainingSession


def _session_changed(sender, instance: TrainingSession, **kwargs) -> None:
    seats_changed(instance)


def _day_changed(sender, instance: SessionDay, **kwargs) -> None:
    seats_changed(instance.session)


def connect_signals() -> None:
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(_session_changed, sender=TrainingSession, dispatch_uid=f"pagecache-session-{name}")
        signal.connect(_day_changed, sender=SessionDay, dispatch_uid=f"pagecache-day-{name}")
