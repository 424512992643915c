from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsSiteConfig(AppConfig):
    name = "cms_site"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .admin_labels import label_wagtail_screens

        label_wagtail_screens()
