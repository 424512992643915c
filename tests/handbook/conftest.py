import pytest
from django.core.cache import cache
from django.utils import translation

from cms_site.models import HomePage


@pytest.fixture
def home(db):
    """The site's home page, created by the cms_site migration."""
    return HomePage.objects.get()


@pytest.fixture(autouse=True)
def _vietnamese():
    # A request under /en/ leaves English active in the thread, and page URLs follow the active language.
    translation.activate("vi")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_cache():
    # Site root paths are cached; a fresh cache keeps query counts comparable between tests.
    cache.clear()
    yield
    cache.clear()
