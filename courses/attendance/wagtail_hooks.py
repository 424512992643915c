from django.urls import path
from django.utils.translation import gettext_lazy as _

from courses.permissions import teaches_or_manages
from lms.admin import register_admin_section

from . import admin_views

ATTENDANCE_URLS = [
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
        "attendance/days/<int:pk>/check-in/", admin_views.check_in_screen, name="attendance_check_in_screen"
    ),
    path(
        "attendance/days/<int:pk>/check-in/code/", admin_views.check_in_code, name="attendance_check_in_code"
    ),
    path(
        "attendance/days/<int:pk>/check-in/projector/",
        admin_views.check_in_projector,
        name="attendance_check_in_projector",
    ),
    path(
        "attendance/days/<int:pk>/sign-in-sheet.pdf",
        admin_views.sign_in_sheet,
        name="attendance_sign_in_sheet",
    ),
    path("attendance/days/<int:pk>/import/", admin_views.meeting_import, name="attendance_import"),
]


register_admin_section(
    label=_("Attendance"),
    url_name="attendance_sessions",
    icon_name="clipboard-list",
    order=260,
    shown_to=teaches_or_manages,
    urls=ATTENDANCE_URLS,
)
