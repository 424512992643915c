"""The attendance section of the admin, under /admin/attendance/ (attendance/wagtail_hooks.py)."""

from django.urls import path

from . import admin_views

urlpatterns = [
    path("", admin_views.session_list, name="attendance_sessions"),
    path("sessions/<int:pk>/", admin_views.session_overview, name="attendance_session"),
    path("sessions/<int:pk>/register.xlsx", admin_views.register_xlsx, name="attendance_register_xlsx"),
    path("days/<int:pk>/", admin_views.roll_call, name="attendance_roll_call"),
    path("days/<int:pk>/mark/", admin_views.mark, name="attendance_mark"),
    path("days/<int:pk>/mark-all/", admin_views.mark_all, name="attendance_mark_all"),
    path("days/<int:pk>/check-in/", admin_views.check_in_screen, name="attendance_check_in_screen"),
    path("days/<int:pk>/check-in/code/", admin_views.check_in_code, name="attendance_check_in_code"),
    path(
        "days/<int:pk>/check-in/projector/",
        admin_views.check_in_projector,
        name="attendance_check_in_projector",
    ),
    path("days/<int:pk>/sign-in-sheet.pdf", admin_views.sign_in_sheet, name="attendance_sign_in_sheet"),
    path("days/<int:pk>/import/", admin_views.meeting_import, name="attendance_import"),
]
