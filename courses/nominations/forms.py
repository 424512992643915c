"""Forms of nominations: the organiser's invitation of units, the appointment of a focal point."""

from __future__ import annotations

from operator import attrgetter

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.people.models import AdministrativeLevel, Organisation, TraineeCategory, User
from lms.widgets import PickList

from .models import OrganisationList


def units_pick_list() -> PickList:
    """Units to tick, under the heading of their administrative level (the queryset in `units_by_level`)."""
    return PickList(group_by=attrgetter("level"))


def units_by_level(units):
    return units.select_related("level").order_by("level__rank", "name")


def _datetime_field(label, **kwargs) -> forms.DateTimeField:
    return forms.DateTimeField(
        label=label, widget=forms.DateTimeInput(attrs={"type": "datetime-local"}), **kwargs
    )


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
    saved_list = forms.ModelChoiceField(
        label=_("The units of a saved list"),
        queryset=OrganisationList.objects.none(),
        required=False,
        help_text=_("Lists are kept under Nominations → Lists of organisations."),
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("And these units"),
        queryset=Organisation.objects.none(),
        required=False,
        widget=units_pick_list(),
    )
    quota = forms.IntegerField(label=_("Quota per unit"), min_value=1, initial=2)
    deadline = _datetime_field(_("Nomination deadline"))
    replace_until = _datetime_field(
        _("Replacements until"), required=False, help_text=_("Empty: the nomination deadline.")
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
        self.fields["organisations"].queryset = units_by_level(units)
        self.fields["saved_list"].queryset = OrganisationList.objects.select_related("owner")
        self.fields["saved_list"].label_from_instance = lambda saved: (
            f"{saved.name} ({saved.owner.full_name or saved.owner.email})" if saved.owner else saved.name
        )

    def clean(self):
        data = super().clean()
        if not any(data.get(name) for name in ("level", "province", "saved_list", "organisations")):
            raise forms.ValidationError(
                _("Choose a level, a province, a saved list or some units to invite.")
            )
        return data


class QuotaForm(forms.Form):
    """One invited unit's quota, changed from its row in the list."""

    quota = forms.IntegerField(label=_("Quota"), min_value=1)
    allow_over_invitation = forms.BooleanField(label=_("over-invitation"), required=False)


class MoveQuotaForm(forms.Form):
    """After the deadline: the units that receive the places others left unused."""

    prefix = "move"  # shares a page with the invitation form

    organisations = forms.ModelMultipleChoiceField(
        label=_("Units receiving the unused places"),
        queryset=Organisation.objects.none(),
        widget=units_pick_list(),
    )
    deadline = _datetime_field(_("New nomination deadline for them"))

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisations"].queryset = units_by_level(Organisation.objects.valid_on())


class NameForm(forms.Form):
    """A person's name in parts, as Vietnamese administration writes it."""

    family_name = forms.CharField(label=_("Family name"), max_length=80)
    middle_name = forms.CharField(label=_("Middle name"), max_length=80, required=False)
    given_name = forms.CharField(label=_("Given name"), max_length=80)


class FocalPointForm(NameForm):
    """A focal point by e-mail: a person of the unit with an account, or someone invited to open one."""

    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())
    email = forms.EmailField(label=_("E-mail of the person"))
    field_order = ["organisation", "email"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("family_name", "given_name"):
            # Needed only for someone without an account (checked in clean()).
            self.fields[name].required = False
        self.fields["given_name"].help_text = _(
            "The name is needed only for someone without an account: they will get an activation e-mail."
        )
        self.fields["organisation"].queryset = Organisation.objects.valid_on().order_by("name")

    def clean(self):
        data = super().clean()
        email = (data.get("email") or "").strip().lower()
        if email and not User.objects.filter(email__iexact=email).exists():
            for name in ("family_name", "given_name"):
                if not data.get(name, "").strip():
                    self.add_error(name, _("No account has this e-mail address: enter the person's name."))
        return data


class NewPersonForm(NameForm):
    """Someone of the unit who has no account yet."""

    email = forms.EmailField(label=_("E-mail"))
    position = forms.CharField(label=_("Position"), max_length=120, required=False)
    trainee_category = forms.ChoiceField(label=_("Trainee category"), choices=TraineeCategory.choices)
