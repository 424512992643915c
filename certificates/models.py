"""Certificates: one valid certificate per enrolment, numbered per year, with a snapshot of what it states."""

from __future__ import annotations

import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import register_setting

from courses.models import Enrolment, session_field
from lms.fields import NormalisedText, actor_field, image_field
from lms.issuer import IssuerSettings
from lms.jobs import JobStatus, ProgressJob
from lms.storage import private_storage

from .images import checked_image_bytes

# Codes are read aloud and typed from paper: no 0/O, 1/I/L. 16 symbols of 32 = 80 random bits.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 16
NUMBER_PATTERN_FIELDS = ("{n}", "{year}")


def new_verification_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(value: str) -> str:
    """A code as typed ("abcd-efgh ...") in its stored form: upper case, no separators."""
    return "".join(char for char in str(value or "").upper() if char.isalnum())


def validate_number_pattern(value: str) -> None:
    if "{n}" not in value:
        raise ValidationError(_("The pattern must contain {n} (the number within the year)."))
    try:
        value.format(n=1, year=2026)
    except (KeyError, IndexError, ValueError) as exc:
        raise ValidationError(_("Only {n} and {year} may appear in braces.")) from exc


@register_setting(icon="doc-full")
class CertificateSettings(NormalisedText, IssuerSettings):
    """Who issues the certificates and how they read; each certificate keeps a copy as it stood that day."""

    issuing_body = models.CharField(
        _("issuing body"), max_length=255, blank=True, help_text=_("For example: Cục Báo chí.")
    )
    place = models.CharField(
        _("place of issue"), max_length=120, blank=True, help_text=_("For example: Hà Nội.")
    )
    title = models.CharField(_("document title"), max_length=120, default="GIẤY CHỨNG NHẬN")
    completion_wording = models.CharField(
        _("completion wording"), max_length=255, default="Đã hoàn thành khóa bồi dưỡng"
    )
    number_pattern = models.CharField(
        _("number pattern"),
        max_length=40,
        default="{n}/{year}/CN",
        validators=[validate_number_pattern],
        help_text=_("{n} is the number within the year, {year} the year: {n}/{year}/CN gives 42/2026/CN."),
    )
    seal_image = image_field(
        _("seal"), help_text=_("PNG with a transparent background, printed over the signature.")
    )
    logo_image = image_field(_("logo"))
    background_image = image_field(
        _("border or background"),
        help_text=_("Stretched over the whole A4 landscape page; leave empty for the drawn border."),
    )

    nfc_fields = (
        "parent_body",
        "issuing_body",
        "place",
        "signer_title",
        "signer_name",
        "title",
        "completion_wording",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("parent_body"), FieldPanel("issuing_body"), FieldPanel("place")],
            heading=_("Issuing authority"),
        ),
        MultiFieldPanel([FieldPanel("signer_title"), FieldPanel("signer_name")], heading=_("Signatory")),
        MultiFieldPanel(
            [FieldPanel("title"), FieldPanel("completion_wording"), FieldPanel("number_pattern")],
            heading=_("Wording"),
        ),
        MultiFieldPanel(
            [FieldPanel("seal_image"), FieldPanel("logo_image"), FieldPanel("background_image")],
            heading=_("Images"),
        ),
    ]

    class Meta:
        verbose_name = _("certificate settings")

    def clean(self) -> None:
        super().clean()
        errors = {}
        for name in ("seal_image", "logo_image", "background_image"):
            image = getattr(self, name)
            if image is None:
                continue
            try:
                with image.file.open("rb") as handle:
                    checked_image_bytes(handle.read())
            except ValidationError as exc:
                errors[name] = exc.messages
            except OSError:
                errors[name] = [_("The image file cannot be read.")]
        if errors:
            raise ValidationError(errors)


class CertificateYear(models.Model):
    """The counter of a year's certificate numbers; its row is the lock that keeps them consecutive."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    last_number = models.PositiveIntegerField(_("last number issued"), default=0)

    class Meta:
        verbose_name = _("certificate number counter")
        verbose_name_plural = _("certificate number counters")

    def __str__(self) -> str:
        return f"{self.year}: {self.last_number}"


class CertificateQuerySet(models.QuerySet):
    def valid(self) -> CertificateQuerySet:
        return self.filter(revoked_at__isnull=True)


class Certificate(models.Model):
    """A certificate of completion; a protected record: revoked with a reason, never deleted."""

    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.PROTECT, related_name="certificates"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    sequence = models.PositiveIntegerField(_("number within the year"))
    number = models.CharField(_("number"), max_length=60, unique=True)
    code = models.CharField(
        _("verification code"), max_length=CODE_LENGTH, unique=True, default=new_verification_code
    )
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    issued_by = actor_field(_("issued by"))
    # What the certificate states, as it stood when issued.
    full_name = models.CharField(_("full name"), max_length=255)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    organisation = models.CharField(_("work unit"), max_length=255, blank=True)
    position = models.CharField(_("position"), max_length=120, blank=True)
    course_title = models.CharField(_("course"), max_length=255)
    session_code = models.CharField(_("session code"), max_length=40)
    session_title = models.CharField(pgettext_lazy("training session", "session"), max_length=255)
    starts_on = models.DateField(pgettext_lazy("first day of a session", "from"))
    ends_on = models.DateField(_("to"))
    hours = models.DecimalField(_("hours"), max_digits=6, decimal_places=1)
    authority = models.JSONField(_("issuing authority and signatory"), default=dict)
    evidence = models.JSONField(_("evidence"), default=dict)
    pdf = models.FileField(
        _("PDF"), upload_to="certificates/%Y/", storage=private_storage, max_length=255, blank=True
    )
    replaces = models.OneToOneField(
        "self",
        verbose_name=_("replaces"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="replaced_by",
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    revoked_by = actor_field(_("revoked by"))

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-year", "-sequence"]
        constraints = [
            # Two issuances at once (a double click, a task run twice) cannot both leave a valid certificate.
            models.UniqueConstraint(
                fields=["enrolment"],
                condition=Q(revoked_at__isnull=True),
                name="certificate_one_valid_per_enrolment",
            ),
            models.UniqueConstraint(fields=["year", "sequence"], name="certificate_number_once_per_year"),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revocation_reason=""),
                name="certificate_revocation_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} — {self.full_name}"

    def get_absolute_url(self) -> str:
        """The public page that says whether the certificate is valid."""
        return reverse("certificates:verify", args=[self.code])

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None

    @property
    def state(self) -> str:
        """valid, revoked, or replaced (revoked, with a corrected certificate issued in its place)."""
        if self.revoked_at is None:
            return "valid"
        try:
            return "replaced" if self.replaced_by else "revoked"
        except Certificate.DoesNotExist:
            return "revoked"

    @property
    def display_code(self) -> str:
        """The code in groups of four, as printed: ABCD-EFGH-JKMN-PQRS."""
        return "-".join(self.code[index : index + 4] for index in range(0, len(self.code), 4))


# The states of an issuance job (the name other modules know it by).
IssuanceStatus = JobStatus


class IssuanceJob(ProgressJob):
    """Issuing the certificates of a session (all eligible, or a selection) in a Celery task, with progress."""

    session = session_field(on_delete=models.PROTECT, related_name="certificate_jobs")
    enrolment_ids = models.JSONField(
        _("selected enrolments"), default=list, blank=True, help_text=_("Empty: every eligible trainee.")
    )
    total = models.PositiveIntegerField(_("trainees"), default=0)
    processed = models.PositiveIntegerField(_("processed"), default=0)
    issued = models.PositiveIntegerField(_("issued"), default=0)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta(ProgressJob.Meta):
        verbose_name = _("certificate issuance")
        verbose_name_plural = _("certificate issuances")

    def __str__(self) -> str:
        return f"{self.session.code} ({self.get_status_display()})"
