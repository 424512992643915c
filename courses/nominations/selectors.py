"""Reads of nominations: a session's invitations with their quota used, the units to invite, focal points."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count, Q, QuerySet

from courses.models import ACTIVE_STATUSES, Enrolment
from lms import pagecache
from lms.people.models import AdministrativeLevel, Organisation, User
from lms.text import sort_people

from .models import FocalPoint, Invitation, Nomination, NominationStatus, OrganisationList

USED = Count(
    "nominations",
    filter=Q(nominations__status=NominationStatus.ACTIVE, nominations__enrolment__status__in=ACTIVE_STATUSES),
)


def session_invitations(session_id: int) -> list[Invitation]:
    """A session's invitations with `used` (nominees holding a place) and `left` set, unit by unit."""
    invitations = list(
        Invitation.objects.filter(session_id=session_id)
        .select_related("organisation__level")
        .annotate(used=USED)
        .order_by("organisation__level__rank", "organisation__name")
    )
    for invitation in invitations:
        invitation.left = max(invitation.quota - invitation.used, 0)
    return invitations


def organisations_to_invite(
    *,
    level: AdministrativeLevel | None = None,
    province: Organisation | None = None,
    saved_list: OrganisationList | None = None,
    chosen: Iterable[Organisation] = (),
) -> list[Organisation]:
    """Units in force picked by level and/or province (the province itself and the units under it), plus the
    units of a saved list still in force, plus a list chosen by hand."""
    picked: list[Organisation] = []
    if level is not None or province is not None:
        queryset = Organisation.objects.valid_on()
        if level is not None:
            queryset = queryset.filter(level=level)
        if province is not None:
            queryset = queryset.filter(Q(pk=province.pk) | Q(parent=province) | Q(parent__parent=province))
        picked = list(queryset.order_by("level__rank", "name"))
    if saved_list is not None:
        picked += list(
            Organisation.objects.valid_on()
            .filter(pk__in=saved_list.organisations.values("pk"))
            .order_by("level__rank", "name")
        )
    return list(dict.fromkeys([*picked, *chosen]))


def focal_points() -> QuerySet[FocalPoint]:
    return FocalPoint.objects.select_related("organisation", "user").order_by(
        "organisation__name", "user__email"
    )


def focal_point_units(user: User) -> list[int]:
    """The organisations a person is a focal point of (none for anyone else)."""
    if not getattr(user, "is_authenticated", False):
        return []
    return list(FocalPoint.objects.filter(user=user).values_list("organisation_id", flat=True))


def shows_nominations_link(user: User) -> bool:
    """Whether the header links the person to their unit's nominations (they are a focal point): remembered,
    no query a page, until their focal-point roles change (`courses.nominations.apps`)."""
    return pagecache.remember_for(
        f"focal-point:{user.pk}",
        lambda: bool(focal_point_units(user)),
        tags=(pagecache.learner_tag(user.pk),),
    )


def focal_point_invitations(user: User) -> list[Invitation]:
    """The invitations of the units a person is a focal point of, newest session first, with used and left."""
    invitations = list(
        Invitation.objects.filter(organisation_id__in=focal_point_units(user))
        .select_related("session__course", "organisation")
        .annotate(used=USED)
        .order_by("-session__year", "-deadline", "organisation__name")
    )
    for invitation in invitations:
        invitation.left = max(invitation.quota - invitation.used, 0)
    return invitations


def invitation_for_focal_point(user: User, pk: int) -> Invitation | None:
    """One invitation of the person's units (another unit's is not found: None)."""
    invitation = (
        Invitation.objects.filter(pk=pk, organisation_id__in=focal_point_units(user))
        .select_related("session__course", "organisation")
        .annotate(used=USED)
        .first()
    )
    if invitation is not None:
        invitation.left = max(invitation.quota - invitation.used, 0)
    return invitation


def current_nominations(invitation: Invitation) -> list[Nomination]:
    """The unit's nominees still on the list, in the official order of names."""
    nominations = (
        Nomination.objects.filter(invitation=invitation, status=NominationStatus.ACTIVE)
        .select_related("user", "enrolment")
        .filter(enrolment__status__in=ACTIVE_STATUSES)
    )
    return sort_people(nominations, get=lambda nomination: nomination.user)


def staff_to_nominate(invitation: Invitation) -> list[User]:
    """The unit's active accounts that hold no place in the session yet, in the official order of names."""
    taken = Enrolment.objects.filter(session_id=invitation.session_id, status__in=ACTIVE_STATUSES).values(
        "user_id"
    )
    people = User.objects.filter(organisation_id=invitation.organisation_id, is_active=True).exclude(
        pk__in=taken
    )
    return sort_people(people)
