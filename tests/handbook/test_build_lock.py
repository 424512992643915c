"""PostgreSQL: two workers (or nodes) asked to build the same handbook edition at once build it once; the row
is claimed under a lock before the slow render, and the other worker returns the claimed edition."""

from __future__ import annotations

import threading
import time

import pytest
from django.core.files.storage import default_storage

from cms_site.models import HomePage
from handbook import services
from handbook.models import HandbookEdition
from tests.conftest import requires_postgres
from tests.courses.test_concurrency import run_at_once
from tests.handbook.factories import make_book

pytestmark = [requires_postgres, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def slow_render(monkeypatch):
    """The renderer, counted and slowed down so that the builds overlap."""
    calls: list[int] = []
    lock = threading.Lock()
    real = services.render_handbook_pdf

    def render(data):
        with lock:
            calls.append(threading.get_ident())
        time.sleep(0.5)
        return real(data)

    monkeypatch.setattr(services, "render_handbook_pdf", render)
    return calls


def _book_without_editions(chapters: list[int], calls: list):
    """A published book with no edition yet (publishing it queued builds, run eagerly: undone here)."""
    book = make_book(HomePage.objects.get(), chapters)
    for edition in HandbookEdition.objects.all():
        if edition.file:
            edition.file.delete(save=False)
        edition.delete()
    calls.clear()
    return book


def _race(book, count: int) -> tuple[list, list]:
    results: list = []
    errors = run_at_once(
        [lambda: results.append(services.build_handbook_edition(book)) for _ in range(count)]
    )
    return results, errors


def test_four_builds_of_the_same_edition_at_once_render_it_once(slow_render):
    book = _book_without_editions([2], slow_render)
    results, errors = _race(book, 4)
    assert errors == []
    assert len(slow_render) == 1
    assert len({edition.pk for edition in results}) == 1
    edition = HandbookEdition.objects.get()
    assert edition.status == HandbookEdition.Status.READY
    assert edition.file.read().startswith(b"%PDF-")


def test_builds_at_once_on_object_storage_leave_one_file_in_the_bucket(slow_render, object_storage):
    book = _book_without_editions([1], slow_render)
    _results, errors = _race(book, 3)
    assert errors == []
    assert len(slow_render) == 1
    edition = HandbookEdition.objects.get()
    assert default_storage.exists(edition.file.name)
    _folders, files = default_storage.listdir("handbook/pdf")
    assert files == [edition.file.name.rsplit("/", 1)[1]]
