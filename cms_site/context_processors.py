from wagtail.models import Site

from .selectors import main_navigation


def site_shell(request):
    """Navigation for the base template, computed lazily once per request."""
    cache: dict = {}

    def navigation():
        if "nav" not in cache:
            site = Site.find_for_request(request)
            cache["nav"] = main_navigation(site)
        return cache["nav"]

    return {"main_navigation": navigation}
