from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses.permissions import is_manager

from . import admin_views


class AttendanceMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        if is_manager(user):
            return True
        cached = getattr(user, "_attendance_has_sessions", None)
        if cached is None:
            cached = user.trained_sessions.exists()
            user._attendance_has_sessions = cached
        return cached


@hooks.register("register_admin_menu_item")
def register_attendance_menu_item():
    return AttendanceMenuItem(
        _("Attendance"), reverse("attendance_sessions"), icon_name="clipboard-list", order=260
    )


@hooks.register("register_admin_urls")
def register_attendance_urls():
    return [
        path("attendance/", admin_views.session_list, name="attendance_sessions"),
        path("attendance/sessions/<int:pk>/", admin_views.session_overview, name="attendance_session"),
        path(
            "attendance/sessions/<int:pk>/register.xlsx",
            admin_views.register_xlsx,
            name="attendance_register_xlsx",
        ),
        path("attendance/days/<int:pk>/", admin_views.roll_call, name="attendance_roll_call"),
        path("attendance/days/<int:pk>/mark/", admin_views.mark, name="attendance_mark"),
        path("attendance/days/<int:pk>/mark-all/", admin_views.mark_all, name="attendance_mark_all"),
        path(
            "attendance/days/<int:pk>/check-in/",
            admin_views.check_in_screen,
            name="attendance_check_in_screen",
        ),
        path(
            "attendance/days/<int:pk>/check-in/code/",
            admin_views.check_in_code,
            name="attendance_check_in_code",
        ),
        path(
            "attendance/days/<int:pk>/sign-in-sheet.pdf",
            admin_views.sign_in_sheet,
            name="attendance_sign_in_sheet",
        ),
        path("attendance/days/<int:pk>/import/", admin_views.meeting_import, name="attendance_import"),
    ]
