"""The nominations section of the admin, under /admin/nominations/ (nominations/wagtail_hooks.py)."""

from django.urls import path

from . import admin_views

urlpatterns = [
    path("", admin_views.session_list, name="nominations_sessions"),
    path("sessions/<int:pk>/", admin_views.session_invitations, name="nominations_session"),
    path("sessions/<int:pk>/letter.pdf", admin_views.session_letter, name="nominations_session_letter"),
    path("sessions/<int:pk>/release/", admin_views.session_release, name="nominations_session_release"),
    path(
        "sessions/<int:pk>/move-quota/", admin_views.session_move_quota, name="nominations_session_move_quota"
    ),
    path(
        "invitations/<int:pk>/letter.pdf", admin_views.invitation_letter, name="nominations_invitation_letter"
    ),
    path("invitations/<int:pk>/quota/", admin_views.invitation_quota, name="nominations_invitation_quota"),
    path("focal-points/", admin_views.focal_points, name="nominations_focal_points"),
    path(
        "focal-points/<int:pk>/remove/", admin_views.focal_point_remove, name="nominations_focal_point_remove"
    ),
]
