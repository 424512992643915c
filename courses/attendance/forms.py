from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import AttendancePolicy


class PolicyForm(forms.ModelForm):
    class Meta:
        model = AttendancePolicy
        fields = ["late_grace_minutes", "excused_counts", "online_min_minutes"]


class MeetingReportForm(forms.Form):
    file = forms.FileField(
        label=_("Participants report"),
        help_text=_(
            "CSV or XLSX exported from the meeting software: name and/or e-mail, join time, leave time."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".xlsx", ".txt")):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."))
        if upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload
