"""Write operations of nominations: invite organisations, appoint focal points, nominate, withdraw, replace.

Seats are never placed here: every nomination goes through `courses.services` (`enrol_people`,
`withdraw_enrolment`), which take the session's lock and use the one seat allocator. The quota is checked
while that same lock is held (taken first, here), so two focal points of a unit nominating at the same moment
queue on the session row and the second sees the first's nomination.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime

from django.db import transaction
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from courses import services as courses_services
from courses.eligibility import check_takes_enrolments
from courses.errors import NotAllowedError
from courses.locking import lock_session
from courses.models import ACTIVE_STATUSES, Enrolment, EnrolmentEvent, EnrolmentSource, TrainingSession
from courses.permissions import can_manage_session, is_manager
from lms.people.models import Organisation, TraineeCategory, User
from lms.people.services import create_trainee_accounts
from lms.text import nfc

from .errors import (
    AlreadyNominatedError,
    DeadlinePassedError,
    InvitationClosedError,
    InvitationSetupError,
    NotFocalPointError,
    QuotaExceededError,
    WrongOrganisationError,
)
from .models import FocalPoint, Invitation, InvitationStatus, Nomination, NominationStatus
from .notifications import queue_confirmation_copies, queue_focal_point_activation, queue_invitation_emails
from .selectors import session_invitations

__all__ = [
    "appoint_focal_point",
    "change_invitation_quota",
    "decline_invitation",
    "invite_focal_point",
    "invite_organisations",
    "move_unused_quota",
    "nominate_new_person",
    "nominate_person",
    "release_unused_quota",
    "remove_focal_point",
    "replace_nomination",
    "withdraw_nomination",
]


def _when(value: datetime) -> str:
    return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


def quota_used(invitation: Invitation) -> int:
    """Nominees still holding a place (a nominee who cancelled, or staff removed, gives the place back)."""
    return Nomination.objects.filter(
        invitation=invitation, status=NominationStatus.ACTIVE, enrolment__status__in=ACTIVE_STATUSES
    ).count()


def is_focal_point(user: User, organisation_id: int) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return FocalPoint.objects.filter(user=user, organisation_id=organisation_id).exists()


def _require_nominator(invitation: Invitation, session: TrainingSession, acting_user: User) -> None:
    """A unit's focal points nominate for their unit only; the session's organisers may act for any unit."""
    if not is_focal_point(acting_user, invitation.organisation_id) and not can_manage_session(
        acting_user, session
    ):
        raise NotFocalPointError


def _locked_invitation(invitation_id: int) -> tuple[Invitation, TrainingSession]:
    """Lock the invitation's session (the seat and quota mutex) and return both fresh."""
    session_id = Invitation.objects.values_list("session_id", flat=True).get(pk=invitation_id)
    session = lock_session(session_id)
    invitation = Invitation.objects.select_related("organisation").get(pk=invitation_id)
    return invitation, session


def _check_person(invitation: Invitation, person: User, session: TrainingSession) -> None:
    """The nominee works for the invited unit and holds no place in the session yet."""
    if person.organisation_id != invitation.organisation_id:
        raise WrongOrganisationError(
            _("%(person)s does not work for %(organisation)s: a unit nominates only its own staff.")
            % {"person": person.full_name or person.email, "organisation": invitation.organisation}
        )
    if Enrolment.objects.filter(session=session, user=person, status__in=ACTIVE_STATUSES).exists():
        raise AlreadyNominatedError(
            _("%(person)s is already on the list of this session.")
            % {"person": person.full_name or person.email}
        )


def _check_takes_nominations(invitation: Invitation, session: TrainingSession, now: datetime) -> None:
    if invitation.status != InvitationStatus.INVITED:
        raise InvitationClosedError
    check_takes_enrolments(session)
    if session.has_started():
        raise InvitationClosedError(_("The session has already started: nominations are closed."))


def _check_invitation_terms(quota: int, deadline: datetime, replace_until: datetime | None, now: datetime):
    if quota < 1:
        raise InvitationSetupError(_("The quota must be at least 1."))
    if deadline <= now:
        raise InvitationSetupError(_("The nomination deadline must be in the future."))
    if replace_until is not None and replace_until < deadline:
        raise InvitationSetupError(_("Replacements cannot close before the nomination deadline."))


def _offered(session: TrainingSession) -> int:
    """The places the session's invitations offer (a released unit keeps the places it used)."""
    return (
        Invitation.objects.filter(session=session)
        .exclude(status=InvitationStatus.DECLINED)
        .aggregate(total=Sum("quota"))["total"]
        or 0
    )


def _check_capacity(session: TrainingSession, total: int, allow_over_invitation: bool) -> None:
    if total > session.capacity and not allow_over_invitation:
        raise InvitationSetupError(
            _(
                "The quotas would add up to %(total)s places for %(capacity)s seats. Lower the quota, invite "
                "fewer units, or allow over-invitation (the waitlist takes the rest)."
            )
            % {"total": total, "capacity": session.capacity}
        )


def _create_invitations(
    session: TrainingSession,
    quotas: dict[Organisation, int],
    *,
    deadline: datetime,
    replace_until: datetime | None,
    acting_user: User,
    now: datetime,
) -> list[Invitation]:
    created = Invitation.objects.bulk_create(
        [
            Invitation(
                session=session,
                organisation=organisation,
                quota=quota,
                deadline=deadline,
                replace_until=replace_until,
                created_by=acting_user,
                created_at=now,
                updated_at=now,
            )
            for organisation, quota in quotas.items()
        ]
    )
    queue_invitation_emails(created)
    return created


@transaction.atomic
def invite_organisations(
    session: TrainingSession,
    organisations: Iterable[Organisation],
    *,
    quota: int,
    deadline: datetime,
    replace_until: datetime | None = None,
    allow_over_invitation: bool = False,
    acting_user: User,
) -> list[Invitation]:
    """Invite organisations to nominate up to `quota` people each by `deadline`; units already invited are
    left as they are. The quotas may add up to more than the capacity only when the organiser says so. Each
    unit's focal points are e-mailed the invitation with its signed letter, in this transaction.
    """
    session = lock_session(session.pk)
    if not can_manage_session(acting_user, session):
        raise NotAllowedError
    check_takes_enrolments(session)
    now = timezone.now()
    _check_invitation_terms(quota, deadline, replace_until, now)
    invited = set(Invitation.objects.filter(session=session).values_list("organisation_id", flat=True))
    new = [org for org in dict.fromkeys(organisations) if org.pk not in invited]
    if not new:
        return []
    _check_capacity(session, _offered(session) + quota * len(new), allow_over_invitation)
    return _create_invitations(
        session,
        dict.fromkeys(new, quota),
        deadline=deadline,
        replace_until=replace_until,
        acting_user=acting_user,
        now=now,
    )


def change_invitation_quota(
    invitation: Invitation, *, quota: int, allow_over_invitation: bool = False, acting_user: User
) -> Invitation:
    """The organiser sets one invited unit's quota: at least 1 and never below the people it has nominated;
    the quotas may add up to more than the capacity only when the organiser says so."""
    with transaction.atomic():
        invitation, session = _locked_invitation(invitation.pk)
        if not can_manage_session(acting_user, session):
            raise NotAllowedError
        if invitation.status != InvitationStatus.INVITED:
            raise InvitationClosedError
        if quota < 1:
            raise InvitationSetupError(_("The quota must be at least 1."))
        used = quota_used(invitation)
        if quota < used:
            raise InvitationSetupError(
                _("%(organisation)s has already nominated %(used)s people: the quota cannot be lower.")
                % {"organisation": invitation.organisation, "used": used}
            )
        _check_capacity(session, _offered(session) - invitation.quota + quota, allow_over_invitation)
        invitation.quota = quota
        invitation.updated_at = timezone.now()
        invitation.save(update_fields=["quota", "updated_at"])
        return invitation


def _release_past_deadline(session: TrainingSession, now: datetime) -> int:
    """Each unit past its deadline keeps the places it used; returns how many places that frees."""
    released = 0
    for invitation in session_invitations(session.pk):
        if invitation.status != InvitationStatus.INVITED or invitation.deadline > now:
            continue
        released += invitation.quota - min(invitation.used, invitation.quota)
        Invitation.objects.filter(pk=invitation.pk).update(
            quota=invitation.used, status=InvitationStatus.RELEASED, updated_at=now
        )
    return released


def release_unused_quota(session: TrainingSession, *, acting_user: User) -> int:
    """After the deadline, each unit's quota shrinks to the people it nominated (the invitation is closed);
    free seats go to the head of the waitlist. Returns how many places were released. Safe to repeat."""
    with transaction.atomic(), _copying_confirmations(session.pk):
        session = lock_session(session.pk)
        if not can_manage_session(acting_user, session):
            raise NotAllowedError
        released = _release_past_deadline(session, timezone.now())
        courses_services.promote_waitlisted(session, acting_user=acting_user)
        return released


def move_unused_quota(
    session: TrainingSession,
    organisations: Iterable[Organisation],
    *,
    deadline: datetime,
    replace_until: datetime | None = None,
    acting_user: User,
) -> int:
    """After the deadline, the places units past it left unused move to the units chosen: shared out evenly
    (the first units in the list get one more when it does not divide), added to the quota of a unit already
    invited (its invitation re-opened until `deadline`, even when past its own), or offered to a unit not yet
    invited (its focal points get the invitation and letter). The places offered in all stay the same, so the seats
    confirmed never exceed the capacity (nominees are placed by the one allocator, under the session's lock).
    Returns how many places moved; nothing to move moves nothing.
    """
    with transaction.atomic():
        session = lock_session(session.pk)
        if not can_manage_session(acting_user, session):
            raise NotAllowedError
        check_takes_enrolments(session)
        now = timezone.now()
        targets = list(dict.fromkeys(organisations))
        if not targets:
            raise InvitationSetupError(_("Choose the units that should receive the unused places."))
        _check_invitation_terms(1, deadline, replace_until, now)
        declined = (
            Invitation.objects.filter(
                session=session, organisation__in=targets, status=InvitationStatus.DECLINED
            )
            .select_related("organisation")
            .first()
        )
        if declined is not None:
            raise InvitationSetupError(
                _("%(organisation)s declined the invitation: it cannot receive places.")
                % {"organisation": declined.organisation}
            )
        moved = _release_past_deadline(session, now)
        if not moved:
            return 0
        # Read after the release: a target past its own deadline was just released, and is re-opened here.
        existing = {
            invitation.organisation_id: invitation
            for invitation in Invitation.objects.filter(session=session, organisation__in=targets)
        }
        share, extra = divmod(moved, len(targets))
        quotas = {org: share + (1 if index < extra else 0) for index, org in enumerate(targets)}
        new = {org: quota for org, quota in quotas.items() if quota and org.pk not in existing}
        for organisation, quota in quotas.items():
            invitation = existing.get(organisation.pk)
            if invitation is None or not quota:
                continue
            invitation.quota += quota
            invitation.status = InvitationStatus.INVITED
            invitation.deadline = max(invitation.deadline, deadline)
            if invitation.replace_until is not None:
                invitation.replace_until = max(invitation.replace_until, invitation.deadline)
            invitation.updated_at = now
            invitation.save(update_fields=["quota", "status", "deadline", "replace_until", "updated_at"])
        _create_invitations(
            session, new, deadline=deadline, replace_until=replace_until, acting_user=acting_user, now=now
        )
        return moved


@transaction.atomic
def appoint_focal_point(organisation: Organisation, user: User, *, acting_user: User) -> FocalPoint:
    """Programme managers make a person of the organisation one of its focal points (again: no change); a
    focal point appointed after the invitations went out still gets them (once: the outbox key)."""
    if not is_manager(acting_user):
        raise NotAllowedError
    if user.organisation_id != organisation.pk:
        raise WrongOrganisationError(
            _("%(person)s does not work for %(organisation)s: a focal point is one of the unit's staff.")
            % {"person": user.full_name or user.email, "organisation": organisation}
        )
    focal_point, created = FocalPoint.objects.get_or_create(organisation=organisation, user=user)
    if created:
        queue_invitation_emails(
            Invitation.objects.filter(
                organisation=organisation, status=InvitationStatus.INVITED, deadline__gt=timezone.now()
            ).select_related("session", "organisation")
        )
    return focal_point


def _open_account(organisation: Organisation, *, email: str, **fields: str) -> User:
    """A new account of the unit (the bulk import's way: no password yet, verified address, Trainees)."""
    category = fields.pop("trainee_category", "")
    fields = {name: nfc(value) for name, value in fields.items()}
    created = create_trainee_accounts(
        [
            {
                "email": email,
                **fields,
                "trainee_category": category if category in TraineeCategory.values else TraineeCategory.OTHER,
                "organisation": organisation,
            }
        ]
    )
    return created[email]


def invite_focal_point(
    organisation: Organisation,
    *,
    email: str,
    family_name: str = "",
    middle_name: str = "",
    given_name: str = "",
    acting_user: User,
) -> FocalPoint:
    """Programme managers make someone a unit's focal point by e-mail: an existing account of the unit is
    appointed; someone without an account gets one of the unit, with an account-activation e-mail, and is a
    focal point at once. One transaction: a refusal leaves no account behind.
    """
    email = email.strip().lower()
    with transaction.atomic():
        if not is_manager(acting_user):
            raise NotAllowedError
        existing = User.objects.filter(email__iexact=email).first()
        if existing is not None:
            return appoint_focal_point(organisation, existing, acting_user=acting_user)
        if not (nfc(family_name) and nfc(given_name)):
            raise InvitationSetupError(_("No account has this e-mail address: enter the person's name."))
        user = _open_account(
            organisation,
            email=email,
            family_name=family_name,
            middle_name=middle_name,
            given_name=given_name,
        )
        queue_focal_point_activation(user, organisation=organisation)
        return appoint_focal_point(organisation, user, acting_user=acting_user)


@transaction.atomic
def remove_focal_point(focal_point: FocalPoint, *, acting_user: User) -> None:
    """Programme managers take the role away; the person's nominations stay on record."""
    if not is_manager(acting_user):
        raise NotAllowedError
    FocalPoint.objects.filter(pk=focal_point.pk).delete()


@contextmanager
def _copying_confirmations(session_id: int) -> Iterator[None]:
    """Copy to the focal points the confirmations of nominees the block makes (theirs or another unit's
    nominee promoted from the waitlist): the events after the last one of the session before the block."""
    mark = EnrolmentEvent.objects.filter(enrolment__session_id=session_id).aggregate(last=Max("pk"))["last"]
    yield
    queue_confirmation_copies(
        EnrolmentEvent.objects.filter(enrolment__session_id=session_id, pk__gt=mark or 0).values_list(
            "pk", flat=True
        )
    )


def _enrol_nominee(
    session: TrainingSession, person: User, *, acting_user: User, new_account: bool, note: str
) -> Enrolment:
    """Place a nominee through the one seat allocator (a seat, else the waitlist)."""
    courses_services.enrol_people(
        session,
        [person.pk],
        acting_user=None,
        requested_by=acting_user,
        source=EnrolmentSource.NOMINATION,
        invited={person.pk} if new_account else (),
        action="courses.enrolment.nominated",
        note=note,
    )
    return Enrolment.objects.get(session=session, user=person)


def nominate_person(
    invitation: Invitation, person: User, *, acting_user: User, new_account: bool = False
) -> Nomination:
    """A focal point nominates one of their unit's staff, before the deadline and within the quota; the
    person is placed by the one seat allocator (a seat, else the waitlist). `new_account`: the account was
    just made, so their first e-mail is the account invitation. The focal points get a copy of a confirmation.
    """
    with transaction.atomic(), _copying_confirmations(invitation.session_id):
        invitation, session = _locked_invitation(invitation.pk)
        _require_nominator(invitation, session, acting_user)
        now = timezone.now()
        _check_takes_nominations(invitation, session, now)
        if invitation.deadline_passed(now):
            raise DeadlinePassedError(
                _("The nomination deadline (%(date)s) has passed; please contact the organisers.")
                % {"date": _when(invitation.deadline)}
            )
        _check_person(invitation, person, session)
        if quota_used(invitation) >= invitation.quota:
            raise QuotaExceededError(
                _(
                    "%(organisation)s has already nominated %(quota)s people, its whole quota. Withdraw or "
                    "replace a nominee to nominate someone else."
                )
                % {"organisation": invitation.organisation, "quota": invitation.quota}
            )
        enrolment = _enrol_nominee(
            session,
            person,
            acting_user=acting_user,
            new_account=new_account,
            note=_("Nominated by %(organisation)s.") % {"organisation": invitation.organisation},
        )
        return Nomination.objects.create(
            invitation=invitation, user=person, enrolment=enrolment, nominated_by=acting_user, created_at=now
        )


def nominate_new_person(
    invitation: Invitation,
    *,
    family_name: str,
    middle_name: str,
    given_name: str,
    email: str,
    position: str,
    trainee_category: str,
    acting_user: User,
) -> Nomination:
    """A focal point nominates someone of their unit who has no account yet: the account is opened (the bulk
    import's way) and the nomination's first e-mail is the account activation. One transaction: a refusal
    leaves no account behind.
    """
    email = email.strip().lower()
    with transaction.atomic():
        locked, session = _locked_invitation(invitation.pk)
        _require_nominator(locked, session, acting_user)
        existing = User.objects.filter(email__iexact=email).first()
        if existing is not None:
            # Someone with an account already: the rules of nominating an account decide.
            return nominate_person(locked, existing, acting_user=acting_user)
        person = _open_account(
            locked.organisation,
            email=email,
            family_name=family_name,
            middle_name=middle_name,
            given_name=given_name,
            position=position,
            trainee_category=trainee_category,
        )
        return nominate_person(locked, person, acting_user=acting_user, new_account=True)


def decline_invitation(invitation: Invitation, *, acting_user: User) -> Invitation:
    """A unit sends no one: its focal point declines the invitation (withdrawing its nominees first)."""
    with transaction.atomic():
        invitation, session = _locked_invitation(invitation.pk)
        _require_nominator(invitation, session, acting_user)
        if invitation.status == InvitationStatus.DECLINED:
            return invitation
        if invitation.status != InvitationStatus.INVITED:
            raise InvitationClosedError
        if quota_used(invitation):
            raise InvitationClosedError(_("Withdraw your unit's nominees before declining the invitation."))
        invitation.status = InvitationStatus.DECLINED
        invitation.updated_at = timezone.now()
        invitation.save(update_fields=["status", "updated_at"])
        return invitation


def _locked_nomination(nomination_id: int, acting_user: User) -> tuple[Nomination, TrainingSession]:
    invitation_id = Nomination.objects.values_list("invitation_id", flat=True).get(pk=nomination_id)
    invitation, session = _locked_invitation(invitation_id)
    _require_nominator(invitation, session, acting_user)
    nomination = Nomination.objects.select_related("enrolment", "user").get(pk=nomination_id)
    nomination.invitation = invitation
    return nomination, session


def _check_cutoff(nomination: Nomination, now: datetime) -> None:
    cutoff = nomination.invitation.replacement_cutoff
    if now > cutoff:
        raise DeadlinePassedError(
            _("Changes to the list closed on %(date)s; please contact the organisers.")
            % {"date": _when(cutoff)}
        )


def withdraw_nomination(nomination: Nomination, *, acting_user: User) -> Nomination:
    """A focal point withdraws a nominee until the cut-off: the place goes back to the unit's quota and a
    freed seat to the head of the waitlist (which stays numbered without gaps).
    """
    with transaction.atomic(), _copying_confirmations(nomination.invitation.session_id):
        nomination, _session = _locked_nomination(nomination.pk, acting_user)
        if nomination.status != NominationStatus.ACTIVE:
            return nomination
        now = timezone.now()
        _check_cutoff(nomination, now)
        if nomination.enrolment.status in ACTIVE_STATUSES:
            courses_services.withdraw_enrolment(
                nomination.enrolment,
                requested_by=acting_user,
                note=_("Withdrawn by %(organisation)s.")
                % {"organisation": nomination.invitation.organisation},
            )
        nomination.status = NominationStatus.WITHDRAWN
        nomination.ended_at = now
        nomination.save(update_fields=["status", "ended_at"])
        return nomination


def replace_nomination(
    nomination: Nomination, person: User, *, acting_user: User, new_account: bool = False
) -> Nomination:
    """A focal point puts another of their unit's staff in a nominee's place until the cut-off; the newcomer
    takes the place the first one leaves (their seat, before the waitlist).
    """
    with transaction.atomic(), _copying_confirmations(nomination.invitation.session_id):
        nomination, session = _locked_nomination(nomination.pk, acting_user)
        invitation = nomination.invitation
        if nomination.status != NominationStatus.ACTIVE:
            raise InvitationClosedError(_("Only a current nominee can be replaced."))
        now = timezone.now()
        _check_takes_nominations(invitation, session, now)
        _check_cutoff(nomination, now)
        _check_person(invitation, person, session)
        note = _("Replacement sent by %(organisation)s.") % {"organisation": invitation.organisation}
        invited = {person.pk} if new_account else ()
        if nomination.enrolment.status in ACTIVE_STATUSES:
            enrolment = courses_services.withdraw_enrolment(
                nomination.enrolment,
                requested_by=acting_user,
                replacement_id=person.pk,
                source=EnrolmentSource.NOMINATION,
                invited=invited,
                note=note,
            )
        else:
            enrolment = _enrol_nominee(
                session, person, acting_user=acting_user, new_account=new_account, note=note
            )
        nomination.status = NominationStatus.REPLACED
        nomination.ended_at = now
        nomination.save(update_fields=["status", "ended_at"])
        return Nomination.objects.create(
            invitation=invitation, user=person, enrolment=enrolment, nominated_by=acting_user, created_at=now
        )
