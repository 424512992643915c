from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.imports.forms import SpreadsheetField, SpreadsheetUploadForm

from .models import AttendancePolicy


class PolicyForm(forms.ModelForm):
    class Meta:
        model = AttendancePolicy
        fields = ["late_grace_minutes", "excused_counts", "online_min_minutes"]


class MeetingReportForm(SpreadsheetUploadForm):
    file = SpreadsheetField(
        label=_("Participants report"),
        help_text=_(
            "CSV or XLSX exported from the meeting software: name and/or e-mail, join time, leave time."
        ),
        extensions=(".csv", ".xlsx", ".txt"),
    )
