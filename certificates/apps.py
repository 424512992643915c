from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self) -> None:
        from lms import pagecache

        from .models import Certificate

        # Issued, revoked or deleted: the trainee's dashboard lists their certificates (courses.dashboard).
        pagecache.touch_when_changed(
            Certificate, lambda row: [pagecache.enrolment_tag(row.enrolment_id)], name="certificate"
        )
