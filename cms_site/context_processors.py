from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from lms import pagecache

from .selectors import main_navigation


def site_shell(request):
    """Navigation for the base template, computed lazily once per request."""
    cache: dict = {}

    def navigation():
        if "nav" not in cache:
            site = Site.find_for_request(request)
            # The same for every visitor of the site until the next publish (see lms.pagecache.remember).
            cache["nav"] = pagecache.remember(
                f"main-navigation:{site.pk if site else 0}", lambda: main_navigation(site)
            )
        return cache["nav"]

    return {"main_navigation": navigation, "page_fragment": SimpleLazyObject(pagecache.fragment_key)}
