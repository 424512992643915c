"""The spokesperson network's reach: who counts as trained, and coverage per administrative level on a date.

Levels and organisations are dated data, so everything is asked "on a date": the levels in force that day,
their units in force that day, the spokespersons holding the post that day and the certificates valid that
day. A unit dissolved by a reform (valid_until before the date) hands what it had to its `successor`, up to
two merges deep, so a commune's spokesperson recorded before the 2025 merger covers the new commune.

Every figure is an aggregate query; the lists are querysets for the screens and the exports to stream.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db.models import Case, Count, Exists, F, IntegerField, OuterRef, Q, QuerySet, When
from django.utils import timezone

from certificates.models import Certificate
from lms.people.models import AdministrativeLevel, Organisation, Spokesperson

TARGET_PERCENT = 100


def training_cutoff(on: dt.date) -> dt.date:
    """The earliest issue date of a certificate that still counts on `on` (SPOKESPERSON_TRAINING_VALID_YEARS)."""
    years = settings.SPOKESPERSON_TRAINING_VALID_YEARS
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February
        return on.replace(year=on.year - years, day=28)


def _day_start(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def valid_training_certificates(on: dt.date) -> QuerySet[Certificate]:
    """Certificates of spokesperson-training courses issued within the validity window and not revoked on `on`."""
    return Certificate.objects.filter(
        Q(revoked_at__isnull=True) | Q(revoked_at__gte=_day_start(on + dt.timedelta(days=1))),
        enrolment__session__course__is_spokesperson_training=True,
        issued_at__gte=_day_start(training_cutoff(on)),
        issued_at__lt=_day_start(on + dt.timedelta(days=1)),
    )


def is_trained(on: dt.date, *, user_ref: str = "user") -> Exists:
    """True for a spokesperson row whose linked account holds a valid spokesperson-training certificate."""
    return Exists(valid_training_certificates(on).filter(enrolment__user=OuterRef(user_ref)))


def spokespersons_on(on: dt.date) -> QuerySet[Spokesperson]:
    """Spokespersons holding the post on `on`, annotated `trained`."""
    return Spokesperson.objects.current_on(on).annotate(trained=is_trained(on))


def units_in_scope(on: dt.date, province: str | None = None) -> QuerySet[Organisation]:
    """Units in force on `on` at levels in force on `on`; within a province (by code) when one is given."""
    units = Organisation.objects.valid_on(on).filter(
        level__in=AdministrativeLevel.objects.valid_on(on).values("pk")
    )
    if province:
        units = units.filter(
            Q(code__iexact=province)
            | Q(parent__code__iexact=province)
            | Q(parent__parent__code__iexact=province)
            | Q(parent__parent__parent__code__iexact=province)
        )
    return units


def _covered_unit(on: dt.date) -> Case:
    """The unit a spokesperson's post covers on `on`: their own; when it was dissolved before `on`, the unit it
    merged into; when that was dissolved before `on` too, the one that one merged into (two merges deep).
    One value per spokesperson, so the covered units are a set a hashed IN answers, not a subquery per unit
    (3,000 units x 2,500 spokespersons at scale)."""
    dissolved = Q(organisation__valid_until__lt=on)
    return Case(
        When(
            dissolved
            & Q(
                organisation__successor__valid_until__lt=on, organisation__successor__successor__isnull=False
            ),
            then=F("organisation__successor__successor"),
        ),
        When(dissolved & Q(organisation__successor__isnull=False), then=F("organisation__successor")),
        default=F("organisation"),
        output_field=IntegerField(),
    )


def _covered_units(on: dt.date, *, trained: bool = False) -> QuerySet[Spokesperson]:
    """The ids of the units with a spokesperson (a trained one, if asked) holding the post on `on`."""
    current = Spokesperson.objects.current_on(on)
    if trained:
        current = current.filter(is_trained(on))
    return current.annotate(covered_unit=_covered_unit(on)).values("covered_unit")


def percent(part: int, whole: int) -> Decimal:
    """A percentage with one decimal (0 when there is nothing to count)."""
    if not whole:
        return Decimal("0.0")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class CoverageRow:
    level_code: str
    level_name: str
    organisations: int
    covered: int
    trained: int
    covered_percent: Decimal = field(init=False)
    trained_percent: Decimal = field(init=False)
    gaps: int = field(init=False)

    def __post_init__(self) -> None:
        self.covered_percent = percent(self.covered, self.organisations)
        self.trained_percent = percent(self.trained, self.organisations)
        self.gaps = self.organisations - self.covered


@dataclass
class CoverageReport:
    on: dt.date
    province: str | None
    rows: list[CoverageRow]
    target_percent: int = TARGET_PERCENT

    @property
    def total(self) -> CoverageRow:
        return CoverageRow(
            level_code="",
            level_name="",
            organisations=sum(row.organisations for row in self.rows),
            covered=sum(row.covered for row in self.rows),
            trained=sum(row.trained for row in self.rows),
        )

    def as_dict(self) -> dict:
        """The figures as JSON-ready data (dates ISO, percentages as numbers): what the screen shows."""

        def row_dict(row: CoverageRow) -> dict:
            data = asdict(row)
            data["covered_percent"] = float(row.covered_percent)
            data["trained_percent"] = float(row.trained_percent)
            return data

        return {
            "on": self.on.isoformat(),
            "province": self.province or None,
            "target_percent": self.target_percent,
            "levels": [row_dict(row) for row in self.rows],
            "total": {
                key: value
                for key, value in row_dict(self.total).items()
                if key not in {"level_code", "level_name"}
            },
        }


def coverage_report(*, on: dt.date | None = None, province: str | None = None) -> CoverageReport:
    """Per level in force on `on`: units, units with a current spokesperson, units whose spokesperson is trained.

    One grouped query for the counts and one for the level names, whatever the number of units.
    """
    on = on or timezone.localdate()
    counts = {
        item["level"]: item
        for item in units_in_scope(on, province)
        .order_by()
        .values("level")
        .annotate(
            total=Count("pk"),
            covered=Count("pk", filter=Q(pk__in=_covered_units(on))),
            trained=Count("pk", filter=Q(pk__in=_covered_units(on, trained=True))),
        )
    }
    rows = [
        CoverageRow(
            level_code=level.code,
            level_name=level.name,
            organisations=counts.get(level.pk, {}).get("total", 0),
            covered=counts.get(level.pk, {}).get("covered", 0),
            trained=counts.get(level.pk, {}).get("trained", 0),
        )
        for level in AdministrativeLevel.objects.valid_on(on).order_by("rank", "name")
    ]
    if province:
        rows = [row for row in rows if row.organisations]
    return CoverageReport(on=on, province=province, rows=rows)


def coverage_gaps(*, on: dt.date | None = None, province: str | None = None) -> QuerySet[Organisation]:
    """Units in scope with no spokesperson holding the post on `on` (after rolling up dissolved units)."""
    on = on or timezone.localdate()
    return (
        units_in_scope(on, province)
        .exclude(pk__in=_covered_units(on))
        .select_related("level", "parent")
        .order_by("level__rank", "parent__name", "name")
    )


def spokespersons_not_trained(
    *, on: dt.date | None = None, province: str | None = None
) -> QuerySet[Spokesperson]:
    """Spokespersons holding the post on `on` for a unit in scope, not (or no longer) trained."""
    on = on or timezone.localdate()
    scope = units_in_scope(on, province).values("pk")
    return (
        spokespersons_on(on)
        .filter(
            Q(organisation__in=scope)
            | Q(organisation__valid_until__lt=on, organisation__successor__in=scope)
            | Q(
                organisation__valid_until__lt=on,
                organisation__successor__valid_until__lt=on,
                organisation__successor__successor__in=scope,
            )
        )
        .filter(trained=False)
        .select_related("organisation", "organisation__level", "user")
        .order_by("organisation__level__rank", "organisation__name", "given_name", "family_name")
    )


def top_level_units(on: dt.date) -> QuerySet[Organisation]:
    """Units in force with no parent that have units below them (provinces, centrally-run cities): the
    choices of "within" (no level is hard-coded)."""
    return (
        Organisation.objects.valid_on(on)
        .filter(parent__isnull=True, code__isnull=False)
        .filter(Exists(Organisation.objects.filter(parent=OuterRef("pk"))))
        .order_by("name")
    )
