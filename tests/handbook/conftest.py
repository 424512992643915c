import pytest

from cms_site.models import HomePage


@pytest.fixture
def home(db):
    """The site's home page, created by the cms_site migration."""
    return HomePage.objects.get()


@pytest.fixture(autouse=True)
def _vietnamese_and_fresh_cache(vietnamese, fresh_cache):
    """Every handbook test runs in Vietnamese with an empty cache (see tests/conftest.py)."""
