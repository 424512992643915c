"""The handbook's PDF editions in the admin, under /admin/handbook/ (handbook/wagtail_hooks.py)."""

from django.urls import path

from .admin_views import editions_index, rebuild_edition

urlpatterns = [
    path("editions/", editions_index, name="handbook_editions"),
    path("editions/<int:book_id>/rebuild/", rebuild_edition, name="handbook_rebuild_edition"),
]
