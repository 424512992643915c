"""Query building blocks shared by the apps' selectors and reports."""

from __future__ import annotations

from django.db.models import Count, IntegerField, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce


def count_per(queryset: QuerySet, *, per: str) -> Coalesce:
    """How many rows of `queryset` (filtered on an OuterRef) there are per `per`, 0 where there are none.

    A correlated count keeps the outer query one row per object where a join with Count would multiply them.
    """
    counted = queryset.order_by().values(per).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))
