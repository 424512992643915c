from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .viewsets import DirectoryViewSetGroup


@hooks.register("register_admin_viewset")
def register_directory():
    return DirectoryViewSetGroup()


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("people/organisations/import/", views.organisation_import, name="people_organisation_import"),
        path("people/spokespersons/import/", views.spokesperson_import, name="people_spokesperson_import"),
        path(
            "people/unlisted-work-units/", views.unlisted_work_units_view, name="people_unlisted_work_units"
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_unlisted_menu_item():

    class PermissionMenuItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm("people.change_organisation")

    return PermissionMenuItem(
        _("Work units to match"), reverse("people_unlisted_work_units"), icon_name="warning", order=310
    )
