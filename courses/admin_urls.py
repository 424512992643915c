"""Admin URLs that replace Wagtail's own; lms/urls.py mounts them under /admin/ before Wagtail's admin.

They keep Wagtail's paths (and so its URL names reverse to them) and its admin access check.
"""

from django.urls import path
from wagtail.admin.auth import require_admin_access

from .admin_views import SiteHistoryView

urlpatterns = [
    path("reports/site-history/", require_admin_access(SiteHistoryView.as_view())),
    path("reports/site-history/results/", require_admin_access(SiteHistoryView.as_view(results_only=True))),
]
