"""Housekeeping of the import store (Celery beat; registered through CELERY_IMPORTS)."""

from celery import shared_task

from .store import purge_stale_uploads as purge


@shared_task
def purge_stale_uploads() -> int:
    """Every 6 hours: delete import previews nobody confirmed within a day. Safe to run twice."""
    return purge()
