"""A hand-built spokesperson network with known coverage on 1 June 2026 (see test_coverage.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import translation

from tests.factories import OrganisationFactory, SpokespersonFactory, UserFactory, level
from tests.reports import builders

ON = dt.date(2026, 6, 1)


@pytest.fixture(autouse=True)
def _vietnamese():
    translation.activate("vi")
    yield
    translation.deactivate()


@pytest.fixture
def network(db, settings):
    """Units, spokespersons and certificates; the comments give each unit's expected state on ON."""
    settings.SPOKESPERSON_TRAINING_VALID_YEARS = 3
    training = builders.session(builders.course(training=True, title="Kỹ năng phát ngôn"), year=2025)
    other = builders.session(builders.course(training=False, title="Kỹ năng viết tin"), year=2025)

    def unit(code, level_code, parent=None, **extra):
        return OrganisationFactory(
            code=code, name=f"Đơn vị {code}", level=level(level_code), parent=parent, **extra
        )

    def spokesperson(organisation, *, certificate=None, course_session=training, revoked_on=None, **extra):
        user = UserFactory(organisation=organisation)
        if certificate:
            builders.certificate(course_session, user, issued_on=certificate, revoked_on=revoked_on)
        return SpokespersonFactory(organisation=organisation, user=user, email=user.email, **extra)

    units = {}
    # central: 2 units, 1 covered, 1 trained
    units["BO-A"] = unit("BO-A", "central")
    spokesperson(units["BO-A"], certificate=dt.date(2025, 3, 1))
    units["BO-B"] = unit("BO-B", "central")  # gap
    # province: 5 units in force, 4 covered, 2 trained
    units["T-HN"] = unit("T-HN", "province")
    spokesperson(units["T-HN"], certificate=dt.date(2024, 5, 1))
    units["T-HUE"] = unit("T-HUE", "province")  # covered and trained through the dissolved T-OLD
    units["T-OLD"] = unit("T-OLD", "province", valid_until=dt.date(2025, 6, 30), successor=units["T-HUE"])
    spokesperson(units["T-OLD"], certificate=dt.date(2024, 9, 1))
    units["T-HP"] = unit("T-HP", "province")
    spokesperson(units["T-HP"], certificate=dt.date(2025, 1, 1), revoked_on=dt.date(2025, 2, 1))  # revoked
    units["T-DN"] = unit("T-DN", "province")
    spokesperson(units["T-DN"], certificate=dt.date(2023, 5, 31))  # stale: before 1 June 2023
    units["T-QN"] = unit("T-QN", "province")  # gap: the term ended
    spokesperson(units["T-QN"], certificate=dt.date(2025, 1, 1), ended_on=dt.date(2025, 12, 31))
    # department: 2 units, 1 covered, 0 trained
    units["S-HN"] = unit("S-HN", "department", parent=units["T-HN"])
    spokesperson(
        units["S-HN"], certificate=dt.date(2025, 1, 1), course_session=other
    )  # not a training course
    units["S-HUE"] = unit("S-HUE", "department", parent=units["T-HUE"])  # gap
    # district: a level out of force on ON, ignored with its units
    units["H-CU"] = unit("H-CU", "district", parent=units["T-HN"], valid_until=dt.date(2025, 6, 30))
    spokesperson(units["H-CU"], certificate=dt.date(2025, 1, 1))
    # commune: 3 units in force, 2 covered, 2 trained
    units["X-1"] = unit("X-1", "commune", parent=units["T-HN"])
    spokesperson(units["X-1"], certificate=dt.date(2026, 1, 15))
    units["X-NEW"] = unit("X-NEW", "commune", parent=units["T-HN"], valid_from=dt.date(2025, 7, 1))
    units["X-OLD"] = unit(
        "X-OLD", "commune", parent=units["H-CU"], valid_until=dt.date(2025, 6, 30), successor=units["X-NEW"]
    )
    spokesperson(units["X-OLD"], certificate=dt.date(2025, 5, 1))
    units["X-3"] = unit("X-3", "commune", parent=units["T-HUE"])  # gap: appointed after ON
    spokesperson(units["X-3"], certificate=dt.date(2025, 1, 1), appointed_on=dt.date(2026, 9, 1))
    return units
