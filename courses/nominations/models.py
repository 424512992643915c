"""Nominations: a session's invitations to organisations (with a quota and a deadline), each organisation's
focal points, and the people they nominate (each an enrolment placed by the one seat allocator).
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import register_setting

from courses.models import Enrolment, session_field
from lms.fields import actor_field, person_field
from lms.issuer import IssuerSettings
from lms.people.models import Organisation


class InvitationStatus(models.TextChoices):
    INVITED = "invited", _("Invited")
    DECLINED = "declined", _("Declined")
    RELEASED = "released", _("Unused quota released")


class Invitation(models.Model):
    """A session's invitation to one organisation: send up to `quota` people by `deadline`.

    Change it only through nominations.services (the quota is checked under the session's lock).
    """

    session = session_field(on_delete=models.PROTECT, related_name="invitations")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="invitations"
    )
    quota = models.PositiveIntegerField(_("quota"), help_text=_("How many people the organisation may send."))
    deadline = models.DateTimeField(_("nomination deadline"))
    replace_until = models.DateTimeField(
        _("replacements until"),
        null=True,
        blank=True,
        help_text=_("Until when the organisation may replace or withdraw a nominee; empty: the deadline."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=InvitationStatus.choices, default=InvitationStatus.INVITED
    )
    opened_at = models.DateTimeField(_("first opened by the unit"), null=True, blank=True)
    created_by = actor_field(_("created by"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["session", "organisation__level__rank", "organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "organisation"], name="invitation_once_per_organisation"
            ),
            models.CheckConstraint(
                condition=Q(replace_until__isnull=True) | Q(replace_until__gte=models.F("deadline")),
                name="invitation_replace_until_after_deadline",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.session.code} — {self.organisation}"

    @property
    def replacement_cutoff(self):
        return self.replace_until or self.deadline

    def deadline_passed(self, now=None) -> bool:
        return (now or timezone.now()) > self.deadline


class FocalPoint(models.Model):
    """A person who nominates their organisation's staff (a role limited to that organisation)."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="focal_points"
    )
    user = person_field(_("person"), on_delete=models.CASCADE, related_name="focal_point_roles")
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("focal point")
        verbose_name_plural = _("focal points")
        ordering = ["organisation__name", "user__given_name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="focal_point_once_per_organisation")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.organisation}"


class OrganisationList(models.Model):
    """An organiser's saved list of organisations to invite together (e.g. "the northern provinces")."""

    name = models.CharField(_("name"), max_length=200)
    owner = actor_field(_("owner"), related_name="organisation_lists")
    organisations = models.ManyToManyField(
        Organisation, verbose_name=_("organisations"), related_name="+", blank=True
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("list of organisations")
        verbose_name_plural = _("lists of organisations")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name


class NominationStatus(models.TextChoices):
    ACTIVE = "active", _("Nominated")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    REPLACED = "replaced", _("Replaced")


class Nomination(models.Model):
    """A person an invited organisation sends to the session; their place is the linked enrolment."""

    invitation = models.ForeignKey(
        Invitation, verbose_name=_("invitation"), on_delete=models.PROTECT, related_name="nominations"
    )
    user = person_field(_("nominee"), on_delete=models.PROTECT, related_name="nominations")
    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.PROTECT, related_name="nominations"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=NominationStatus.choices, default=NominationStatus.ACTIVE
    )
    nominated_by = actor_field(_("nominated by"), blank=False)
    created_at = models.DateTimeField(_("nominated at"), default=timezone.now)
    ended_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("nomination")
        verbose_name_plural = _("nominations")
        ordering = ["invitation", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["invitation", "user"],
                condition=Q(status="active"),
                name="nomination_active_once_per_person",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.invitation}"


@register_setting(icon="mail")
class LetterSettings(IssuerSettings):
    """Who sends the invitation letters (the organiser as issuing authority) and who signs them."""

    issuing_body = models.CharField(_("issuing body"), max_length=255, blank=True)
    number_suffix = models.CharField(
        _("letter number suffix"),
        max_length=40,
        default="GM-BTC",
        help_text=_("Printed as “Số: …/GM-BTC”; the number itself is given when the letter is registered."),
    )
    place = models.CharField(_("place"), max_length=120, blank=True, help_text=_("For example: Hà Nội."))
    contact = models.CharField(
        _("contact for questions"),
        max_length=255,
        blank=True,
        help_text=_("For example: Phòng Thông tin, điện thoại 024 3822 0000."),
    )

    panels = [
        FieldPanel("parent_body"),
        FieldPanel("issuing_body"),
        FieldPanel("number_suffix"),
        FieldPanel("place"),
        FieldPanel("signer_title"),
        FieldPanel("signer_name"),
        FieldPanel("contact"),
    ]

    class Meta:
        verbose_name = _("invitation letters")
