"""The demo handbook: seeded once, idempotent, and its PDF carries every chapter title exactly."""

import unicodedata

import pytest
from wagtail.models import Page, Revision, WorkflowPage

from handbook.demo import load_handbook, seed_handbook
from handbook.models import HandbookEdition, HandbookSectionPage
from tests.conftest import row_counts
from tests.pdfs import flat_pdf_text, pdf_fonts

pytestmark = pytest.mark.django_db


def test_seed_handbook_twice_creates_nothing_new_and_the_pdf_has_every_chapter(home, client):
    handbook = load_handbook()
    book = seed_handbook()
    counts = row_counts(Page, Revision, HandbookEdition, WorkflowPage)
    assert book.get_children().live().count() == len(handbook["chapters"]) == 8
    assert HandbookSectionPage.objects.live().count() == 28
    assert book.show_in_menus and book.live

    seed_handbook()
    assert row_counts(Page, Revision, HandbookEdition, WorkflowPage) == counts

    edition = HandbookEdition.objects.get()
    pdf = edition.file.read()
    text = flat_pdf_text(pdf)
    for chapter in handbook["chapters"]:
        assert unicodedata.normalize("NFC", chapter["title"]) in text
    assert not any("Helvetica" in name for name, _embedded in pdf_fonts(pdf))

    # related sections were resolved to pages and render with their numbers
    section = HandbookSectionPage.objects.get(slug="truyen-thong-chinh-sach-la-gi")
    html = client.get(section.url).content.decode()
    assert "1.2</span> Truyền thông xuyên suốt chu trình chính sách" in html
    assert client.get(book.url + "pdf/").status_code == 200
