from django.utils.translation import gettext_lazy as _

from courses.admin_sections import register_session_section

from . import admin_urls

register_session_section(
    "attendance", _("Attendance"), icon_name="clipboard-list", order=260, urlconf=admin_urls
)
