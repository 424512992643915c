"""What an import does with each row, and the check that keeps a preview honest about the write."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _


@dataclass
class RowResult:
    """The outcome of one row of an import: what will happen to it, or why it cannot be imported."""

    line: int
    values: dict[str, str]
    action: str = ""  # create, update, unchanged, error (or an importer's own verbs)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def refuse_repeat(self, seen: dict[Any, int], key: Any, message: str, **params: Any) -> None:
        """Refuse the row if an earlier row of the file had the same `key`; `message` names that row's line
        as %(line)d (and any `params`). Otherwise remember this row's line under the key."""
        if key in seen:
            self.errors.append(message % {**params, "line": seen[key]})
        else:
            seen[key] = self.line


@dataclass
class ImportReport:
    rows: list[RowResult]

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def errors(self) -> list[RowResult]:
        return [row for row in self.rows if row.errors]

    @property
    def valid(self) -> list[RowResult]:
        return [row for row in self.rows if not row.errors]

    def summary(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self.rows:
            key = "error" if row.errors else row.action
            counts[key] = counts.get(key, 0) + 1
        return counts


def assign_changes(instance: models.Model, values: Mapping[str, Any], names: Iterable[str]) -> list[str]:
    """Give an existing row the imported `values` of `names`; the names whose value changes."""
    changed = [name for name in names if getattr(instance, name) != values[name]]
    for name in names:
        setattr(instance, name, values[name])
    return changed


def finished_message(report: ImportReport) -> str:
    """The one-line result of an import that creates and updates rows, shown once it is written."""
    summary = report.summary()
    return _(
        "Import finished: %(created)d created, %(updated)d updated, %(unchanged)d unchanged, %(errors)d rows skipped with errors."
    ) % {
        "created": summary.get("create", 0),
        "updated": summary.get("update", 0),
        "unchanged": summary.get("unchanged", 0),
        "errors": summary.get("error", 0),
    }


def field_errors(
    model: type[models.Model], values: Mapping[str, Any], *, labels: Mapping[str, str] | None = None
) -> list[str]:
    """Check each value against the model field it will be written to (length, type, choices).

    What a preview accepts the write must accept, so a preview calls this on every value it will write.
    Empty values are left to the importer, which knows which are required; relations are resolved by it too.
    Each message names the field (or `labels[name]`), e.g. "Họ: Giá trị này chỉ có tối đa 60 kí tự ...".
    """
    errors = []
    for name, value in values.items():
        model_field = model._meta.get_field(name)
        if model_field.is_relation or value is None or value == "":
            continue
        try:
            model_field.clean(value, None)
        except ValidationError as exc:
            label = (labels or {}).get(name) or capfirst(model_field.verbose_name)
            errors.extend(f"{label}: {message}" for message in exc.messages)
    return errors
