from django.utils.translation import gettext_lazy as _

from courses.permissions import teaches_or_manages
from lms.admin import admin_urls, register_admin_section

from . import admin_views

register_admin_section(
    label=_("Attendance"),
    url_name="attendance_sessions",
    icon_name="clipboard-list",
    order=260,
    shown_to=teaches_or_manages,
    urls=admin_urls(
        "attendance",
        [
            ("", admin_views.session_list, "sessions"),
            ("sessions/<int:pk>/", admin_views.session_overview, "session"),
            ("sessions/<int:pk>/register.xlsx", admin_views.register_xlsx, "register_xlsx"),
            ("days/<int:pk>/", admin_views.roll_call, "roll_call"),
            ("days/<int:pk>/mark/", admin_views.mark, "mark"),
            ("days/<int:pk>/mark-all/", admin_views.mark_all, "mark_all"),
            ("days/<int:pk>/check-in/", admin_views.check_in_screen, "check_in_screen"),
            ("days/<int:pk>/check-in/code/", admin_views.check_in_code, "check_in_code"),
            ("days/<int:pk>/check-in/projector/", admin_views.check_in_projector, "check_in_projector"),
            ("days/<int:pk>/sign-in-sheet.pdf", admin_views.sign_in_sheet, "sign_in_sheet"),
            ("days/<int:pk>/import/", admin_views.meeting_import, "import"),
        ],
    ),
)
