from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.widgets.button import ListingButton

from courses.permissions import is_manager

from . import admin_views
from .dashboard import is_trainer, panels_for
from .viewsets import ProgrammeYearViewSet


class ManagersMenuItem(MenuItem):
    def is_shown(self, request):
        return is_manager(request.user)


class RecordsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_manager(request.user) or is_trainer(request.user)


class PlanMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("reports.change_programmeyear")


@hooks.register("register_admin_viewset")
def register_programme_years():
    return ProgrammeYearViewSet()


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("programme-reports/coverage/", admin_views.coverage_view, name="reports_coverage"),
        path("programme-reports/annual/", admin_views.annual_view, name="reports_annual"),
        path(
            "programme-reports/training-record/",
            admin_views.training_records_view,
            name="reports_training_records",
        ),
        path(
            "programme-reports/training-record/<int:pk>/",
            admin_views.training_record_view,
            name="reports_training_record",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_reports_menu():
    menu = Menu(
        items=[
            ManagersMenuItem(_("Annual report"), reverse("reports_annual"), icon_name="table", order=5),
            ManagersMenuItem(
                _("Spokesperson coverage"), reverse("reports_coverage"), icon_name="group", order=10
            ),
            RecordsMenuItem(
                _("Training records"), reverse("reports_training_records"), icon_name="doc-full", order=15
            ),
            PlanMenuItem(_("Yearly plan"), reverse("programme_years:index"), icon_name="date", order=20),
        ]
    )
    return SubmenuMenuItem(_("Programme reports"), menu, icon_name="table", order=280)


@hooks.register("construct_homepage_panels")
def add_role_panels(request, panels):
    panels.extend(panels_for(request.user))


@hooks.register("register_user_listing_buttons")
def training_record_button(user, request_user):
    """The person's training record, from the users listing (only programme managers read anyone's)."""
    if is_manager(request_user):
        yield ListingButton(
            _("Training record"),
            reverse("reports_training_record", args=[user.pk]),
            icon_name="doc-full",
            priority=30,
        )
