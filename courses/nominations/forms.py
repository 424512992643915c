"""Forms of nominations: the organiser's invitation of units, the appointment of a focal point."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.people.models import AdministrativeLevel, Organisation, TraineeCategory, User


class InviteForm(forms.Form):
    level = forms.ModelChoiceField(
        label=_("All units of the level"),
        queryset=AdministrativeLevel.objects.none(),
        required=False,
    )
    province = forms.ModelChoiceField(
        label=_("In the province"),
        queryset=Organisation.objects.none(),
        required=False,
        help_text=_("The province itself and the units under it."),
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("And these units"),
        queryset=Organisation.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 12}),
    )
    quota = forms.IntegerField(label=_("Quota per unit"), min_value=1, initial=2)
    deadline = forms.DateTimeField(
        label=_("Nomination deadline"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    replace_until = forms.DateTimeField(
        label=_("Replacements until"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text=_("Empty: the nomination deadline."),
    )
    allow_over_invitation = forms.BooleanField(
        label=_("Allow the quotas to exceed the capacity (over-invitation)"), required=False
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # In force today (not on the day the process started).
        units = Organisation.objects.valid_on()
        self.fields["level"].queryset = AdministrativeLevel.objects.valid_on().order_by("rank")
        self.fields["province"].queryset = units.filter(level__code="province").order_by("name")
        self.fields["organisations"].queryset = units.select_related("level").order_by("level__rank", "name")

    def clean(self):
        data = super().clean()
        if not (data.get("level") or data.get("province") or data.get("organisations")):
            raise forms.ValidationError(_("Choose a level, a province or some units to invite."))
        return data


class FocalPointForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())
    email = forms.EmailField(label=_("E-mail of the person"))

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.valid_on().order_by("name")

    def clean(self):
        data = super().clean()
        email = (data.get("email") or "").strip().lower()
        if email:
            data["user"] = User.objects.filter(email__iexact=email).first()
            if data["user"] is None:
                self.add_error("email", _("No account has this e-mail address."))
        return data


class NewPersonForm(forms.Form):
    """Someone of the unit who has no account yet: their name in parts, as Vietnamese administration writes it."""

    family_name = forms.CharField(label=_("Family name"), max_length=80)
    middle_name = forms.CharField(label=_("Middle name"), max_length=80, required=False)
    given_name = forms.CharField(label=_("Given name"), max_length=80)
    email = forms.EmailField(label=_("E-mail"))
    position = forms.CharField(label=_("Position"), max_length=120, required=False)
    trainee_category = forms.ChoiceField(label=_("Trainee category"), choices=TraineeCategory.choices)
