"""The links the site's header offers a signed-in person besides their profile and the admin ("My learning",
"Nominations of my unit"): domain apps add them through a Wagtail hook, since cms_site knows no domain app
(the home page's panels work the same way, `cms_site.home`).

Each hook is called as hook(request) for a signed-in person and returns a list of (label, URL) pairs, shown
in the hooks' order. A hook must not cost a query a page: what it depends on is remembered
(`lms.pagecache.remember_for`).
"""

from __future__ import annotations

from django.http import HttpRequest
from wagtail import hooks

ACCOUNT_LINKS_HOOK = "cms_site_account_links"


def account_links(request: HttpRequest) -> list[tuple[str, str]]:
    if not getattr(getattr(request, "user", None), "is_authenticated", False):
        return []
    links: list[tuple[str, str]] = []
    for hook in hooks.get_hooks(ACCOUNT_LINKS_HOOK):
        links.extend(hook(request) or [])
    return links
