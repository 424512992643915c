"""JSON API of certificates: verification by code (public, rate-limited per client)."""

from __future__ import annotations

from datetime import date

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from lms.errors import ErrorOut

from . import selectors
from .throttle import rate_limited

router = Router(tags=["certificates"])


class ReplacementOut(Schema):
    number: str
    code: str
    url: str


class CertificateOut(Schema):
    state: str  # valid, revoked or replaced
    number: str
    full_name: str
    course: str
    session_code: str
    session_title: str
    starts_on: date
    ends_on: date
    hours: float
    issued_on: date
    issuing_body: str
    revoked_on: date | None = None
    replaced_by: ReplacementOut | None = None


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
    replacement = certificate.replaced_by if certificate.state == "replaced" else None
    return Status(
        200,
        CertificateOut(
            state=certificate.state,
            number=certificate.number,
            full_name=certificate.full_name,
            course=certificate.course_title,
            session_code=certificate.session_code,
            session_title=certificate.session_title,
            starts_on=certificate.starts_on,
            ends_on=certificate.ends_on,
            hours=float(certificate.hours),
            issued_on=timezone.localtime(certificate.issued_at).date(),
            issuing_body=certificate.authority.get("issuing_body", ""),
            revoked_on=timezone.localtime(certificate.revoked_at).date() if certificate.revoked_at else None,
            replaced_by=ReplacementOut(
                number=replacement.number,
                code=replacement.code,
                url=reverse("certificates:verify", args=[replacement.code]),
            )
            if replacement
            else None,
        ),
    )
