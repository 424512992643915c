"""Periodic work of the quizzes app."""

from __future__ import annotations

from celery import shared_task

from . import services


@shared_task(name="courses.quizzes.tasks.close_expired_attempts")
def close_expired_attempts() -> int:
    """Close and grade every attempt whose deadline has passed (idempotent: graded attempts are skipped)."""
    return services.close_expired_attempts()
