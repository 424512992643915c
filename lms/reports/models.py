"""The one thing the reports store: the programme's plan for each year."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def default_planned_sessions() -> int:
    return settings.PROGRAMME_PLANNED_SESSIONS


class ProgrammeYear(models.Model):
    """How many sessions the programme plans in a year (two or three as a rule), edited by managers."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    planned_sessions = models.PositiveSmallIntegerField(
        _("sessions planned"), default=default_planned_sessions
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("programme year")
        verbose_name_plural = _("programme years")

    def __str__(self) -> str:
        return str(self.year)
