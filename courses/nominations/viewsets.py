"""Saved lists of organisations in the Wagtail admin: organisers keep lists of units they invite together and
pick one on a session's invitation screen. The one who creates a list is its owner."""

from __future__ import annotations

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from lms.people.models import Organisation

from .forms import units_by_level, units_pick_list
from .models import OrganisationList


class OrganisationListIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("owner")
            .annotate(organisation_count=Count("organisations"))
        )


class OrganisationListCreateView(generic.CreateView):
    def save_instance(self):
        self.form.instance.owner = self.request.user
        return super().save_instance()


class OrganisationListViewSet(ModelViewSet):
    model = OrganisationList
    name = "organisation_lists"
    url_prefix = "nominations/organisation-lists"
    icon = "list-ul"
    menu_label = _("Lists of organisations")
    add_to_admin_menu = False
    index_view_class = OrganisationListIndexView
    add_view_class = OrganisationListCreateView
    form_fields = ["name", "organisations"]
    search_fields = ["name"]
    search_backend_name = None
    list_display = [
        "name",
        "owner",
        Column("organisation_count", label=_("Organisations")),
    ]
    ordering = ["name"]

    def formfield_for_dbfield(self, db_field, **kwargs):
        if db_field.name == "organisations":
            kwargs.update(widget=units_pick_list(), queryset=units_by_level(Organisation.objects.all()))
        return super().formfield_for_dbfield(db_field, **kwargs)
