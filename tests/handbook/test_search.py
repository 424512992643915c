"""Search inside the handbook: with and without diacritics, highlighted excerpts, only the handbook."""

import pytest

from cms_site.models import StandardPage
from handbook.models import HandbookChapterPage
from handbook.text import highlight_excerpt
from tests.handbook.factories import SectionFactory, make_book

pytestmark = pytest.mark.django_db


@pytest.fixture
def book(home):
    book = make_book(home, [1])
    chapter = HandbookChapterPage.objects.get()
    SectionFactory(
        parent=chapter,
        title="Ứng xử của người phát ngôn",
        summary="Người phát ngôn trả lời phóng viên.",
        body=[{"type": "paragraph", "value": "<p>Đăng ký người phát ngôn với Sở Văn hóa.</p>"}],
    )
    other = StandardPage(title="Trang người phát ngôn ngoài sổ tay", slug="ngoai", intro="người phát ngôn")
    home.add_child(instance=other)
    other.save_revision().publish()
    return book


@pytest.mark.parametrize(
    "query", ["người phát ngôn", "nguoi phat ngon", "NGUOI PHAT NGON", "đăng ký", "dang ky"]
)
def test_search_finds_sections_with_and_without_diacritics(client, book, query):
    html = client.get(book.url + "tim-kiem/", {"q": query}).content.decode()
    assert "Ứng xử của người phát ngôn" in html
    assert "ngoài sổ tay" not in html  # other pages of the site are not part of the handbook search


def test_search_highlights_the_words_found(client, book):
    html = client.get(book.url + "tim-kiem/", {"q": "nguoi phat ngon"}).content.decode()
    assert "<mark>Người</mark> <mark>phát</mark> <mark>ngôn</mark> trả lời" in html
    assert "Tìm trong sổ tay" in html


def test_search_without_results_says_so(client, book):
    html = client.get(book.url + "tim-kiem/", {"q": "khongcotukhoanay"}).content.decode()
    assert "Không tìm thấy" in html


def test_excerpt_marks_folded_matches_and_escapes_html():
    text = "Mở đầu <script> ... Đăng ký người phát ngôn tại Sở."
    excerpt = highlight_excerpt(text, "dang ky")
    assert "<mark>Đăng</mark> <mark>ký</mark>" in excerpt
    assert "&lt;script&gt;" in excerpt


@pytest.mark.parametrize("query", ['a"b', '"', "ngôn*"])
def test_handbook_search_survives_punctuation(client, query):
    from cms_site.models import HomePage
    from tests.handbook.factories import BookFactory

    BookFactory(parent=HomePage.objects.get())
    response = client.get("/so-tay/tim-kiem/", {"q": query})
    assert response.status_code == 200
