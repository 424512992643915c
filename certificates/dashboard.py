"""What the certificates app adds to the trainee's "Góc học tập": outcomes of past sessions, the certificates."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from courses.models import EnrolmentStatus

from .eligibility import enrolment_eligibility
from .selectors import certificates_of


def my_learning_additions(user, *, past: list[dict]) -> dict:
    """A finished session reads completed (or not, with the reasons) instead of "confirmed"."""
    certificates = certificates_of(user)
    valid = {certificate.enrolment_id for certificate in certificates if certificate.revoked_at is None}
    outcomes = {}
    for item in past:
        enrolment = item["enrolment"]
        if enrolment.status != EnrolmentStatus.CONFIRMED:
            continue
        if enrolment.pk in valid:
            outcomes[enrolment.pk] = pgettext("outcome of a session", "Completed")
            continue
        result = enrolment_eligibility(enrolment)
        outcomes[enrolment.pk] = (
            _("Completed — certificate to be issued")
            if result.eligible
            else _("Not completed: %(reasons)s") % {"reasons": "; ".join(result.reasons)}
        )
    return {
        "outcomes": outcomes,
        "panels": [("certificates/includes/my_certificates.html", {"my_certificates": certificates})],
    }
