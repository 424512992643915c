"""One row per e-mail owed: rendered when queued, sent once by a task, its attempts and last error kept."""

from __future__ import annotations

import base64

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import pgettext_lazy


class OutboxStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("outbox status", "Waiting")
    SENDING = "sending", pgettext_lazy("outbox status", "Sending")
    SENT = "sent", pgettext_lazy("outbox status", "Sent")
    FAILED = "failed", pgettext_lazy("outbox status", "Failed")
    CANCELLED = "cancelled", pgettext_lazy("outbox status", "Not to be sent")


class OutboxMessage(models.Model):
    """An e-mail the platform owes one person. Change it only through lms.outbox.services.

    `due_at` is when a waiting row is next tried, or, while a row is being sent, when that attempt is
    considered abandoned (longer than the send task's hard time limit).
    """

    key = models.CharField(pgettext_lazy("outbox", "event key"), max_length=200, unique=True)
    kind = models.CharField(pgettext_lazy("outbox", "kind"), max_length=150)
    to = models.CharField(pgettext_lazy("outbox", "recipient"), max_length=254)
    subject = models.CharField(pgettext_lazy("outbox", "subject"), max_length=998)
    body_text = models.TextField(pgettext_lazy("outbox", "text"))
    body_html = models.TextField(pgettext_lazy("outbox", "HTML"), blank=True)
    # [{"name": ..., "mimetype": ..., "content": base64}]: small files such as the session's .ics.
    attachments = models.JSONField(pgettext_lazy("outbox", "attachments"), default=list, blank=True)
    language = models.CharField(pgettext_lazy("outbox", "language"), max_length=10, blank=True)
    status = models.CharField(
        pgettext_lazy("outbox", "status"),
        max_length=20,
        choices=OutboxStatus.choices,
        default=OutboxStatus.PENDING,
    )
    attempts = models.PositiveSmallIntegerField(pgettext_lazy("outbox", "attempts"), default=0)
    last_error = models.TextField(pgettext_lazy("outbox", "last error"), blank=True)
    created_at = models.DateTimeField(pgettext_lazy("outbox", "queued at"), default=timezone.now)
    due_at = models.DateTimeField(pgettext_lazy("outbox", "next attempt"), default=timezone.now)
    last_attempt_at = models.DateTimeField(pgettext_lazy("outbox", "last attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(pgettext_lazy("outbox", "sent at"), null=True, blank=True)

    class Meta:
        verbose_name = pgettext_lazy("outbox", "e-mail")
        verbose_name_plural = pgettext_lazy("outbox", "e-mails")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(status=OutboxStatus.SENT) & Q(sent_at__isnull=False))
                | (~Q(status=OutboxStatus.SENT) & Q(sent_at__isnull=True)),
                name="outbox_sent_at_iff_sent",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "due_at"], name="outbox_status_due"),
            models.Index(fields=["-created_at"], name="outbox_created"),
        ]

    def __str__(self) -> str:
        return f"{self.to}: {self.subject}"

    def attachment_files(self) -> list[tuple[str, bytes, str]]:
        """The attachments as (file name, content, MIME type)."""
        return [
            (item["name"], base64.b64decode(item["content"]), item["mimetype"]) for item in self.attachments
        ]
