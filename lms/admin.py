"""Shared Wagtail admin building blocks: a menu item shown to some users, an admin section (menu + URLs),
a list with an import button, the "View on site" item of a list row, and custom admin screens."""

from collections.abc import Callable
from types import ModuleType
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import URLPattern, include, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.admin.widgets.button import MenuItem as ButtonMenuItem


class ConditionalMenuItem(MenuItem):
    """A menu item shown only to users for whom `shown_to(user)` holds; asked once per user object.

    Why cache: Wagtail asks `is_shown` every time it builds the menu, and the answer may cost a query.
    """

    def __init__(self, *args, shown_to: Callable[[Any], bool], **kwargs):
        super().__init__(*args, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        answers = request.user.__dict__.setdefault("_lms_menu_shown", {})
        if self.name not in answers:
            answers[self.name] = bool(self.shown_to(request.user))
        return answers[self.name]


def admin_section_urls(prefix: str, urlconf: ModuleType | str) -> list[URLPattern]:
    """A section's admin screens: its own URLconf (a module whose `urlpatterns` spell out every URL name, e.g.
    "attendance_roll_call") mounted under /admin/<prefix>/, for Wagtail's "register_admin_urls" hook."""
    return [path(f"{prefix}/", include(urlconf))]


def register_admin_section(
    *,
    label: str,
    url_name: str,
    icon_name: str,
    order: int,
    shown_to: Callable[[Any], bool],
    prefix: str,
    urlconf: ModuleType | str,
) -> None:
    """Register an admin menu item pointing at `url_name`, shown to `shown_to`, and the section's URLconf under
    /admin/<prefix>/."""

    @hooks.register("register_admin_menu_item")
    def register_menu_item():
        return ConditionalMenuItem(
            label, reverse(url_name), icon_name=icon_name, order=order, shown_to=shown_to
        )

    @hooks.register("register_admin_urls")
    def register_urls():
        return admin_section_urls(prefix, urlconf)


class ImportableIndexView(IndexView):
    """A model's admin list with an "Import" button for those who may add rows; the import screen's URL is
    named `<app label>_<model name>_import` (e.g. `people_organisation_import`)."""

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        options = self.model._meta
        if self.request.user.has_perm(f"{options.app_label}.add_{options.model_name}"):
            url = reverse(f"{options.app_label}_{options.model_name}_import")
            buttons.append(HeaderButton(_("Import"), url=url, icon_name="upload", priority=20))
        return buttons


def view_on_site_item(url: str) -> ButtonMenuItem:
    """The last item of a list row's "More" menu: the object's public page."""
    return ButtonMenuItem(_("View on site"), url=url, icon_name="view", priority=40)


def render_admin_page(
    request: HttpRequest,
    template_name: str,
    context: dict[str, Any],
    *,
    title: str,
    icon: str,
    subtitle: Any = "",
    status: int = 200,
) -> HttpResponse:
    """A custom admin screen: its template extends "lms/admin/page.html", which shows Wagtail's header (title,
    subtitle, icon) above the screen's content."""
    header = {"page_title": title, "page_subtitle": subtitle, "header_icon": icon}
    return render(request, template_name, {**context, **header}, status=status)
