from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsSiteConfig(AppConfig):
    name = "cms_site"
    verbose_name = _("Site")

    def ready(self) -> None:
        from lms.exports import route_wagtail_exports
        from lms.pagecache import connect_signals as connect_page_cache

        from .admin_labels import label_wagtail_screens

        # The admin's listing exports (ours and Wagtail's reports) write through the one safe writer.
        route_wagtail_exports()
        label_wagtail_screens()
        connect_page_cache()
