"""Chapter and section numbers come from tree order; previous/next cross chapter boundaries."""

import pytest

from handbook.models import HandbookChapterPage, HandbookSectionPage
from handbook.selectors import book_outline
from tests.handbook.factories import ChapterFactory, SectionFactory, make_book

pytestmark = pytest.mark.django_db


def numbers(book):
    outline = book_outline(book)
    return [
        (entry.number, entry.title) for chapter in outline.chapters for entry in [chapter, *chapter.sections]
    ]


def test_numbers_follow_tree_order(home):
    book = make_book(home, [2, 1])
    assert numbers(book) == [
        ("1", "Chương 1 của sổ tay"),
        ("1.1", "Mục 1-1 của sổ tay"),
        ("1.2", "Mục 1-2 của sổ tay"),
        ("2", "Chương 2 của sổ tay"),
        ("2.1", "Mục 2-1 của sổ tay"),
    ]


def test_moving_a_page_renumbers(home):
    book = make_book(home, [2, 1])
    second_chapter = HandbookChapterPage.objects.get(title="Chương 2 của sổ tay")
    section = HandbookSectionPage.objects.get(title="Mục 1-2 của sổ tay")
    section.move(second_chapter, pos="first-child")
    assert numbers(book)[1:] == [
        ("1.1", "Mục 1-1 của sổ tay"),
        ("2", "Chương 2 của sổ tay"),
        ("2.1", "Mục 1-2 của sổ tay"),
        ("2.2", "Mục 2-1 của sổ tay"),
    ]
    second_chapter.refresh_from_db()
    second_chapter.move(book, pos="first-child")
    assert [number for number, title in numbers(book) if title.startswith("Chương")] == ["1", "2"]
    assert numbers(book)[0] == ("1", "Chương 2 của sổ tay")


def test_unpublished_pages_take_no_number(home):
    book = make_book(home, [1])
    chapter = HandbookChapterPage.objects.get()
    SectionFactory(parent=chapter, title="Bản nháp", publish=False)
    SectionFactory(parent=chapter, title="Mục cuối")
    assert numbers(book)[-1] == ("1.2", "Mục cuối")


def test_previous_and_next_cross_chapter_boundaries(home):
    book = make_book(home, [2, 2])
    outline = book_outline(book)
    last_of_first = HandbookSectionPage.objects.get(title="Mục 1-2 của sổ tay")
    previous, following = outline.neighbours(last_of_first.pk)
    assert (previous.number, following.number) == ("1.1", "2.1")
    assert following.title == "Mục 2-1 của sổ tay"
    first = outline.sections[0]
    assert outline.neighbours(first.id)[0] is None
    assert outline.neighbours(outline.sections[-1].id)[1] is None


def test_section_page_links_previous_and_next_across_chapters(client, home):
    make_book(home, [1, 1])
    first = HandbookSectionPage.objects.get(title="Mục 1-1 của sổ tay")
    second = HandbookSectionPage.objects.get(title="Mục 2-1 của sổ tay")
    html = client.get(first.url).content.decode()
    assert f'rel="next" href="{second.url}"' in html
    assert "2.1 Mục 2-1 của sổ tay" in html
    html = client.get(second.url).content.decode()
    assert f'rel="prev" href="{first.url}"' in html


def test_new_chapter_is_numbered_after_the_others(home):
    book = make_book(home, [1])
    ChapterFactory(parent=book, title="Chương mới")
    assert numbers(book)[-1] == ("2", "Chương mới")
