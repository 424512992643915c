from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from courses.admin_sections import register_session_section
from courses.selectors import MY_LEARNING_HOOK

from . import admin_urls
from .dashboard import my_learning_additions


@hooks.register(MY_LEARNING_HOOK)
def certificates_on_my_learning(user, *, past):
    return my_learning_additions(user, past=past)


register_session_section(
    "certificates", _("Certificates"), icon_name="doc-full", order=270, urlconf=admin_urls
)
