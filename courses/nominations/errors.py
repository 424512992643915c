"""Domain errors of nominations; every message is shown to people as is (translated)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lms.errors import DomainError


class NominationError(DomainError):
    """Base error of nominations: a rule refused the change."""

    code = "nomination_error"
    status_code = 400
    default_text = _("The nomination could not be recorded.")


class NotFocalPointError(NominationError):
    code = "not_focal_point"
    status_code = 403
    default_text = _("Only the focal points of the invited organisation may nominate its staff.")


class QuotaExceededError(NominationError):
    code = "quota_exceeded"
    status_code = 409


class DeadlinePassedError(NominationError):
    code = "deadline_passed"
    status_code = 409


class WrongOrganisationError(NominationError):
    code = "wrong_organisation"
    status_code = 400


class AlreadyNominatedError(NominationError):
    code = "already_nominated"
    status_code = 409


class InvitationClosedError(NominationError):
    code = "invitation_closed"
    status_code = 409
    default_text = _("This invitation no longer takes nominations.")


class InvitationSetupError(NominationError):
    """The organiser's invitation request is not valid (quota, deadline, capacity)."""

    code = "invalid_invitation"
    status_code = 400


class LetterNotConfiguredError(NominationError):
    code = "letter_not_configured"
    status_code = 409
    default_text = _(
        "The invitation letters have no issuing body or signatory yet: fill them in under Settings → "
        "Invitation letters."
    )


class LetterSigningError(NominationError):
    code = "letter_signing_failed"
    status_code = 500
    default_text = _(
        "The invitation letter could not be digitally signed. Check the signing key and certificate."
    )
