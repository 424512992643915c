from django.urls import path
from wagtail import hooks

from cms_site.home import HOME_PANELS_HOOK

from . import admin_views
from .home import home_sessions_panel
from .permissions import may_see_site_history
from .viewsets import TrainingSessionViewSet


@hooks.register("register_admin_viewset")
def register_sessions():
    return TrainingSessionViewSet()


@hooks.register("register_admin_urls")
def register_enrolment_urls():
    return [
        path(
            "courses/sessions/<int:pk>/enrolments/",
            admin_views.session_enrolments,
            name="courses_session_enrolments",
        ),
        path("courses/sessions/<int:pk>/import/", admin_views.session_import, name="courses_session_import"),
        path("courses/bulk-enrolments/<int:pk>/", admin_views.bulk_job, name="courses_bulk_job"),
    ]


@hooks.register("construct_reports_menu")
def hide_site_history_from_trainers(request, menu_items):
    if not may_see_site_history(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]


# The home page lists the sessions open for enrolment (cms_site knows no domain app: it asks through a hook).
hooks.register(HOME_PANELS_HOOK, home_sessions_panel, order=10)
