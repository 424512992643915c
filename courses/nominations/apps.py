from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NominationsConfig(AppConfig):
    name = "courses.nominations"
    label = "nominations"
    verbose_name = _("Nominations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from lms import pagecache

        from .models import FocalPoint

        # The header's "Nominations of my unit" link (`shows_nominations_link`) follows the role.
        pagecache.touch_when_changed(
            FocalPoint, lambda row: [pagecache.learner_tag(row.user_id)], name="focal-point"
        )
