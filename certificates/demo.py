"""Demo certificates: the issuing authority (lms/demo/content/certificates/_authority.md), a clearly
labelled demo signing key, and the certificates of the completed demo session, issued through the services.
Idempotent."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from courses.demo import MANAGER_EMAIL
from courses.models import SessionStatus, TrainingSession
from lms.demo.files import read_document
from lms.outbox.services import cancel_messages
from lms.pdf import make_demo_identity
from lms.people.models import User
from lms.signatures import share_demo_identity

from . import services
from .authority import current_settings
from .notifications import issued_email_key

FIELDS = ("parent_body", "issuing_body", "place", "signer_title", "signer_name")


def seed_certificates() -> int:
    """Fill the certificate settings when empty, make the demo key, issue the completed session's certificates."""
    data = (
        read_document("certificates", "_authority.md")
        .check(required=(*FIELDS, "demo_certificate_common_name", "demo_certificate_organisation"))
        .meta
    )
    config = current_settings()
    if not config.issuing_body:
        for name in FIELDS:
            setattr(config, name, data[name])
        config.save()
    if not services.signing_identity().configured:
        make_demo_identity(
            Path(settings.CERTIFICATE_DEMO_KEY_DIR),
            common_name=data["demo_certificate_common_name"],
            organisation=data["demo_certificate_organisation"],
        )
        # Every node and worker signs with this pair: kept in the private bucket too (object storage).
        share_demo_identity(Path(settings.CERTIFICATE_DEMO_KEY_DIR))
    session = TrainingSession.objects.filter(status=SessionStatus.COMPLETED).order_by("-year", "code").first()
    manager = User.objects.filter(email=MANAGER_EMAIL).first()
    if session is None or manager is None:
        return 0
    report = services.issue_certificates(services.eligible_enrolments(session), acting_user=manager)
    # The demo trainees' addresses are made up: their certificates' e-mails are never sent.
    cancel_messages(keys=[issued_email_key(certificate) for certificate in report.issued])
    return len(report.issued)
