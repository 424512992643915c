"""Forms of the courses admin screens."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from lms.people.models import User
from lms.people.selectors import members_of_role

from .models import TrainingSession


class TrainingSessionAdminForm(WagtailAdminModelForm):
    """The admin's session form: only members of the Trainers group may be assigned (and so listed)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "trainers" in self.fields:
            self.fields["trainers"].queryset = members_of_role(settings.ROLE_TRAINERS)


class StaffEnrolForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail of the person"),
        help_text=_("The person must already have an account; use the spreadsheet import for new people."),
    )
    note = forms.CharField(label=pgettext_lazy("remark", "Note"), required=False, max_length=500)

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        user = User.objects.filter(email=email).first()
        if user is None:
            raise forms.ValidationError(_("No account uses this e-mail address."))
        self.user = user
        return email


class MoveForm(forms.Form):
    enrolment = forms.IntegerField(widget=forms.HiddenInput)
    to_session = forms.ModelChoiceField(label=_("Move to"), queryset=TrainingSession.objects.none())

    def __init__(self, *args, sessions=None, **kwargs):
        super().__init__(*args, **kwargs)
        if sessions is not None:
            self.fields["to_session"].queryset = sessions
