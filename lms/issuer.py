"""What the settings of every official document the platform issues (certificates, invitation letters) share:
the governing body printed above the issuing body, and the signer's title and name."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting


class IssuerSettings(BaseSiteSetting):
    """A site setting naming who issues and signs a kind of document; the document adds its issuing body."""

    parent_body = models.CharField(
        _("governing body"),
        max_length=255,
        blank=True,
        help_text=_("Printed above the issuing body, for example: Bộ Văn hóa, Thể thao và Du lịch."),
    )
    signer_title = models.CharField(
        _("signer's title"),
        max_length=255,
        blank=True,
        help_text=_("One line per line printed, for example: KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG."),
    )
    signer_name = models.CharField(_("signer's name"), max_length=120, blank=True)

    class Meta:
        abstract = True
