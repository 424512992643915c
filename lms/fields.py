"""Model fields shared by the apps."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.functional import Promise


def actor_field(
    verbose_name: str | Promise, *, blank: bool = True, related_name: str = "+"
) -> models.ForeignKey:
    """Who did something (issued, revoked, marked, started a job, owns a list): the record outlives the
    account, so the reference empties itself if the account is ever deleted; the user gets no reverse
    accessor unless `related_name` names one."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        null=True,
        blank=blank,
        on_delete=models.SET_NULL,
        related_name=related_name,
    )


def image_field(verbose_name: str | Promise, *, help_text: str | Promise = "") -> models.ForeignKey:
    """An optional Wagtail image (a cover, a seal, a logo): deleting the image empties the reference, and
    the image gets no reverse accessor."""
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )
