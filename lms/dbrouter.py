"""Reads of the report screens on a replica (DATABASE_REPLICA_URL), everything else on "default".

The report views run inside `report_reads()`: while it is active, reads of every model go to the alias
REPORTS_DATABASE_ALIAS ("replica" when DATABASE_REPLICA_URL is set; None sends them to "default" as usual).
Writes always go to "default". A report may lag the primary by the replica's delay: fine for statistics,
never used for what a person just changed.
"""

from __future__ import annotations

import contextvars
import functools
from contextlib import contextmanager

from django.conf import settings

_report_reads = contextvars.ContextVar("report_reads", default=False)

# Never from a replica, even inside a report: who is signed in must be what the primary says.
PRIMARY_ONLY_APPS = {"sessions"}


def replica_alias() -> str | None:
    alias = getattr(settings, "REPORTS_DATABASE_ALIAS", None)
    return alias if alias and alias in settings.DATABASES else None


def read_alias() -> str:
    """The alias raw SQL of a report should read from: the replica inside `report_reads()`, else "default"."""
    return (replica_alias() if _report_reads.get() else None) or "default"


@contextmanager
def report_reads():
    """Within this block, reads go to the reports' replica (when one is configured)."""
    token = _report_reads.set(True)
    try:
        yield
    finally:
        _report_reads.reset(token)


def reads_from_replica(view):
    """A view decorator: the signed-in user is loaded from the primary, then the view (and the rendering of
    its template, or the streaming of its download) reads from the replica."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        user = getattr(request, "user", None)
        if user is not None:
            getattr(user, "pk", None)  # resolve the lazy user on the primary first
        with report_reads():
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()
        if getattr(response, "streaming", False):
            response.streaming_content = _in_report_reads(response.streaming_content)
        return response

    return wrapper


def _in_report_reads(chunks):
    iterator = iter(chunks)
    while True:
        with report_reads():
            try:
                chunk = next(iterator)
            except StopIteration:
                return
        yield chunk


class ReportReplicaRouter:
    def db_for_read(self, model, **hints):
        if _report_reads.get() and model._meta.app_label not in PRIMARY_ONLY_APPS:
            return replica_alias()
        return None

    def db_for_write(self, model, **hints):
        return None

    def allow_relation(self, obj1, obj2, **hints):
        # The replica holds the same rows as the primary.
        return True if {obj1._state.db, obj2._state.db} <= {"default", replica_alias()} else None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica is migrated by replication, never directly.
        return False if db != "default" and db == replica_alias() else None
