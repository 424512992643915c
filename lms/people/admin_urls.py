"""The directory's import and matching screens in the admin, under /admin/people/ (people/wagtail_hooks.py)."""

from django.urls import path

from . import views

urlpatterns = [
    path("organisations/import/", views.organisation_import, name="people_organisation_import"),
    path("spokespersons/import/", views.spokesperson_import, name="people_spokesperson_import"),
    path("unlisted-work-units/", views.unlisted_work_units_view, name="people_unlisted_work_units"),
]
