"""Who may enrol in a session, and when: the rules checked before a seat is allocated (reads only)."""

from __future__ import annotations

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from lms.people.models import User
from lms.people.selectors import verified_trainee_categories

from .errors import EnrolmentClosedError, NotEligibleError, SessionStartedError, SessionUnavailableError
from .models import Enrolment, EnrolmentEvent, EnrolmentStatus, SessionStatus, TrainingSession

# Sessions that are over, either way, take nobody, whoever asks.
CLOSED_FOR_GOOD = (SessionStatus.CANCELLED, SessionStatus.COMPLETED)

# The last event of an enrolment staff took someone out of; such a decision stands until staff re-add them.
STAFF_CLOSING_ACTIONS = ("courses.enrolment.removed", "courses.enrolment.rejected")


def check_takes_enrolments(session: TrainingSession) -> None:
    """Staff (one by one, or by bulk import) enrol into any session that is not cancelled or completed."""
    if session.status in CLOSED_FOR_GOOD:
        raise SessionUnavailableError


def closed_by_staff(enrolment: Enrolment | None) -> bool:
    """Whether the organisers removed or rejected this person (as opposed to the person cancelling)."""
    if enrolment is None or enrolment.status not in {EnrolmentStatus.CANCELLED, EnrolmentStatus.REJECTED}:
        return False
    if enrolment.status == EnrolmentStatus.REJECTED:
        return True
    last = (
        EnrolmentEvent.objects.filter(enrolment=enrolment)
        .order_by("-created_at", "-pk")
        .values("action", "actor_id")
        .first()
    )
    if last is None:
        return False
    if last["action"] in STAFF_CLOSING_ACTIONS:
        return True
    # Staff may also cancel someone else's enrolment through the trainee's own cancel service.
    return last["action"] == "courses.enrolment.cancelled" and last["actor_id"] not in {
        None,
        enrolment.user_id,
    }


def audience_needs_approval(session: TrainingSession, user: User) -> bool:
    """Whether the session's audience admits the person only on their own word (so staff must approve).

    A session for some categories admits people the directory vouches for (a linked spokesperson record);
    a category the person merely declares on their profile lets them ask, never in on its own.
    Raises NotEligibleError when neither admits them.
    """
    if not session.audience_categories:
        return False
    if verified_trainee_categories(user) & set(session.audience_categories):
        return False
    if session.admits_category(user.trainee_category):
        return True
    raise NotEligibleError(
        _("This session is for: %(audience)s. Your trainee category is not among them.")
        % {"audience": ", ".join(session.audience_labels)}
    )


def nomination_only_message(user: User | None) -> str:
    """Whom to ask in a session by nomination only: the person's unit's focal point, or the organisers."""
    organisation = getattr(user, "organisation", None) if getattr(user, "is_authenticated", False) else None
    if organisation is not None:
        return _(
            "This session takes only people nominated by the invited organisations. Ask the focal point "
            "for training of %(organisation)s to nominate you, or contact the organisers."
        ) % {"organisation": organisation}
    return _(
        "This session takes only people nominated by the invited organisations. Ask your organisation's "
        "focal point for training to nominate you, or contact the organisers."
    )


def check_self_enrolment(session: TrainingSession, user: User, *, existing: Enrolment | None) -> bool:
    """A person enrols themselves only in an open session not reserved to nominations, inside its window, before it starts, within its
    audience, and not after the organisers took them out. Returns whether staff approval is needed.
    """
    if session.status in {SessionStatus.DRAFT, SessionStatus.CANCELLED}:
        raise SessionUnavailableError
    if session.by_nomination_only:
        raise NotEligibleError(nomination_only_message(user))
    if session.has_started():
        raise SessionStartedError(_("The session has already started; enrolment is closed."))
    if session.status != SessionStatus.OPEN:
        raise EnrolmentClosedError
    now = timezone.now()
    if session.enrolment_opens_at and now < session.enrolment_opens_at:
        raise EnrolmentClosedError(
            _("Enrolment opens on %(date)s.")
            % {"date": date_format(timezone.localtime(session.enrolment_opens_at), "SHORT_DATETIME_FORMAT")}
        )
    if session.enrolment_closes_at and now > session.enrolment_closes_at:
        raise EnrolmentClosedError(
            _("Enrolment closed on %(date)s.")
            % {"date": date_format(timezone.localtime(session.enrolment_closes_at), "SHORT_DATETIME_FORMAT")}
        )
    if existing is not None and existing.status == EnrolmentStatus.REJECTED:
        raise NotEligibleError(_("Your request for this session was declined by the organisers."))
    if closed_by_staff(existing):
        raise NotEligibleError(
            _(
                "The organisers took you out of this session; only they can enrol you again. Please contact them if you think this is a mistake."
            )
        )
    return session.requires_approval or audience_needs_approval(session, user)


def self_enrolment_outlook(
    session: TrainingSession, user: User, enrolment: Enrolment | None
) -> dict[str, bool]:
    """What the session page tells a signed-in person about enrolling themselves (the rules above, read only)."""
    if session.by_nomination_only:
        return {"eligible": False, "needs_approval": False, "closed_by_staff": False}
    if closed_by_staff(enrolment):
        return {"eligible": False, "needs_approval": False, "closed_by_staff": True}
    try:
        needs_approval = session.requires_approval or audience_needs_approval(session, user)
    except NotEligibleError:
        return {"eligible": False, "needs_approval": False, "closed_by_staff": False}
    return {"eligible": True, "needs_approval": needs_approval, "closed_by_staff": False}
