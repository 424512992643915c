"""The certificates section of the admin, under /admin/certificates/ (certificates/wagtail_hooks.py)."""

from django.urls import path

from . import admin_views

urlpatterns = [
    path("", admin_views.session_list, name="certificates_sessions"),
    path("sessions/<int:pk>/", admin_views.session_eligibility, name="certificates_session"),
    path(
        "sessions/<int:pk>/eligibility.xlsx",
        admin_views.eligibility_xlsx,
        name="certificates_eligibility_xlsx",
    ),
    path("sessions/<int:pk>/issue/", admin_views.issue, name="certificates_issue"),
    path("jobs/<int:pk>/", admin_views.job_progress, name="certificates_job"),
    path("<int:pk>/", admin_views.certificate_detail, name="certificates_certificate"),
    path("<int:pk>/revoke/", admin_views.revoke, name="certificates_revoke"),
    path("<int:pk>/pdf/", admin_views.certificate_pdf, name="certificates_pdf"),
]
