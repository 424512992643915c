from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses.permissions import is_manager

from . import admin_views
from .viewsets import OrganisationListViewSet


class NominationsMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return is_manager(user) or user.trained_sessions.exists()


@hooks.register("register_admin_menu_item")
def register_nominations_menu_item():
    return NominationsMenuItem(_("Nominations"), reverse("nominations_sessions"), icon_name="mail", order=255)


@hooks.register("register_admin_viewset")
def register_organisation_lists():
    return OrganisationListViewSet()


@hooks.register("register_admin_urls")
def register_nominations_urls():
    return [
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
