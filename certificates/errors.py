"""Domain errors of the certificates app; every message is shown to people as is (translated)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lms.errors import DomainError


class CertificatesError(DomainError):
    """Base error of the certificates app: a rule refused the request. `code` and `status_code` serve the API."""

    code = "certificates_error"
    status_code = 400


class NotEligibleError(CertificatesError):
    code = "not_eligible"
    status_code = 409
    default_text = _("This trainee does not meet the conditions for a certificate.")


class NotAllowedError(CertificatesError):
    code = "not_allowed"
    status_code = 403
    default_text = _("Only the session's trainers and programme managers may do this.")


class NotConfiguredError(CertificatesError):
    code = "not_configured"
    status_code = 503
    default_text = _(
        "The issuing authority of the certificates is not configured yet (Settings > Certificates)."
    )


class SigningFailedError(CertificatesError):
    code = "signing_failed"
    status_code = 503
    default_text = _(
        "The certificate could not be digitally signed; it was not issued. Check the signing key and "
        "certificate (CERTIFICATE_SIGNING_KEY, CERTIFICATE_SIGNING_CERT)."
    )


class AlreadyRevokedError(CertificatesError):
    code = "already_revoked"
    status_code = 409
    default_text = _("This certificate has already been revoked.")


class ReasonRequiredError(CertificatesError):
    code = "reason_required"
    status_code = 400
    default_text = _("Give the reason for the revocation.")
