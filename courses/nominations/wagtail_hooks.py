from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from courses.permissions import teaches_or_manages
from lms.admin import register_admin_section

from . import admin_views
from .viewsets import OrganisationListViewSet


@hooks.register("register_admin_viewset")
def register_organisation_lists():
    return OrganisationListViewSet()


NOMINATION_URLS = [
    path("nominations/", admin_views.session_list, name="nominations_sessions"),
    path("nominations/sessions/<int:pk>/", admin_views.session_invitations, name="nominations_session"),
    path(
        "nominations/sessions/<int:pk>/letter.pdf",
        admin_views.session_letter,
        name="nominations_session_letter",
    ),
    path(
        "nominations/invitations/<int:pk>/letter.pdf",
        admin_views.invitation_letter,
        name="nominations_invitation_letter",
    ),
    path(
        "nominations/invitations/<int:pk>/quota/",
        admin_views.invitation_quota,
        name="nominations_invitation_quota",
    ),
    path(
        "nominations/sessions/<int:pk>/release/",
        admin_views.session_release,
        name="nominations_session_release",
    ),
    path(
        "nominations/sessions/<int:pk>/move-quota/",
        admin_views.session_move_quota,
        name="nominations_session_move_quota",
    ),
    path("nominations/focal-points/", admin_views.focal_points, name="nominations_focal_points"),
    path(
        "nominations/focal-points/<int:pk>/remove/",
        admin_views.focal_point_remove,
        name="nominations_focal_point_remove",
    ),
]


register_admin_section(
    label=_("Nominations"),
    url_name="nominations_sessions",
    icon_name="mail",
    order=255,
    shown_to=teaches_or_manages,
    urls=NOMINATION_URLS,
)
