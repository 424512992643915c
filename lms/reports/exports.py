"""The reports as spreadsheet tables (through lms.exports) and as JSON-ready data."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _

from lms.exports import Styled, Table
from lms.people.models import Organisation, Spokesperson

from .coverage import CoverageReport


def _coverage_preamble(report: CoverageReport) -> list[list[object]]:
    lines: list[list[object]] = [[Styled(_("Spokesperson network coverage"), bold=True, size=13)]]
    lines.append([_("On date"), report.on])
    if report.province:
        lines.append([_("Within"), report.province])
    lines.append([_("Target (%)"), report.target_percent])
    return lines


def coverage_summary_table(report: CoverageReport, *, preamble: bool = True) -> Table:
    """One row per level in force, then the total: units, covered, trained, with percentages and gaps."""
    headers = [
        _("Administrative level"),
        _("Organisations"),
        _("With a spokesperson"),
        _("With a spokesperson (%)"),
        _("Trained"),
        _("Trained (%)"),
        _("Without a spokesperson"),
    ]

    def line(name: str, row) -> list[object]:
        return [
            name,
            row.organisations,
            row.covered,
            float(row.covered_percent),
            row.trained,
            float(row.trained_percent),
            row.gaps,
        ]

    rows = [line(row.level_name, row) for row in report.rows]
    rows.append(line(_("Total"), report.total))
    return Table(
        _("Coverage"),
        headers,
        rows,
        preamble=_coverage_preamble(report) if preamble else (),
        widths={1: 42, 2: 14, 3: 18, 4: 18, 5: 12, 6: 12, 7: 20},
    )


def gaps_table(units: Iterable[Organisation]) -> Table:
    headers = [_("No."), _("Organisation"), _("Code"), _("Administrative level"), _("Parent")]
    rows = (
        [number, unit.name, unit.code or "", unit.level.name, unit.parent.name if unit.parent_id else ""]
        for number, unit in enumerate(units, start=1)
    )
    return Table(_("Without a spokesperson"), headers, rows, widths={2: 42, 4: 30, 5: 36})


def not_trained_table(records: Iterable[Spokesperson]) -> Table:
    headers = [
        _("No."),
        _("Full name"),
        _("Position"),
        _("Organisation"),
        _("Administrative level"),
        _("Phone"),
        _("E-mail"),
        _("User account"),
    ]
    rows = (
        [
            number,
            record.full_name,
            record.position,
            record.organisation.name,
            record.organisation.level.name,
            record.phone,
            record.email,
            record.user.email if record.user_id else "",
        ]
        for number, record in enumerate(records, start=1)
    )
    return Table(_("Not yet trained"), headers, rows, widths={2: 28, 3: 24, 4: 36, 5: 26, 7: 28, 8: 28})
