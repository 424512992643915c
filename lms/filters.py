"""Filters for the admin's lists that refuse a malformed id instead of sending it to the database.

Django guards plain integer lookups against numbers beyond the column's range, but not lookups through a
relation (a Wagtail page's id is its `page_ptr`): `?course=99999999999999999999` crashed the lists filtered
by course. These filters check the value is a database id first (`lms.http.id_or_none`); anything else is
an invalid choice, which the list shows as a filter error. `AdminFilterSet` uses them for the filters it
makes from relations by itself; declare `IdChoiceFilter` / `IdMultipleChoiceFilter` for the others.
"""

from __future__ import annotations

import django_filters
from django.core.exceptions import ValidationError
from django.db import models
from django_filters.fields import ModelChoiceField, ModelMultipleChoiceField
from django_filters.filterset import FILTER_FOR_DBFIELD_DEFAULTS
from wagtail.admin.filters import WagtailFilterSet

from lms.http import id_or_none


def _keyed_by_integer(queryset, to_field_name: str | None) -> bool:
    """Whether the choices are looked up by an integer column (an id, or a relation to one)."""
    options = queryset.model._meta
    field = options.get_field(to_field_name) if to_field_name else options.pk
    while field.is_relation and getattr(field, "target_field", None) is not None:
        field = field.target_field
    return isinstance(field, models.IntegerField)


class IdChoiceField(ModelChoiceField):
    def to_python(self, value):
        if (
            value not in self.empty_values
            and not (self.null_label is not None and value == self.null_value)
            and _keyed_by_integer(self.queryset, self.to_field_name)
            and id_or_none(value) is None
        ):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class IdMultipleChoiceField(ModelMultipleChoiceField):
    def _check_values(self, value):
        if _keyed_by_integer(self.queryset, self.to_field_name):
            for item in value:
                if item != self.null_value and id_or_none(item) is None:
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": item}
                    )
        return super()._check_values(value)


class IdChoiceFilter(django_filters.ModelChoiceFilter):
    """A ModelChoiceFilter whose value must be a database id."""

    field_class = IdChoiceField


class IdMultipleChoiceFilter(django_filters.ModelMultipleChoiceFilter):
    """A ModelMultipleChoiceFilter whose values must be database ids."""

    field_class = IdMultipleChoiceField


def _safe_defaults() -> dict:
    defaults = dict(WagtailFilterSet.FILTER_DEFAULTS or FILTER_FOR_DBFIELD_DEFAULTS)
    for field_class, spec in list(defaults.items()):
        replacement = {
            django_filters.ModelChoiceFilter: IdChoiceFilter,
            django_filters.ModelMultipleChoiceFilter: IdMultipleChoiceFilter,
        }.get(spec.get("filter_class"))
        if replacement:
            defaults[field_class] = {**spec, "filter_class": replacement}
    return defaults


class AdminFilterSet(WagtailFilterSet):
    """Wagtail's filter set, whose filters made from relations refuse malformed ids."""

    FILTER_DEFAULTS = _safe_defaults()
