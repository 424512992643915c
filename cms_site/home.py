"""What the home page shows besides its own content: panels that domain apps add through a Wagtail hook.

cms_site knows no domain app, so courses (the open sessions) and the handbook (its latest edition) register a
function under HOME_PANELS_HOOK; each is called as hook(request) and returns a list of (template name, context)
pairs, rendered in the hooks' order.
"""

from __future__ import annotations

from django.http import HttpRequest
from wagtail import hooks
from wagtail.models import Page, Site

from .selectors import main_navigation
from .text import page_summary

HOME_PANELS_HOOK = "cms_site_home_panels"


def home_panels(request: HttpRequest | None) -> list[tuple[str, dict]]:
    panels: list[tuple[str, dict]] = []
    for hook in hooks.get_hooks(HOME_PANELS_HOOK):
        panels.extend(hook(request) or [])
    return panels


def section_cards(site: Site | None) -> list[dict]:
    """The home page's cards for the site's sections: each section's title, address and what it is about."""
    navigation = main_navigation(site)
    if not navigation:
        return []
    specific = {
        page.pk: page for page in Page.objects.filter(pk__in=[item.pk for item in navigation]).specific()
    }
    return [{"page": item, "text": page_summary(specific.get(item.pk, item))} for item in navigation]
