from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from courses.permissions import is_manager
from lms.admin import ConditionalMenuItem

from . import admin_views
from .dashboard import panels_for
from .viewsets import ProgrammeYearViewSet


def _may_plan(user) -> bool:
    return user.has_perm("reports.change_programmeyear")


hooks.register("register_admin_viewset", ProgrammeYearViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("programme-reports/coverage/", admin_views.coverage_view, name="reports_coverage"),
        path("programme-reports/annual/", admin_views.annual_view, name="reports_annual"),
    ]


@hooks.register("register_admin_menu_item")
def register_reports_menu():
    screens = [
        (_("Annual report"), "reports_annual", "table", 5, is_manager),
        (_("Spokesperson coverage"), "reports_coverage", "group", 10, is_manager),
        (_("Yearly plan"), "programme_years:index", "date", 20, _may_plan),
    ]
    menu = Menu(
        items=[
            ConditionalMenuItem(label, reverse(url_name), icon_name=icon, order=order, shown_to=shown_to)
            for label, url_name, icon, order, shown_to in screens
        ]
    )
    return SubmenuMenuItem(_("Programme reports"), menu, icon_name="table", order=280)


@hooks.register("construct_homepage_panels")
def add_role_panels(request, panels):
    panels.extend(panels_for(request.user))
