"""JSON API of certificates: verification by code (public, rate-limited per client)."""

from __future__ import annotations

from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status

from lms.errors import ErrorOut

from . import selectors
from .models import Certificate
from .throttle import rate_limited

router = Router(tags=["certificates"])


# The endpoint answers with the certificate and ninja reads each field from it (an alias names the attribute
# or method it is read from).
class ReplacementOut(Schema):
    number: str
    code: str
    url: str = Field(alias="get_absolute_url")


class CertificateOut(Schema):
    state: str  # valid, revoked or replaced
    number: str
    full_name: str
    course: str = Field(alias="course_title")
    session_code: str
    session_title: str
    starts_on: date
    ends_on: date
    hours: float
    issued_on: date
    issuing_body: str
    revoked_on: date | None = None
    replaced_by: ReplacementOut | None = None

    @staticmethod
    def resolve_issued_on(certificate: Certificate) -> date:
        return timezone.localtime(certificate.issued_at).date()

    @staticmethod
    def resolve_issuing_body(certificate: Certificate) -> str:
        return certificate.authority.get("issuing_body", "")

    @staticmethod
    def resolve_revoked_on(certificate: Certificate) -> date | None:
        return timezone.localtime(certificate.revoked_at).date() if certificate.revoked_at else None

    @staticmethod
    def resolve_replaced_by(certificate: Certificate) -> Certificate | None:
        return certificate.replaced_by if certificate.state == "replaced" else None


@router.get(
    "/certificates/{code}",
    response={200: CertificateOut, 404: ErrorOut, 429: ErrorOut},
    summary="Verify a certificate by its code",
)
def verify_certificate(request, code: str):
    """Whether a certificate is valid, revoked (with the date, never the reason) or replaced."""
    if rate_limited(request):
        return Status(
            429, {"code": "rate_limited", "message": _("Too many requests: wait a minute and try again.")}
        )
    certificate = selectors.certificate_by_code(code)
    if certificate is None:
        return Status(404, {"code": "not_found", "message": _("No certificate has this code.")})
    return Status(200, certificate)
