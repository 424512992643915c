"""The reader: table of contents, breadcrumbs, anchors, "last updated", Vietnamese UI, constant query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from handbook.models import HandbookChapterPage, HandbookSectionPage
from tests.handbook.factories import make_book

pytestmark = pytest.mark.django_db


def test_book_page_shows_the_whole_table_of_contents_in_vietnamese(client, home):
    book = make_book(home, [2, 1])
    response = client.get(book.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Mục lục" in html
    assert "Tải bản PDF" in html
    assert "handbook/handbook.css" in html
    for text in [
        "1.</span> Chương 1 của sổ tay",
        "1.2</span> Mục 1-2 của sổ tay",
        "2.1</span> Mục 2-1 của sổ tay",
    ]:
        assert text in html


def test_the_book_is_in_the_main_navigation(client, home):
    book = make_book(home, [1])
    html = client.get("/").content.decode()
    assert f'href="{book.url}"' in html


def test_section_page_has_breadcrumbs_anchors_and_last_updated(client, home):
    book = make_book(home, [1])
    section = HandbookSectionPage.objects.get()
    chapter = HandbookChapterPage.objects.get()
    html = client.get(section.url).content.decode()
    assert 'class="breadcrumbs"' in html
    assert f'<a href="{book.url}">{book.title}</a>' in html
    assert f'href="{chapter.url}">Chương 1. Chương 1 của sổ tay</a>' in html
    assert 'id="ba-muc-tieu-cua-truyen-thong"' in html
    assert 'href="#ba-muc-tieu-cua-truyen-thong"' in html
    assert "Cập nhật lần cuối" in html
    assert "Nghị định số 09/2017/NĐ-CP, Điều 6, ngày 09 tháng 02 năm 2017" in html
    assert '<th scope="col">Cột A</th>' in html


def test_chapter_page_lists_its_sections_with_summaries(client, home):
    make_book(home, [2, 1])
    chapter = HandbookChapterPage.objects.get(title="Chương 1 của sổ tay")
    html = client.get(chapter.url).content.decode()
    assert "Chương 1" in html
    assert "Tóm tắt ngắn của mục." in html
    assert "Chương sau" in html


def test_english_ui_under_the_en_prefix(client, home):
    make_book(home, [1])
    section = HandbookSectionPage.objects.get()
    html = client.get("/en" + section.url).content.decode()
    assert "Last updated" in html


def _count(client, url):
    client.get(url)  # warm the per-process caches (site root paths, settings)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("page_type", ["book", "chapter", "section", "search"])
def test_query_count_does_not_grow_with_the_book(client, home, django_assert_max_num_queries, page_type):
    def url_for(book):
        if page_type == "book":
            return book.url
        chapter = HandbookChapterPage.objects.child_of(book).first()
        if page_type == "chapter":
            return chapter.url
        if page_type == "search":
            return book.url + "tim-kiem/?q=muc"
        return HandbookSectionPage.objects.child_of(chapter).last().url

    small = make_book(home, [1, 1])
    small_count = _count(client, url_for(small))
    small.delete()
    big = make_book(home, [6, 6, 6])
    big_url = url_for(big)
    client.get(big_url)
    with django_assert_max_num_queries(small_count):
        assert client.get(big_url).status_code == 200


@pytest.mark.usefixtures("page_cache_on")
def test_a_signed_in_reader_coming_back_gets_the_breadcrumbs_and_body_without_reading_the_outline(
    client, home, trainee, monkeypatch
):
    """The outline, the neighbours and the reader's links are read only when the fragments are built."""
    make_book(home, [3])
    section = HandbookSectionPage.objects.order_by("path")[1]
    client.force_login(trainee)
    first = client.get(section.url).content.decode()
    reads = []
    original = HandbookSectionPage.reading_context
    monkeypatch.setattr(
        HandbookSectionPage,
        "reading_context",
        lambda page, request: reads.append(1) or original(page, request),
    )
    again = client.get(section.url).content.decode()
    assert reads == []
    chapter = section.get_parent()
    for html in (first, again):
        assert f'href="{chapter.url}"' in html  # the breadcrumbs' chapter
        assert "1.2" in html  # the section's number
