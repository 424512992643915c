"""The programme reports in the admin, under /admin/programme-reports/ (reports/wagtail_hooks.py)."""

from django.urls import path

from . import admin_views

urlpatterns = [
    path("coverage/", admin_views.coverage_view, name="reports_coverage"),
    path("annual/", admin_views.annual_view, name="reports_annual"),
    path("training-record/", admin_views.training_records_view, name="reports_training_records"),
    path("training-record/<int:pk>/", admin_views.training_record_view, name="reports_training_record"),
]
