"""The choices a report screen offers: the date and the province to report on."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .annual import Period
from .coverage import top_level_units


class CoverageForm(forms.Form):
    on = forms.DateField(
        label=_("On date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
    )
    province = forms.ChoiceField(label=_("Within"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = [("", _("The whole country"))] + [
            (unit.code, unit.name) for unit in top_level_units(self.day())
        ]

    def day(self) -> dt.date:
        """The date asked for (today when none or unreadable; the field shows its own error)."""
        value = self.data.get("on") if self.is_bound else None
        try:
            return self.fields["on"].clean(value) or timezone.localdate()
        except forms.ValidationError:
            return timezone.localdate()

    def options(self) -> dict:
        if not self.is_valid():
            return {"on": timezone.localdate(), "province": None}
        return {
            "on": self.cleaned_data["on"] or timezone.localdate(),
            "province": self.cleaned_data["province"] or None,
        }


def _date_field(label) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
    )


class PeriodForm(forms.Form):
    """A date range for the programme report (both ends included); a year is asked for apart."""

    MAX_DAYS = 366 * 10

    start = _date_field(pgettext_lazy("start of a period", "From"))
    end = _date_field(pgettext_lazy("end of a period", "To"))

    def __init__(self, data=None, **kwargs):
        if data is not None:
            data = {"start": data.get("from", ""), "end": data.get("to", "")}
        super().__init__(data, **kwargs)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if bool(start) != bool(end):
            raise forms.ValidationError(_("Give both ends of the period, or neither."))
        if start and end and end < start:
            raise forms.ValidationError(_("The period ends before it starts."))
        if start and end and (end - start).days > self.MAX_DAYS:
            raise forms.ValidationError(_("A period of at most ten years, please."))
        return cleaned

    def period(self) -> Period | None:
        """The range asked for, or None (no range, or an unreadable one: the form shows why)."""
        if not self.is_bound or not self.is_valid() or not self.cleaned_data.get("start"):
            return None
        return Period.between(self.cleaned_data["start"], self.cleaned_data["end"])
