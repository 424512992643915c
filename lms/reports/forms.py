"""The choices a report screen offers: the date and the province to report on."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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
