"""Celery tasks of the certificates app: they take ids and call a service. Safe to run twice."""

from __future__ import annotations

from celery import shared_task


@shared_task(acks_late=True)
def run_issuance(job_id: int) -> str:
    """Issue a session's certificates (a job); a job already taken or finished is left as it is."""
    from .services import run_issuance_job

    return run_issuance_job(job_id)
