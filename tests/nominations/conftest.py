"""Fixtures of the nominations tests: a course, a nomination-only session, invited organisations, focal points."""

from __future__ import annotations

import pytest
from django.utils import translation

from tests.courses.conftest import catalogue, course  # noqa: F401 - fixtures shared with the courses tests


@pytest.fixture(autouse=True)
def _vietnamese():
    translation.activate("vi")
    yield
    translation.deactivate()
