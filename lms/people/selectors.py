"""Reads of people and organisations, with the official Vietnamese order built in."""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.db.models import F, OrderBy, QuerySet
from django.db.models.functions import Collate
from django.utils import timezone

from lms.text import fold

from .models import Organisation, Spokesperson, TraineeCategory, User

# ICU collation that sorts Vietnamese correctly on PostgreSQL (a ă â b c d đ ..., tones after letters).
PG_VIETNAMESE_COLLATION = "vi-x-icu"


def vietnamese_ordering(*fields: str, prefix: str = "") -> list:
    """ORDER BY expressions for text fields in Vietnamese order (ICU on PostgreSQL, plain elsewhere)."""
    expressions = []
    for field in fields:
        descending = field.startswith("-")
        name = prefix + field.lstrip("-")
        if connection.vendor == "postgresql":
            expression = Collate(F(name), PG_VIETNAMESE_COLLATION)
        else:
            expression = F(name)
        expressions.append(OrderBy(expression, descending=descending))
    return expressions


def person_ordering(prefix: str = "") -> list:
    """The official order of a list of people: given name, family name, middle name, date of birth."""
    return [
        *vietnamese_ordering("given_name", "family_name", "middle_name", prefix=prefix),
        F(prefix + "date_of_birth").asc(nulls_last=True),
    ]


def users_in_official_order(queryset: QuerySet[User] | None = None) -> QuerySet[User]:
    queryset = queryset if queryset is not None else User.objects.all()
    return queryset.select_related("organisation").order_by(*person_ordering())


def members_of_role(role: str) -> QuerySet[User]:
    """Active members of a role group (e.g. settings.ROLE_TRAINERS), in the official order."""
    return users_in_official_order(User.objects.filter(groups__name=role, is_active=True))


def current_organisations() -> QuerySet[Organisation]:
    """Organisations in force today, for choosing one's work unit."""
    return (
        Organisation.objects.valid_on()
        .select_related("level", "parent")
        .order_by("level__rank", *vietnamese_ordering("name"))
    )


def unlisted_work_units() -> list[dict]:
    """Work units people typed by hand, grouped by name (ignoring case and accents), most people first."""

    groups: dict[str, dict] = {}
    rows = (
        User.objects.filter(organisation__isnull=True)
        .exclude(organisation_unlisted="")
        # The first to type a name names the group; without an order the database picks (SQLite varies).
        .order_by("date_joined", "pk")
        .values_list("organisation_unlisted", "email")
    )
    for typed, email in rows:
        group = groups.setdefault(fold(typed), {"name": typed, "count": 0, "emails": []})
        group["count"] += 1
        group["emails"].append(email)
    return sorted(groups.values(), key=lambda group: (-group["count"], fold(group["name"])))


def verified_trainee_categories(user: User) -> frozenset[str]:
    """The trainee categories the directory vouches for: spokesperson when a record in force names the account.

    The category on a person's profile is their own declaration; only this one is checked against data kept
    by the organisers (Decree 09/2017: each body publishes its spokesperson).
    """
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    today = timezone.localdate()
    listed = Spokesperson.objects.filter(user=user).current_on(today).exists()
    return frozenset({TraineeCategory.SPOKESPERSON}) if listed else frozenset()


def role_label(group_name: str) -> str:
    """How people read a role group: the Vietnamese label of the four roles, other groups by their name."""
    return str(settings.ROLE_LABELS.get(group_name, group_name))


def role_names(user: User) -> frozenset[str]:
    """The names of the role groups a person belongs to, read once per user object (so once per request).

    Every role question of a request (is this a programme manager? which roles for the API's `me`?) is
    answered from this one query; a change of groups shows from the next request.
    """
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._role_names = cached
    return cached
