from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms_site.account import ACCOUNT_LINKS_HOOK
from courses.permissions import teaches_or_manages
from lms.admin import admin_urls, register_admin_section

from . import admin_views
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


register_admin_section(
    label=_("Nominations"),
    url_name="nominations_sessions",
    icon_name="mail",
    order=255,
    shown_to=teaches_or_manages,
    urls=admin_urls(
        "nominations",
        [
            ("", admin_views.session_list, "sessions"),
            ("sessions/<int:pk>/", admin_views.session_invitations, "session"),
            ("sessions/<int:pk>/letter.pdf", admin_views.session_letter, "session_letter"),
            ("invitations/<int:pk>/letter.pdf", admin_views.invitation_letter, "invitation_letter"),
            ("invitations/<int:pk>/quota/", admin_views.invitation_quota, "invitation_quota"),
            ("sessions/<int:pk>/release/", admin_views.session_release, "session_release"),
            ("sessions/<int:pk>/move-quota/", admin_views.session_move_quota, "session_move_quota"),
            ("focal-points/", admin_views.focal_points, "focal_points"),
            ("focal-points/<int:pk>/remove/", admin_views.focal_point_remove, "focal_point_remove"),
        ],
    ),
)
