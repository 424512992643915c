"""Admin URLs of the courses app.

`urlpatterns` replace Wagtail's own: lms/urls.py mounts them under /admin/ before Wagtail's admin. They keep
Wagtail's paths (and so its URL names reverse to them) and its admin access check.

`enrolment_urlpatterns` are a session's enrolment screens, under /admin/courses/ (courses/wagtail_hooks.py).
"""

from django.urls import path
from wagtail.admin.auth import require_admin_access

from . import admin_views
from .admin_views import SiteHistoryView

urlpatterns = [
    path("reports/site-history/", require_admin_access(SiteHistoryView.as_view())),
    path("reports/site-history/results/", require_admin_access(SiteHistoryView.as_view(results_only=True))),
]

enrolment_urlpatterns = [
    path("sessions/<int:pk>/enrolments/", admin_views.session_enrolments, name="courses_session_enrolments"),
    path("sessions/<int:pk>/import/", admin_views.session_import, name="courses_session_import"),
    path("bulk-enrolments/<int:pk>/", admin_views.bulk_job, name="courses_bulk_job"),
    path("enrolments/<int:pk>/remove/", admin_views.enrolment_remove, name="courses_enrolment_remove"),
    path("enrolments/<int:pk>/move/", admin_views.enrolment_move, name="courses_enrolment_move"),
    path("import-template.xlsx", admin_views.import_template, name="courses_import_template"),
]
