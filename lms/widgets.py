"""Form widgets shared by the project's screens."""

from __future__ import annotations

from itertools import groupby

from django import forms
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe


class PickList(forms.CheckboxSelectMultiple):
    """Tick boxes in a scrolling box, grouped under headings, with a box above that filters them as one types
    (accents optional) and a count of the ticked ones: for choosing some of many (units to invite), where a
    multiple <select> needs Ctrl-clicks and loses the choice on a stray click. Without JavaScript it is a plain
    list of tick boxes.

    Rendered by the project's template engine (lms/templates/lms/widgets/pick_list.html); the field's label
    names the filter box. Group the choices with `grouped_choices`.
    """

    template_name = "lms/widgets/pick_list.html"

    class Media:
        js = ["lms/pick_list.js"]

    def id_for_label(self, id_, index=None):
        if index is None:
            return f"{id_}_filter" if id_ else ""
        return super().id_for_label(id_, index)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["ticked"] = sum(
            1
            for _group, options, _index in context["widget"]["optgroups"]
            for option in options
            if option["selected"]
        )
        return context

    def render(self, name, value, attrs=None, renderer=None):
        return mark_safe(render_to_string(self.template_name, self.get_context(name, value, attrs)))  # noqa: S308 - the template escapes


def grouped_choices(objects, *, group, label=str) -> list[tuple[str, list[tuple[int, str]]]]:
    """(heading, [(pk, label), ...]) for objects already ordered by their group, e.g. units by level."""
    return [
        (str(heading), [(item.pk, label(item)) for item in items])
        for heading, items in groupby(objects, key=group)
    ]
