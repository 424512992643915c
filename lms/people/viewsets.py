"""Admin screens (Wagtail viewsets) for people, organisations and spokespersons."""

from __future__ import annotations

import django_filters
from django import forms
from django.forms import modelform_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.users.forms import UserCreationForm as WagtailUserCreationForm
from wagtail.users.forms import UserEditForm as WagtailUserEditForm
from wagtail.users.views.groups import GroupViewSet as WagtailGroupViewSet
from wagtail.users.views.groups import IndexView as WagtailGroupIndexView
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from lms.admin import ImportableIndexView
from lms.filters import AdminFilterSet, IdChoiceFilter
from lms.inspect import InspectView
from lms.periods import in_force_on

from .forms import PersonFieldsMixin
from .models import AdministrativeLevel, Organisation, Spokesperson, TraineeCategory, User
from .spokespersons import account_for_email
from .widgets import SearchableSelect

PERSON_FIELDS = ["email", *PersonFieldsMixin.person_fields]


class _PersonAdminFormMixin(forms.ModelForm):
    first_name = None
    last_name = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "organisation" in self.fields:
            self.fields["organisation"].queryset = Organisation.objects.select_related("parent")
            self.fields["organisation"].widget = SearchableSelect(choices=self.fields["organisation"].choices)


class UserCreationForm(_PersonAdminFormMixin, WagtailUserCreationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A new person's category is chosen, never assumed (the model's default would be preselected).
        if "trainee_category" in self.fields:
            field = self.fields["trainee_category"]
            field.choices = [("", _("— Choose your category —")), *TraineeCategory.choices]
            field.initial = None
            self.initial.pop("trainee_category", None)

    class Meta(WagtailUserCreationForm.Meta):
        model = User
        fields = [*PERSON_FIELDS, "is_superuser", "groups"]
        widgets = {
            **WagtailUserCreationForm.Meta.widgets,
            "date_of_birth": forms.DateInput(attrs={"type": "date"}),
        }


class UserEditForm(_PersonAdminFormMixin, WagtailUserEditForm):
    class Meta(WagtailUserEditForm.Meta):
        model = User
        fields = [*PERSON_FIELDS, "is_active", "is_superuser", "groups"]
        widgets = {
            **WagtailUserEditForm.Meta.widgets,
            "date_of_birth": forms.DateInput(attrs={"type": "date"}),
        }


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm


class GroupIndexView(WagtailGroupIndexView):
    columns = [
        TitleColumn(
            "name",
            label=_("Name"),
            accessor=str,  # the role's Vietnamese label (see PeopleConfig.ready)
            sort_key="name",
            url_name="wagtailusers_groups:edit",
        ),
    ]


class GroupViewSet(WagtailGroupViewSet):
    index_view_class = GroupIndexView


class ValidityFilterSet(AdminFilterSet):
    validity = django_filters.ChoiceFilter(
        label=_("Validity"),
        choices=[("current", _("In force today")), ("ended", _("No longer in force"))],
        method="filter_validity",
    )

    def filter_validity(self, queryset, name, value):
        today = timezone.localdate()
        current = in_force_on(today, start="valid_from", end="valid_until")
        if value == "current":
            return queryset.filter(current)
        if value == "ended":
            return queryset.exclude(current)
        return queryset


class OrganisationFilterSet(ValidityFilterSet):
    parent = IdChoiceFilter(
        label=pgettext_lazy("organisation", "Parent"),
        queryset=Organisation.objects.filter(children__isnull=False).distinct().order_by("name"),
    )

    class Meta:
        model = Organisation
        fields = ["level", "parent", "validity"]


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    name = "organisations"
    url_prefix = "people/organisations"
    icon = "site"
    menu_label = _("Organisations")
    index_view_class = ImportableIndexView
    list_display = ["name", "type", "level", "parent", "code", "valid_until", "successor"]
    export_filename = "to-chuc"
    search_fields = ["name", "name_folded", "code"]
    search_backend_name = None
    filterset_class = OrganisationFilterSet
    form_fields = [
        "name",
        "short_name",
        "type",
        "level",
        "parent",
        "code",
        "valid_from",
        "valid_until",
        "successor",
    ]
    list_export = form_fields
    ordering = ["level__rank", "name"]
    inspect_view_enabled = True
    inspect_view_class = InspectView
    inspect_view_fields_exclude = ["name_folded"]  # the search copy, not for people
    # Thousands of units are imported at once; Wagtail's reference index would cost a write per row.
    add_to_reference_index = False

    def get_queryset(self, request):
        return Organisation.objects.select_related("level", "parent", "successor")


class AdministrativeLevelViewSet(ModelViewSet):
    model = AdministrativeLevel
    name = "administrative_levels"
    url_prefix = "people/levels"
    icon = "list-ol"
    menu_label = _("Administrative levels")
    list_display = ["name", "code", "rank", "valid_from", "valid_until"]
    form_fields = ["name", "code", "rank", "valid_from", "valid_until"]
    filterset_class = type(
        "AdministrativeLevelFilterSet",
        (ValidityFilterSet,),
        {"Meta": type("Meta", (), {"model": AdministrativeLevel, "fields": ["validity"]})},
    )


class SpokespersonFilterSet(AdminFilterSet):
    organisation__level = IdChoiceFilter(
        label=_("Administrative level"), queryset=AdministrativeLevel.objects.all()
    )

    class Meta:
        model = Spokesperson
        fields = ["organisation__level"]


class SpokespersonForm(WagtailAdminModelForm):
    """The admin form: the account is found by the e-mail address when the manager chooses none."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "organisation" in self.fields:
            self.fields["organisation"].queryset = Organisation.objects.select_related("parent")
            self.fields["organisation"].widget = SearchableSelect(choices=self.fields["organisation"].choices)
        if "user" in self.fields:
            self.fields["user"].widget = SearchableSelect(choices=self.fields["user"].choices)
            self.fields["user"].help_text = _(
                "Left empty, the account whose login is the e-mail address above is linked."
            )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("user") and cleaned.get("email"):
            cleaned["user"] = account_for_email(cleaned["email"])
        return cleaned


_SPOKESPERSON_NAME = ["family_name", "middle_name", "given_name", "position"]
_SPOKESPERSON_CONTACT = ["phone", "email", "appointed_on", "ended_on", "user"]


class SpokespersonViewSet(ModelViewSet):
    model = Spokesperson
    name = "spokespersons"
    url_prefix = "people/spokespersons"
    icon = "user"
    menu_label = _("Spokespersons")
    index_view_class = ImportableIndexView
    list_display = [
        Column("full_name", label=pgettext_lazy("person", "Name")),
        "position",
        "organisation",
        "phone",
        "email",
        "appointed_on",
        "ended_on",
        "user",
    ]
    list_export = [*_SPOKESPERSON_NAME, "organisation", *_SPOKESPERSON_CONTACT]
    export_filename = "nguoi-phat-ngon"
    search_fields = ["family_name", "given_name", "organisation__name", "email"]
    search_backend_name = None
    filterset_class = SpokespersonFilterSet
    form_fields = ["organisation", *_SPOKESPERSON_NAME, *_SPOKESPERSON_CONTACT]

    def get_form_class(self, for_update=False):
        return modelform_factory(self.model, form=SpokespersonForm, fields=self.form_fields)

    def get_queryset(self, request):
        return Spokesperson.objects.select_related("organisation", "organisation__level", "user")


class DirectoryViewSetGroup(ModelViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "group"
    menu_order = 300
    items = (OrganisationViewSet, AdministrativeLevelViewSet, SpokespersonViewSet)
