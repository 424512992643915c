"""The e-mail a trainee gets when a certificate is issued: what the outbox is asked to send."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from .models import Certificate


def verification_url(code: str) -> str:
    """The public page that says whether the certificate with this code is valid (the QR code's target)."""
    return f"{settings.SITE_URL}{reverse('certificates:verify', args=[code])}"


def issued_email_key(certificate: Certificate) -> str:
    """The outbox key of a certificate's e-mail: one e-mail per certificate, however often issuance runs."""
    return f"certificates.issued.{certificate.pk}"


def issued_email(certificate: Certificate, pdf: bytes) -> dict:
    """Keyword arguments for `lms.outbox.services.queue_email`: one e-mail per certificate (its key)."""
    return {
        "key": issued_email_key(certificate),
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
