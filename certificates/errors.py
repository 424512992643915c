"""Domain errors of the certificates app; every message is shown to people as is (translated)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lms.errors import Conflict, DomainError, Forbidden, Invalid, Unavailable


class CertificatesError(DomainError):
    """Base error of the certificates app: a rule refused the request."""

    code = "certificates_error"


class NotEligibleError(CertificatesError, Conflict):
    default_text = _("This trainee does not meet the conditions for a certificate.")


class NotAllowedError(CertificatesError, Forbidden):
    default_text = _("Only the session's trainers and programme managers may do this.")


class NotConfiguredError(CertificatesError, Unavailable):
    default_text = _(
        "The issuing authority of the certificates is not configured yet (Settings > Certificates)."
    )


class SigningFailedError(CertificatesError, Unavailable):
    default_text = _(
        "The certificate could not be digitally signed; it was not issued. Check the signing key and "
        "certificate (CERTIFICATE_SIGNING_KEY, CERTIFICATE_SIGNING_CERT)."
    )


class AlreadyRevokedError(CertificatesError, Conflict):
    default_text = _("This certificate has already been revoked.")


class ReasonRequiredError(CertificatesError, Invalid):
    default_text = _("Give the reason for the revocation.")
