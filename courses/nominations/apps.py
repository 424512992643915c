from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NominationsConfig(AppConfig):
    name = "courses.nominations"
    label = "nominations"
    verbose_name = _("Nominations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from lms import pagecache

        from .models import FocalPoint

        def focal_point_changed(sender, instance: FocalPoint, **kwargs) -> None:
            """The header's "Nominations of my unit" link (`is_focal_point`)."""
            pagecache.touch(pagecache.learner_tag(instance.user_id))

        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(
                focal_point_changed,
                sender=FocalPoint,
                dispatch_uid=f"pagecache-focal-point-{name}",
                weak=False,
            )
