from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms_site.account import ACCOUNT_LINKS_HOOK
from courses.admin_sections import register_session_section

from . import admin_urls
from .selectors import shows_nominations_link
from .viewsets import OrganisationListViewSet


@hooks.register(ACCOUNT_LINKS_HOOK, order=20)
def nominations_link(request):
    """A unit's focal point finds its nominations from every page's header."""
    if shows_nominations_link(request.user):
        return [(gettext("Nominations of my unit"), reverse("nominations:home"))]
    return []


@hooks.register("register_admin_viewset")
def register_organisation_lists():
    return OrganisationListViewSet()


register_session_section("nominations", _("Nominations"), icon_name="mail", order=255, urlconf=admin_urls)
