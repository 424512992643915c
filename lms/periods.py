"""Rows with a period of validity given by two optional dates (valid from/until, appointed/ended on)."""

from __future__ import annotations

from datetime import date

from django.db import models
from django.db.models import Q


def in_force_on(day: date, *, start: str, end: str) -> Q:
    """Rows whose period includes `day`; an empty start or end leaves the period open on that side."""
    return (Q(**{f"{start}__isnull": True}) | Q(**{f"{start}__lte": day})) & (
        Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": day})
    )


def period_order_constraint(*, start: str, end: str, name: str) -> models.CheckConstraint:
    """A period does not end before it starts (either date may be empty)."""
    return models.CheckConstraint(
        condition=Q(**{f"{end}__isnull": True})
        | Q(**{f"{start}__isnull": True})
        | Q(**{f"{end}__gte": models.F(start)}),
        name=name,
    )
