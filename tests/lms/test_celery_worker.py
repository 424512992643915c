"""Tasks run through a real broker and worker (Redis in CI): queued after commit, serialised by id."""

import io
import time
import unicodedata

import pytest
from pypdf import PdfReader

from cms_site.models import HomePage
from handbook.models import HandbookEdition
from tests.handbook.factories import BookFactory, ChapterFactory


def _pdf_text(edition: HandbookEdition) -> str:
    with edition.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return unicodedata.normalize("NFC", " ".join(page.extract_text() for page in reader.pages))


@pytest.mark.django_db(transaction=True)
def test_publishing_a_handbook_page_builds_the_pdf_on_a_real_worker(real_celery_worker):
    book = BookFactory(parent=HomePage.objects.get())
    ChapterFactory(parent=book, title="Chương về người phát ngôn")
    deadline = time.monotonic() + 90
    text = ""
    while time.monotonic() < deadline:
        edition = HandbookEdition.objects.filter(book=book, status="ready").order_by("-finished_at").first()
        if edition is not None:
            text = _pdf_text(edition)
            if "Chương về người phát ngôn" in text:
                break
        time.sleep(0.5)
    assert "Chương về người phát ngôn" in text, list(HandbookEdition.objects.values("status", "error"))
