"""Model fields, and the normalising of text fields, shared by the apps."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.functional import Promise

from lms.text import nfc


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


def person_field(verbose_name: str | Promise, *, on_delete, related_name: str) -> models.ForeignKey:
    """The person a record is about (a trainee's enrolment, a nominee, a focal point, a lesson's progress)."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=verbose_name, on_delete=on_delete, related_name=related_name
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


class NormalisedText:
    """Mixed into a model (before its model base) whose text is stored in Unicode NFC, normalised on every save:
    `nfc_fields` are one-line text (runs of white space folded), `nfc_multiline_fields` keep their line breaks
    (notes, rich text). A model that derives values from its text (a folded search key) extends
    `normalise_text()`."""

    nfc_fields: tuple[str, ...] = ()
    nfc_multiline_fields: tuple[str, ...] = ()

    def normalise_text(self) -> None:
        for name in self.nfc_fields:
            setattr(self, name, nfc(getattr(self, name)))
        for name in self.nfc_multiline_fields:
            setattr(self, name, nfc(getattr(self, name), squash=False))

    def save(self, *args, **kwargs):
        self.normalise_text()
        super().save(*args, **kwargs)
