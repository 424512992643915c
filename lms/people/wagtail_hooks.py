from django.urls import path
from wagtail import hooks

from . import views
from .viewsets import DirectoryViewSetGroup


@hooks.register("register_admin_viewset")
def register_directory():
    return DirectoryViewSetGroup()


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("people/organisations/import/", views.organisation_import, name="people_organisation_import"),
    ]
