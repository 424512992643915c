"""The shared shape of a long job run by a Celery task with progress shown in the admin (bulk enrolment,
certificate issuance): its status, counts, report and times. Each job model adds what it works on."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.fields import actor_field


class JobStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class ProgressJob(models.Model):
    """A job's status and progress; a subclass names its `total`/`processed` units and its `created_at`."""

    status = models.CharField(
        _("status"), max_length=20, choices=JobStatus.choices, default=JobStatus.PENDING
    )
    report = models.JSONField(_("report"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_by = actor_field(_("created by"), blank=False)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    @property
    def percent(self) -> int:
        if not self.total:
            return 100 if self.status == JobStatus.DONE else 0
        return min(100, round(100 * self.processed / self.total))
