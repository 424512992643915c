"""The e-mail a trainee gets when a certificate is issued: what the outbox is asked to send."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from .models import Certificate
from .services import verification_url


def issued_email(certificate: Certificate, pdf: bytes) -> dict:
    """Keyword arguments for `lms.outbox.services.queue_email`: one e-mail per certificate (its key)."""
    return {
        "key": f"certificates.issued.{certificate.pk}",
        "to": certificate.enrolment.user.email,
        "template": "certificates/email/issued",
        "context": {
            "certificate": certificate,
            "verify_url": verification_url(certificate.code),
            "my_learning_url": f"{settings.SITE_URL}{reverse('courses:my_learning')}",
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
        "attachments": [
            (f"giay-chung-nhan-{certificate.number.replace('/', '-')}.pdf", pdf, "application/pdf")
        ],
    }
