"""Periodic housekeeping of the people app."""

from celery import shared_task


@shared_task
def purge_stale_uploads() -> int:
    """Daily (Celery beat): delete import previews nobody confirmed within a day. Safe to run twice."""
    from .uploads import purge_stale_uploads as purge

    return purge()
