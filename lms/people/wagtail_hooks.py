from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.admin import admin_urls, register_admin_section

from . import views
from .viewsets import DirectoryViewSetGroup

hooks.register("register_admin_viewset", DirectoryViewSetGroup)

register_admin_section(
    label=_("Work units to match"),
    url_name="people_unlisted_work_units",
    icon_name="warning",
    order=310,
    shown_to=lambda user: user.has_perm("people.change_organisation"),
    urls=admin_urls(
        "people",
        [
            ("organisations/import/", views.organisation_import, "organisation_import"),
            ("spokespersons/import/", views.spokesperson_import, "spokesperson_import"),
            ("unlisted-work-units/", views.unlisted_work_units_view, "unlisted_work_units"),
        ],
    ),
)
