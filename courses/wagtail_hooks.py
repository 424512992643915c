from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from wagtail import hooks

from cms_site.account import ACCOUNT_LINKS_HOOK
from cms_site.home import HOME_PANELS_HOOK
from lms.admin import admin_section_urls

from . import admin_urls
from .home import home_sessions_panel
from .permissions import may_see_site_history
from .viewsets import TrainingSessionViewSet

hooks.register("register_admin_viewset", TrainingSessionViewSet)


@hooks.register("register_admin_urls")
def register_enrolment_urls():
    return admin_section_urls("courses", admin_urls.enrolment_urlpatterns)


@hooks.register("construct_reports_menu")
def hide_site_history_from_trainers(request, menu_items):
    if not may_see_site_history(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]


@hooks.register("insert_editor_js")
def confirm_day_deletion():
    """The session form asks before a day leaves the programme (a static script: the CSP allows no inline one)."""
    return format_html(
        '<script src="{}" data-question="{}"></script>',
        static("courses/day_delete_confirm.js"),
        gettext(
            "Delete the day __DAY__ from the programme? Its topic and times go when you save the session; "
            "a day with attendance marks cannot be deleted."
        ),
    )


# The home page lists the sessions open for enrolment (cms_site knows no domain app: it asks through a hook).
hooks.register(HOME_PANELS_HOOK, home_sessions_panel, order=10)


@hooks.register(ACCOUNT_LINKS_HOOK, order=10)
def my_learning_link(request):
    """Every signed-in person's "Góc học tập", first in the header."""
    return [(gettext("My learning"), reverse("courses:my_learning"))]
