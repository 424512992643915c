from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsSiteConfig(AppConfig):
    name = "cms_site"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.utils.text import capfirst
        from wagtail.models import Site
        from wagtail.sites.views import IndexView

        # Wagtail's list of sites labels three columns from their attribute names ("Site name", in English
        # whatever the language); label them with the model's translated field names instead.
        for column in IndexView.columns:
            if column.name in {"port", "site_name", "root_page"}:
                column.label = capfirst(Site._meta.get_field(column.name).verbose_name)
