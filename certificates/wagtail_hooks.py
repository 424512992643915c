from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from courses.permissions import teaches_or_manages
from courses.selectors import MY_LEARNING_HOOK
from lms.admin import admin_urls, register_admin_section

from . import admin_views
from .dashboard import my_learning_additions


@hooks.register(MY_LEARNING_HOOK)
def certificates_on_my_learning(user, *, past):
    return my_learning_additions(user, past=past)


register_admin_section(
    label=_("Certificates"),
    url_name="certificates_sessions",
    icon_name="doc-full",
    order=270,
    shown_to=teaches_or_manages,
    urls=admin_urls(
        "certificates",
        [
            ("", admin_views.session_list, "sessions"),
            ("sessions/<int:pk>/", admin_views.session_eligibility, "session"),
            ("sessions/<int:pk>/eligibility.xlsx", admin_views.eligibility_xlsx, "eligibility_xlsx"),
            ("sessions/<int:pk>/issue/", admin_views.issue, "issue"),
            ("jobs/<int:pk>/", admin_views.job_progress, "job"),
            ("<int:pk>/", admin_views.certificate_detail, "certificate"),
            ("<int:pk>/revoke/", admin_views.revoke, "revoke"),
            ("<int:pk>/pdf/", admin_views.certificate_pdf, "pdf"),
        ],
    ),
)
