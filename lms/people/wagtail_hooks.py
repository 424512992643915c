from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.admin import register_admin_section

from . import admin_urls
from .viewsets import DirectoryViewSetGroup

hooks.register("register_admin_viewset", DirectoryViewSetGroup)

register_admin_section(
    label=_("Work units to match"),
    url_name="people_unlisted_work_units",
    icon_name="warning",
    order=310,
    shown_to=lambda user: user.has_perm("people.change_organisation"),
    prefix="people",
    urlconf=admin_urls,
)
