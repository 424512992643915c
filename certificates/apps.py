from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from lms import pagecache

        from .models import Certificate

        def certificate_changed(sender, instance: Certificate, **kwargs) -> None:
            """Issued, revoked or deleted: the trainee's dashboard lists their certificates."""
            pagecache.touch(pagecache.enrolment_tag(instance.enrolment_id))

        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(
                certificate_changed,
                sender=Certificate,
                dispatch_uid=f"dashboard-certificate-{name}",
                weak=False,
            )
