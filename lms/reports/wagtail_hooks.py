from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.widgets.button import ListingButton

from courses.permissions import is_manager
from lms.admin import ConditionalMenuItem, admin_section_urls

from . import admin_urls
from .dashboard import is_trainer, panels_for
from .viewsets import ProgrammeYearViewSet


def _may_plan(user) -> bool:
    return user.has_perm("reports.change_programmeyear")


def _reads_records(user) -> bool:
    return is_manager(user) or is_trainer(user)


hooks.register("register_admin_viewset", ProgrammeYearViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    return admin_section_urls("programme-reports", admin_urls)


@hooks.register("register_admin_menu_item")
def register_reports_menu():
    screens = [
        (_("Annual report"), "reports_annual", "table", 5, is_manager),
        (_("Spokesperson coverage"), "reports_coverage", "group", 10, is_manager),
        (_("Training records"), "reports_training_records", "doc-full", 15, _reads_records),
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
