"""Forms for signing up, the profile and organisation imports."""

from __future__ import annotations

from datetime import date

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from lms.text import nfc

from .models import Organisation, TraineeCategory, User
from .selectors import current_organisations
from .services import register_trainee
from .widgets import SearchableSelect


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Organisation) -> str:
        if obj.parent_id:
            return f"{obj.name} — {obj.parent.name}"
        return obj.name


CATEGORY_HELP = {
    TraineeCategory.SPOKESPERSON: _(
        "appointed or authorised to give information to the press in your agency's name."
    ),
    TraineeCategory.COMMUNICATION_OFFICER: _(
        "you work on policy communication, press relations, the portal or the social-media pages of your agency."
    ),
    TraineeCategory.REPORTER: _("you work for a press agency."),
    TraineeCategory.GRASSROOTS: _("you run information work in a commune, ward or special zone."),
    TraineeCategory.OTHER: _("none of the above."),
}


def category_help_text() -> str:
    """What each trainee category means, one line each, so people choose rather than guess."""
    return format_html(
        '{}<ul class="category-help">{}</ul>',
        _("The organisers invite people and report on the network by this category."),
        format_html_join(
            "",
            "<li><strong>{}</strong>: {}</li>",
            ((TraineeCategory(value).label, CATEGORY_HELP[value]) for value in TraineeCategory.values),
        ),
    )


class PersonFieldsMixin(forms.Form):
    """Fields every person gives about themselves; the name in parts, the work unit from the directory."""

    family_name = forms.CharField(label=_("Family name (họ)"), max_length=60)
    middle_name = forms.CharField(
        label=_("Middle name (tên đệm)"),
        max_length=80,
        required=False,
        help_text=_("May be empty or several words."),
    )
    given_name = forms.CharField(label=_("Given name (tên)"), max_length=60)
    date_of_birth = forms.DateField(
        label=_("Date of birth"),
        required=False,
        # Typed as dd/mm/yyyy, not the browser's date picker (mm/dd/yyyy in many browsers).
        widget=forms.DateInput(
            format="%d/%m/%Y",
            attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric", "autocomplete": "bday"},
        ),
        help_text=_("Day/month/year, e.g. 05/02/1990. Shown on your certificates."),
    )
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    organisation = OrganisationChoiceField(
        label=_("Work unit"),
        queryset=Organisation.objects.none(),
        required=False,
        widget=SearchableSelect,
        empty_label=_("— choose your work unit —"),
    )
    organisation_unlisted = forms.CharField(
        label=_("My work unit is not listed"),
        max_length=255,
        required=False,
        help_text=_("Type its full name; the organisers will match it to the directory."),
    )
    position = forms.CharField(label=_("Position"), max_length=120, required=False)
    # No default on purpose: a preselected category recorded people who skimmed the form as spokespersons.
    trainee_category = forms.ChoiceField(
        label=_("I am a"),
        choices=[("", _("— Choose your category —")), *TraineeCategory.choices],
        error_messages={"required": _("Choose the category that describes your work.")},
    )

    person_fields = [
        "family_name",
        "middle_name",
        "given_name",
        "date_of_birth",
        "phone",
        "organisation",
        "organisation_unlisted",
        "position",
        "trainee_category",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = current_organisations()
        self.fields["trainee_category"].help_text = category_help_text()

    def clean_date_of_birth(self) -> date | None:
        value = self.cleaned_data.get("date_of_birth")
        if value and value >= timezone.localdate():
            raise forms.ValidationError(_("The date of birth must be in the past."))
        if value and value.year < 1920:
            raise forms.ValidationError(_("Please check the year of birth."))
        return value

    def clean(self):
        cleaned = super().clean()
        for name in (
            "family_name",
            "middle_name",
            "given_name",
            "phone",
            "position",
            "organisation_unlisted",
        ):
            if isinstance(cleaned.get(name), str):
                cleaned[name] = nfc(cleaned[name])
        if not cleaned.get("organisation") and not cleaned.get("organisation_unlisted"):
            self.add_error("organisation", _("Choose your work unit, or type its name if it is not listed."))
        if cleaned.get("organisation"):
            cleaned["organisation_unlisted"] = ""
        return cleaned

    def person_data(self) -> dict:
        return {name: self.cleaned_data.get(name) for name in self.person_fields}


class SignupForm(PersonFieldsMixin, AllauthSignupForm):
    """allauth's sign-up (e-mail and password) with the person's details."""

    field_order = ["email", *PersonFieldsMixin.person_fields, "password1", "password2"]

    def save(self, request):

        user = super().save(request)
        return register_trainee(user)


class ProfileForm(PersonFieldsMixin, forms.Form):
    def __init__(self, *args, user: User, **kwargs):
        initial = {name: getattr(user, name) for name in self.person_fields}
        initial["organisation"] = user.organisation_id
        super().__init__(*args, initial=initial, **kwargs)


class AdminLoginForm(WagtailLoginForm):
    """Wagtail's sign-in form, whose password field Wagtail leaves without a label (it reads "Password")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
