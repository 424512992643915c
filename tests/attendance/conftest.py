import pytest
from django.core.cache import cache
from django.utils import translation

from .factories import confirmed_trainees, days_of, make_session


@pytest.fixture(autouse=True)
def _vietnamese():
    translation.activate("vi")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


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
