from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NominationsConfig(AppConfig):
    name = "courses.nominations"
    label = "nominations"
    verbose_name = _("Nominations")
    default_auto_field = "django.db.models.BigAutoField"
