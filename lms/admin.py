"""Shared Wagtail admin building blocks: a menu item shown to some users, and an admin section (menu + URLs)."""

from collections.abc import Callable
from typing import Any

from django.urls import URLPattern, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem


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


def register_admin_section(
    *,
    label: str,
    url_name: str,
    icon_name: str,
    order: int,
    shown_to: Callable[[Any], bool],
    urls: list[URLPattern],
) -> None:
    """Register an admin menu item pointing at `url_name`, shown to `shown_to`, and the section's URLs."""

    @hooks.register("register_admin_menu_item")
    def register_menu_item():
        return ConditionalMenuItem(
            label, reverse(url_name), icon_name=icon_name, order=order, shown_to=shown_to
        )

    @hooks.register("register_admin_urls")
    def register_urls():
        return urls
