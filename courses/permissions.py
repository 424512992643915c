"""Who may manage a session: programme managers and superusers everywhere, trainers only their own."""

from __future__ import annotations

from django.conf import settings

from lms.people.selectors import role_names


def is_manager(user) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    return settings.ROLE_MANAGERS in role_names(user)


def teaches_or_manages(user) -> bool:
    """Managers, and trainers assigned to at least one session: who sees the session screens of the admin."""
    return is_manager(user) or user.trained_sessions.exists()


def can_manage_session(user, session) -> bool:
    """Managers manage every session; a trainer manages the sessions they are assigned to."""
    if not getattr(user, "is_authenticated", False):
        return False
    if is_manager(user):
        return True
    return session.trainers.filter(pk=user.pk).exists()


def may_see_site_history(user) -> bool:
    """The site history report lists the edits of every session: not for trainers limited to their own."""
    return is_manager(user) or not user.has_perm("courses.view_trainingsession")
