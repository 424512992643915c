"""Domain errors of nominations; every message is shown to people as is (translated)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from lms.errors import Conflict, DomainError, Forbidden, Invalid


class NominationError(DomainError):
    """Base error of nominations: a rule refused the change."""

    code = "nomination_error"
    default_text = _("The nomination could not be recorded.")


class NotFocalPointError(NominationError, Forbidden):
    default_text = _("Only the focal points of the invited organisation may nominate its staff.")


class QuotaExceededError(NominationError, Conflict):
    pass


class DeadlinePassedError(NominationError, Conflict):
    pass


class WrongOrganisationError(NominationError, Invalid):
    pass


class AlreadyNominatedError(NominationError, Conflict):
    pass


class InvitationClosedError(NominationError, Conflict):
    default_text = _("This invitation no longer takes nominations.")


class InvitationSetupError(NominationError, Invalid):
    """The organiser's invitation request is not valid (quota, deadline, capacity)."""

    code = "invalid_invitation"


class LetterNotConfiguredError(NominationError, Conflict):
    default_text = _(
        "The invitation letters have no issuing body or signatory yet: fill them in under Settings → "
        "Invitation letters."
    )


class LetterSigningError(NominationError):
    """The letter could not be signed: a fault of the server's signing set-up, not of the request."""

    code = "letter_signing_failed"
    status_code = 500
    default_text = _(
        "The invitation letter could not be digitally signed. Check the signing key and certificate."
    )
