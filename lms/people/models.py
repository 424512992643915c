"""People, organisations and the spokesperson network."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.fields import NormalisedText
from lms.periods import in_force_on, period_order_constraint
from lms.text import fold


class TraineeCategory(models.TextChoices):
    SPOKESPERSON = "spokesperson", _("Spokesperson")
    COMMUNICATION_OFFICER = "communication_officer", _("Communication officer")
    REPORTER = "reporter", _("Reporter or editor")
    GRASSROOTS = "grassroots", _("Grassroots information officer")
    OTHER = "other", _("Other")


class ValidityQuerySet(models.QuerySet):
    def valid_on(self, day: date | None = None) -> ValidityQuerySet:
        """Rows in force on the given day (today by default)."""
        day = day or timezone.localdate()
        return self.filter(in_force_on(day, start="valid_from", end="valid_until"))


class AdministrativeLevel(NormalisedText, models.Model):
    """A tier of the administration (central, province, department, district, commune): data, not code."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    rank = models.PositiveSmallIntegerField(
        _("rank"), default=0, help_text=_("Order from the centre (0) to the grassroots.")
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    nfc_fields = ("name",)

    objects = ValidityQuerySet.as_manager()

    class Meta:
        ordering = ["rank", "name"]
        verbose_name = _("administrative level")
        verbose_name_plural = _("administrative levels")

    def __str__(self) -> str:
        return self.name


class Organisation(NormalisedText, models.Model):
    """A unit people work for: ministry, province, department, commune... dated, with its successor."""

    name = models.CharField(_("name"), max_length=255)
    name_folded = models.CharField(max_length=255, editable=False, db_index=True, default="")
    short_name = models.CharField(_("short name"), max_length=80, blank=True)
    type = models.CharField(
        _("type"),
        max_length=60,
        blank=True,
        help_text=_("For example: Bộ, tỉnh, thành phố, sở, xã, phường, đặc khu."),
    )
    level = models.ForeignKey(
        AdministrativeLevel,
        verbose_name=_("administrative level"),
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    code = models.CharField(_("code"), max_length=40, unique=True, null=True, blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("successor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
        help_text=_("The unit this one was merged into."),
    )

    nfc_fields = ("name", "short_name", "code")

    objects = ValidityQuerySet.as_manager()

    class Meta:
        ordering = ["level__rank", "name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            period_order_constraint(start="valid_from", end="valid_until", name="organisation_validity_order")
        ]

    def __str__(self) -> str:
        if self.valid_until and self.valid_until < timezone.localdate():
            return _("%(name)s (until %(date)s)") % {
                "name": self.name,
                "date": self.valid_until.strftime("%d/%m/%Y"),
            }
        return self.name

    def normalise_text(self) -> None:
        super().normalise_text()
        self.name_folded = fold(self.name)
        self.code = self.code or None

    @property
    def is_current(self) -> bool:
        today = timezone.localdate()
        return (self.valid_from is None or self.valid_from <= today) and (
            self.valid_until is None or self.valid_until >= today
        )

    def current_successor(self, *, max_hops: int = 10) -> Organisation:
        """Follow successor links to the unit that carries this one today (itself when still in force)."""
        unit = self
        for _hop in range(max_hops):
            if unit.successor_id is None:
                break
            unit = unit.successor
        return unit


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        email = self.normalize_email(email).lower()
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


class User(NormalisedText, AbstractBaseUser, PermissionsMixin):
    """A person: e-mail is the login; the name is stored in parts as Vietnamese administration does."""

    email = models.EmailField(_("e-mail address"), unique=True)
    family_name = models.CharField(_("family name (họ)"), max_length=60)
    middle_name = models.CharField(_("middle name (tên đệm)"), max_length=80, blank=True)
    given_name = models.CharField(_("given name (tên)"), max_length=60)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("work unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    organisation_unlisted = models.CharField(
        _("work unit (not in the directory)"),
        max_length=255,
        blank=True,
        help_text=_("Typed by the person when their unit was not listed; a manager matches it later."),
    )
    position = models.CharField(_("position"), max_length=120, blank=True)
    trainee_category = models.CharField(
        _("trainee category"), max_length=40, choices=TraineeCategory.choices, default=TraineeCategory.OTHER
    )
    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    nfc_fields = ("family_name", "middle_name", "given_name", "position", "phone", "organisation_unlisted")

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["family_name", "given_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["given_name", "family_name", "middle_name"]

    def __str__(self) -> str:
        return self.full_name or self.email

    def clean(self) -> None:
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()

    def normalise_text(self) -> None:
        super().normalise_text()
        self.email = (self.email or "").strip().lower()

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.family_name, self.middle_name, self.given_name) if part)

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.given_name

    @property
    def work_unit(self) -> str:
        if self.organisation_id:
            return self.organisation.name
        return self.organisation_unlisted

    def has_role(self, role: str) -> bool:
        return self.groups.filter(name=role).exists()


class SpokespersonQuerySet(models.QuerySet):
    def current_on(self, day: date | None = None) -> SpokespersonQuerySet:
        """Spokespersons holding the post on the given day (today by default)."""
        day = day or timezone.localdate()
        return self.filter(in_force_on(day, start="appointed_on", end="ended_on"))


class Spokesperson(NormalisedText, models.Model):
    """An organisation's designated spokesperson (Decree 09/2017/NĐ-CP: name, position, contact published)."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="spokespersons"
    )
    user = models.ForeignKey(
        User,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="spokesperson_roles",
    )
    family_name = models.CharField(_("family name (họ)"), max_length=60)
    middle_name = models.CharField(_("middle name (tên đệm)"), max_length=80, blank=True)
    given_name = models.CharField(_("given name (tên)"), max_length=60)
    position = models.CharField(_("position"), max_length=160)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    appointed_on = models.DateField(_("appointed on"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)

    nfc_fields = ("family_name", "middle_name", "given_name", "position", "phone")

    objects = SpokespersonQuerySet.as_manager()

    class Meta:
        ordering = ["organisation__name", "given_name"]
        verbose_name = _("spokesperson")
        verbose_name_plural = _("spokespersons")
        constraints = [
            period_order_constraint(start="appointed_on", end="ended_on", name="spokesperson_term_order")
        ]
        indexes = [models.Index(fields=["organisation", "ended_on"], name="spokesperson_org_ended")]

    def __str__(self) -> str:
        return f"{self.full_name} — {self.organisation.name}"

    def normalise_text(self) -> None:
        super().normalise_text()
        self.email = (self.email or "").strip().lower()

    def is_current_on(self, day: date) -> bool:
        """Whether the person holds the post on that day (appointed by then, not yet ended)."""
        return (self.appointed_on is None or self.appointed_on <= day) and (
            self.ended_on is None or self.ended_on >= day
        )

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.family_name, self.middle_name, self.given_name) if part)
