from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    name = "lms.outbox"
    label = "outbox"
    verbose_name = _("E-mail outbox")
