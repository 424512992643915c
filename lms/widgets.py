"""Form widgets shared by the project's screens."""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from typing import Any

from django import forms
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe


class PickList(forms.CheckboxSelectMultiple):
    """Tick boxes in a scrolling box, with a box above that filters them as one types (accents optional) and a
    count of the ticked ones: for choosing some of many (units to invite), where a multiple <select> needs
    Ctrl-clicks and loses the choice on a stray click. Without JavaScript it is a plain list of tick boxes.

    `group_by(obj)` puts a model field's choices under headings (e.g. units under their administrative level);
    the field's queryset must be ordered by it. Rendered by the project's template engine
    (lms/templates/lms/widgets/pick_list.html); the field's label names the filter box.
    """

    template_name = "lms/widgets/pick_list.html"

    class Media:
        js = ["lms/pick_list.js"]

    def __init__(self, attrs=None, choices=(), *, group_by: Callable[[Any], Any] | None = None) -> None:
        super().__init__(attrs, choices)
        self.group_by = group_by

    def optgroups(self, name, value, attrs=None):
        groups = super().optgroups(name, value, attrs)
        if self.group_by is None:
            return groups
        options = [option for _name, group, _index in groups for option in group]
        return [
            (str(heading), list(items), index)
            for index, (heading, items) in enumerate(
                groupby(options, key=lambda option: self.group_by(option["value"].instance))
            )
        ]

    def id_for_label(self, id_, index=None):
        if index is None:
            return f"{id_}_filter" if id_ else ""
        return super().id_for_label(id_, index)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        groups = context["widget"]["optgroups"]
        context["widget"]["ticked"] = sum(
            option["selected"] for _name, options, _index in groups for option in options
        )
        return context

    def render(self, name, value, attrs=None, renderer=None):
        # The project's engine, which finds lms/templates (Django's form renderer looks in apps only).
        return mark_safe(render_to_string(self.template_name, self.get_context(name, value, attrs)))  # noqa: S308
