"""Training sessions (runs of a course), their days, enrolments with their audit trail, bulk imports."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Count, Max, Min, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from lms.fields import NormalisedText, actor_field, person_field
from lms.jobs import JobStatus, ProgressJob
from lms.storage import private_storage
from lms.text import fold

from ..fields import CategoriesField, category_labels
from ..labels import enrolment_action_label
from .pages import CoursePage


class SessionMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class SessionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open for enrolment")
    CLOSED = "closed", _("Enrolment closed")
    IN_PROGRESS = "in_progress", pgettext_lazy("training session", "In progress")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


class EnrolmentMode(models.TextChoices):
    """How people get a place: they enrol themselves, they ask and staff approve, or their unit nominates them."""

    OPEN = "open", _("Open enrolment")
    APPROVAL = "approval", _("Approval required")
    NOMINATION = "nomination", _("By nomination only")


class TrainingSessionQuerySet(models.QuerySet):
    def with_dates(self) -> TrainingSessionQuerySet:
        """Annotate the first and last day (starts_on, ends_on) from the session's days."""
        return self.annotate(starts_on=Min("days__date"), ends_on=Max("days__date"))

    def with_counts(self) -> TrainingSessionQuerySet:
        """Annotate how many enrolments are confirmed, waitlisted and pending."""
        return self.annotate(
            confirmed_count=Count("enrolments", filter=Q(enrolments__status="confirmed"), distinct=True),
            waitlisted_count=Count("enrolments", filter=Q(enrolments__status="waitlisted"), distinct=True),
            pending_count=Count("enrolments", filter=Q(enrolments__status="pending"), distinct=True),
        )

    def public(self) -> TrainingSessionQuerySet:
        return self.exclude(status=SessionStatus.DRAFT)


class TrainingSession(NormalisedText, index.Indexed, ClusterableModel):
    """One run of a course ("Khóa 1/2026"): when, where, for whom, how many seats."""

    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.PROTECT, related_name="sessions"
    )
    code = models.CharField(
        pgettext_lazy("training session", "code"), max_length=40, help_text=_("For example: Khóa 1/2026.")
    )
    title = models.CharField(pgettext_lazy("training session", "title"), max_length=255)
    title_folded = models.CharField(max_length=255, editable=False, default="")
    year = models.PositiveSmallIntegerField(_("year"))
    mode = models.CharField(
        _("mode"), max_length=20, choices=SessionMode.choices, default=SessionMode.IN_PERSON
    )
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    meeting_link = models.URLField(
        _("meeting link"), blank=True, help_text=_("Shown only to trainees whose enrolment is confirmed.")
    )
    enrolment_opens_at = models.DateTimeField(_("enrolment opens"), null=True, blank=True)
    enrolment_closes_at = models.DateTimeField(_("enrolment closes"), null=True, blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), default=30)
    enrolment_mode = models.CharField(
        _("enrolment mode"),
        max_length=20,
        choices=EnrolmentMode.choices,
        default=EnrolmentMode.OPEN,
        help_text=_(
            "Open: people enrol themselves. Approval required: requests stay pending until a trainer or "
            "manager confirms them. By nomination only: invited organisations nominate their staff."
        ),
    )
    audience_categories = CategoriesField(
        _("audience"), help_text=_("Who may enrol; leave empty for everyone.")
    )
    trainers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("trainers"), blank=True, related_name="trained_sessions"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=SessionStatus.choices, default=SessionStatus.DRAFT
    )
    attendance_threshold = models.PositiveSmallIntegerField(
        _("attendance threshold (%)"),
        default=80,
        help_text=_("Share of the days a trainee must attend to complete."),
    )
    quiz_required = models.BooleanField(_("quiz required"), default=False)
    description = models.TextField(_("notes for trainees"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = TrainingSessionQuerySet.as_manager()

    nfc_fields = ("code", "title", "venue")
    nfc_multiline_fields = ("description",)  # notes: line breaks kept

    search_fields = [
        index.SearchField("title"),
        index.SearchField("title_folded"),
        index.SearchField("code"),
        index.SearchField("venue"),
        index.FilterField("year"),
        index.FilterField("status"),
        index.FilterField("mode"),
        index.FilterField("course"),
    ]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("course"),
                FieldRowPanel([FieldPanel("code"), FieldPanel("year")]),
                FieldPanel("title"),
                FieldPanel("status"),
            ],
            heading=_("Session"),
        ),
        MultiFieldPanel(
            [FieldPanel("mode"), FieldPanel("venue"), FieldPanel("meeting_link"), FieldPanel("description")],
            heading=_("Place"),
        ),
        InlinePanel("days", heading=_("Days and programme"), label=_("Day"), min_num=0),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("enrolment_opens_at"), FieldPanel("enrolment_closes_at")]),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("enrolment_mode")]),
                FieldPanel("audience_categories"),
            ],
            heading=_("Enrolment"),
        ),
        FieldPanel("trainers"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("attendance_threshold"), FieldPanel("quiz_required")])],
            heading=_("Completion rule"),
        ),
    ]

    class Meta:
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        ordering = ["-year", "code"]
        constraints = [
            models.UniqueConstraint(fields=["course", "code"], name="training_session_code_per_course"),
            models.CheckConstraint(
                condition=Q(attendance_threshold__lte=100), name="training_session_threshold_pct"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} — {self.title}"

    def get_absolute_url(self) -> str:
        """The session's public page."""
        return reverse("courses:session_detail", args=[self.pk])

    def normalise_text(self) -> None:
        self.description = self.description or ""
        super().normalise_text()
        self.title_folded = fold(f"{self.code} {self.title}")

    @property
    def requires_approval(self) -> bool:
        """Whether self-enrolment requests wait for staff approval (the approval mode)."""
        return self.enrolment_mode == EnrolmentMode.APPROVAL

    @property
    def by_nomination_only(self) -> bool:
        """Whether only invited organisations' nominations give a place (no self-enrolment)."""
        return self.enrolment_mode == EnrolmentMode.NOMINATION

    @property
    def audience_labels(self) -> list[str]:
        return category_labels(self.audience_categories)

    def admits_category(self, category: str) -> bool:
        return not self.audience_categories or category in self.audience_categories

    def enrolment_window_open(self, now=None) -> bool:
        now = now or timezone.now()
        if self.enrolment_opens_at and now < self.enrolment_opens_at:
            return False
        return not (self.enrolment_closes_at and now > self.enrolment_closes_at)

    @property
    def enrolment_open(self) -> bool:
        return self.status == SessionStatus.OPEN and self.enrolment_window_open()

    def first_day(self) -> date | None:
        """The first day; uses the `starts_on` annotation or prefetched days when present."""
        if hasattr(self, "starts_on"):
            return self.starts_on
        dates = [day.date for day in self.days.all()]
        return min(dates) if dates else None

    def last_day(self) -> date | None:
        if hasattr(self, "ends_on"):
            return self.ends_on
        dates = [day.date for day in self.days.all()]
        return max(dates) if dates else None

    def has_started(self, today: date | None = None) -> bool:
        if self.status in {SessionStatus.IN_PROGRESS, SessionStatus.COMPLETED}:
            return True
        first = self.first_day()
        return first is not None and first <= (today or timezone.localdate())

    @property
    def seats_left(self) -> int | None:
        """Free seats, when the `confirmed_count` annotation is present."""
        if not hasattr(self, "confirmed_count"):
            return None
        return max(self.capacity - self.confirmed_count, 0)

    @property
    def is_online(self) -> bool:
        return self.mode in {SessionMode.ONLINE, SessionMode.HYBRID}


def session_field(
    *, on_delete, related_name: str, field: type[models.ForeignKey] = models.ForeignKey, **options
) -> models.ForeignKey:
    """The training session a record belongs to, labelled "session" in that sense. `field` may be a
    OneToOneField or modelcluster's ParentalKey; `options` go to it as they are (null, blank...)."""
    return field(
        TrainingSession,
        verbose_name=pgettext_lazy("training session", "session"),
        on_delete=on_delete,
        related_name=related_name,
        **options,
    )


class SessionDay(NormalisedText, models.Model):
    """A day of a session with its hours and topic; attendance is taken per day."""

    session = session_field(on_delete=models.CASCADE, related_name="days", field=ParentalKey)
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start"), default="08:00")
    end_time = models.TimeField(_("end"), default="17:00")
    topic = models.CharField(_("topic"), max_length=255, blank=True)

    nfc_fields = ("topic",)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("topic"),
    ]

    class Meta:
        verbose_name = _("session day")
        verbose_name_plural = _("session days")
        ordering = ["date", "start_time"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_time__gt=models.F("start_time")), name="session_day_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.topic}".strip()


class EnrolmentStatus(models.TextChoices):
    PENDING = "pending", _("Pending approval")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("Waitlisted")
    CANCELLED = "cancelled", _("Cancelled")
    REJECTED = "rejected", _("Rejected")


ACTIVE_STATUSES = (EnrolmentStatus.PENDING, EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED)


class EnrolmentSource(models.TextChoices):
    SELF = "self", _("Self-enrolment")
    BULK_IMPORT = "bulk_import", _("Bulk import")
    STAFF = "staff", _("Added by staff")
    NOMINATION = "nomination", _("Nominated by their organisation")


class Enrolment(models.Model):
    """A person's place (or request, or waitlist spot) in a session. Change it only through courses.services.

    Enrolments are evidence (who took part, with their audit trail and marks): a session or a person that has
    any cannot be deleted; staff cancel the session or deactivate the account instead.
    """

    session = session_field(on_delete=models.PROTECT, related_name="enrolments")
    user = person_field(_("trainee"), on_delete=models.PROTECT, related_name="enrolments")
    status = models.CharField(_("status"), max_length=20, choices=EnrolmentStatus.choices)
    waitlist_position = models.PositiveIntegerField(_("waitlist position"), null=True, blank=True)
    source = models.CharField(
        _("source"), max_length=20, choices=EnrolmentSource.choices, default=EnrolmentSource.SELF
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["session", "status", "waitlist_position", "created_at"]
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="enrolment_once_per_session"),
            models.CheckConstraint(
                condition=(Q(status="waitlisted", waitlist_position__isnull=False, waitlist_position__gte=1))
                | (~Q(status="waitlisted") & Q(waitlist_position__isnull=True)),
                name="enrolment_waitlist_position_iff_waitlisted",
            ),
        ]
        indexes = [models.Index(fields=["session", "status"], name="enrolment_session_status")]

    def __str__(self) -> str:
        return f"{self.user} — {self.session.code}"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


class EnrolmentEvent(models.Model):
    """Audit trail of an enrolment: who changed it, when, from which status to which; and its e-mail."""

    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.PROTECT, related_name="events"
    )
    action = models.CharField(_("action"), max_length=60)
    actor = actor_field(_("by"))
    created_at = models.DateTimeField(_("when"), default=timezone.now)
    from_status = models.CharField(_("from status"), max_length=20, blank=True)
    to_status = models.CharField(_("to status"), max_length=20)
    note = models.TextField(_("note"), blank=True)
    email = models.CharField(_("e-mail to send"), max_length=30, blank=True)
    notified_at = models.DateTimeField(_("e-mail sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment event")
        verbose_name_plural = _("enrolment events")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.action_label}: {self.from_status_label} → {self.to_status_label}"

    @property
    def action_label(self) -> str:
        return enrolment_action_label(self.action)

    @property
    def from_status_label(self) -> str:
        return _status_label(self.from_status)

    @property
    def to_status_label(self) -> str:
        return _status_label(self.to_status)


def _status_label(code: str) -> str:
    """The label of a stored enrolment status; "—" before the first one."""
    if not code:
        return "—"
    return str(EnrolmentStatus(code).label) if code in EnrolmentStatus.values else code


# The states of a bulk enrolment job (the name other modules know it by).
BulkJobStatus = JobStatus


class BulkEnrolmentJob(ProgressJob):
    """A spreadsheet of people to enrol in a session, imported by a Celery task with visible progress."""

    session = session_field(on_delete=models.CASCADE, related_name="bulk_jobs")
    file = models.FileField(_("file"), upload_to="courses/bulk/%Y/%m/", storage=private_storage)
    filename = models.CharField(_("file name"), max_length=255)
    total = models.PositiveIntegerField(_("rows"), default=0)
    processed = models.PositiveIntegerField(_("rows processed"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta(ProgressJob.Meta):
        verbose_name = _("bulk enrolment")
        verbose_name_plural = _("bulk enrolments")

    def __str__(self) -> str:
        return f"{self.filename} → {self.session.code}"
