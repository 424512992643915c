from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from courses.permissions import is_manager

from . import admin_views


class ManagersMenuItem(MenuItem):
    def is_shown(self, request):
        return is_manager(request.user)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("programme-reports/coverage/", admin_views.coverage_view, name="reports_coverage")]


@hooks.register("register_admin_menu_item")
def register_reports_menu():
    menu = Menu(
        items=[
            ManagersMenuItem(
                _("Spokesperson coverage"), reverse("reports_coverage"), icon_name="group", order=10
            ),
        ]
    )
    return SubmenuMenuItem(_("Programme reports"), menu, icon_name="table", order=280)
