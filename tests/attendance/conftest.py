import pytest

from .factories import confirmed_trainees, days_of, make_session


@pytest.fixture(autouse=True)
def _vietnamese_and_fresh_cache(vietnamese, fresh_cache):
    """Every attendance test runs in Vietnamese with an empty cache (see tests/conftest.py)."""


@pytest.fixture
def session(trainer):
    """An in-person session of two days starting today, taught by `trainer`, with four confirmed trainees."""
    session = make_session(trainers=[trainer])
    confirmed_trainees(session, 4)
    return session


@pytest.fixture
def day(session):
    return days_of(session)[0]


@pytest.fixture
def other_trainer(db):
    from django.conf import settings

    from tests.factories import UserFactory

    return UserFactory(roles=[settings.ROLE_TRAINERS], given_name="Hải", family_name="Đỗ", middle_name="Văn")
