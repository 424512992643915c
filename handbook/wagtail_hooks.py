from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms_site.home import HOME_PANELS_HOOK

from .admin_views import VIEW_PERMISSION, editions_index, rebuild_edition
from .home import home_handbook_panel


@hooks.register("register_admin_urls")
def register_handbook_admin_urls():
    return [
        path("handbook/editions/", editions_index, name="handbook_editions"),
        path("handbook/editions/<int:book_id>/rebuild/", rebuild_edition, name="handbook_rebuild_edition"),
    ]


class EditionsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_editions_menu_item():
    return EditionsMenuItem(_("Handbook PDF"), reverse("handbook_editions"), icon_name="doc-full", order=350)


# The home page shows the handbook and its latest edition (cms_site knows no domain app: it asks through a hook).
hooks.register(HOME_PANELS_HOOK, home_handbook_panel, order=20)
