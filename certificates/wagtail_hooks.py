from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from courses.permissions import teaches_or_manages
from courses.selectors import MY_LEARNING_HOOK
from lms.admin import register_admin_section

from . import admin_views
from .dashboard import my_learning_additions


@hooks.register(MY_LEARNING_HOOK)
def certificates_on_my_learning(user, *, past):
    return my_learning_additions(user, past=past)


CERTIFICATE_URLS = [
    path("certificates/", admin_views.session_list, name="certificates_sessions"),
    path("certificates/sessions/<int:pk>/", admin_views.session_eligibility, name="certificates_session"),
    path(
        "certificates/sessions/<int:pk>/eligibility.xlsx",
        admin_views.eligibility_xlsx,
        name="certificates_eligibility_xlsx",
    ),
    path("certificates/sessions/<int:pk>/issue/", admin_views.issue, name="certificates_issue"),
    path("certificates/jobs/<int:pk>/", admin_views.job_progress, name="certificates_job"),
    path("certificates/<int:pk>/", admin_views.certificate_detail, name="certificates_certificate"),
    path("certificates/<int:pk>/revoke/", admin_views.revoke, name="certificates_revoke"),
    path("certificates/<int:pk>/pdf/", admin_views.certificate_pdf, name="certificates_pdf"),
]


register_admin_section(
    label=_("Certificates"),
    url_name="certificates_sessions",
    icon_name="doc-full",
    order=270,
    shown_to=teaches_or_manages,
    urls=CERTIFICATE_URLS,
)
