"""Labels Wagtail's admin leaves in English or blank whatever the language, set from translated names.

Each is a gap in Wagtail 8 itself (a label computed from an attribute name, a name never set); applied once,
when the app is ready.
"""

from __future__ import annotations

from django.utils.text import capfirst
from wagtail.admin.views.pages.search import SearchView
from wagtail.models import Page, Site
from wagtail.sites.views import IndexView as SiteIndexView


def label_wagtail_screens() -> None:

    # The list of sites labels three columns from their attribute names ("Site name").
    for column in SiteIndexView.columns:
        if column.name in {"port", "site_name", "root_page"}:
            column.label = capfirst(Site._meta.get_field(column.name).verbose_name)
    # The page search never names what it counts: "1-8 of 8 None".
    SearchView.verbose_name = Page._meta.verbose_name
    SearchView.verbose_name_plural = Page._meta.verbose_name_plural
