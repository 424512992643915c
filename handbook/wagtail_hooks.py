from django.urls import path
from django.utils.translation import gettext_lazy as _

from lms.admin import register_admin_section

from .admin_views import VIEW_PERMISSION, editions_index, rebuild_edition

register_admin_section(
    label=_("Handbook PDF"),
    url_name="handbook_editions",
    icon_name="doc-full",
    order=350,
    shown_to=lambda user: user.has_perm(VIEW_PERMISSION),
    urls=[
        path("handbook/editions/", editions_index, name="handbook_editions"),
        path("handbook/editions/<int:book_id>/rebuild/", rebuild_edition, name="handbook_rebuild_edition"),
    ],
)
