"""A small model field for the trainee categories a course or session is meant for."""

from __future__ import annotations

from django import forms
from django.db import models

from lms.people.models import TraineeCategory


class CategoriesField(models.JSONField):
    """A list of TraineeCategory values stored as JSON; edited as checkboxes. Empty means everyone."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": TraineeCategory.choices,
            "widget": forms.CheckboxSelectMultiple,
            "required": not self.blank,
            "label": self.verbose_name,
            "help_text": self.help_text,
            "show_hidden_initial": False,
        }
        # JSONField.formfield would force forms.JSONField; a plain Field.formfield honours our class.
        return models.Field.formfield(self, **{**defaults, **kwargs})


def category_labels(values: list[str] | None) -> list[str]:
    labels = dict(TraineeCategory.choices)
    return [str(labels.get(value, value)) for value in values or []]
