from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from lms import pagecache
from lms.admin_access import may_use_admin

from .account import account_links
from .models import SiteSettings
from .selectors import main_navigation


def site_shell(request):
    """The base template's navigation, footer settings, account links and admin link, each computed lazily once
    per request."""
    cache: dict = {}

    def site():
        if "site" not in cache:
            cache["site"] = Site.find_for_request(request)
        return cache["site"]

    def navigation():
        if "nav" not in cache:
            # The same for every visitor of the site until the next publish (see lms.pagecache.remember).
            cache["nav"] = pagecache.remember(
                f"main-navigation:{site().pk if site() else 0}", lambda: main_navigation(site())
            )
        return cache["nav"]

    def footer():
        if "footer" not in cache:
            # Saving any site setting clears what is remembered (lms.pagecache), like a publish.
            cache["footer"] = (
                pagecache.remember(f"site-settings:{site().pk}", lambda: SiteSettings.for_site(site()))
                if site()
                else None
            )
        return cache["footer"]

    def admin_access():
        return may_use_admin(getattr(request, "user", None))

    def links():
        if "links" not in cache:
            cache["links"] = account_links(request)
        return cache["links"]

    return {
        "main_navigation": navigation,
        "site_settings": footer,
        "admin_access": admin_access,
        "account_links": links,
        "page_fragment": SimpleLazyObject(pagecache.fragment_key),
    }
