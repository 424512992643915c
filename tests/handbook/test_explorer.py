"""The admin's page explorer lists a book's chapters and sections in book order, with their numbers."""

import re

import pytest
from django.urls import reverse

from handbook.models import HandbookChapterPage, HandbookSectionPage
from tests.conftest import login
from tests.handbook.factories import make_book

pytestmark = pytest.mark.django_db


def titles_in_listing(response) -> list[str]:
    html = response.content.decode()
    found = re.findall(r"(\d+(?:\.\d+)?\.?) (Chương|Mục) ([\d-]+) của sổ tay", html)
    seen: list[str] = []
    for number, kind, index in found:
        title = f"{number} {kind} {index}"
        if title not in seen:
            seen.append(title)
    return seen


def test_sections_are_listed_in_book_order_with_their_numbers(client, home, editor):
    book = make_book(home, [3, 1])
    chapter = HandbookChapterPage.objects.get(title="Chương 1 của sổ tay")
    # The last section edited most recently: Wagtail's default order (latest revision first) would put it first.
    last = HandbookSectionPage.objects.get(title="Mục 1-3 của sổ tay")
    last.save_revision().publish()
    login(client, editor)
    sections = client.get(reverse("wagtailadmin_explore", args=[chapter.pk]))
    assert sections.status_code == 200
    assert titles_in_listing(sections) == ["1.1 Mục 1-1", "1.2 Mục 1-2", "1.3 Mục 1-3"]
    chapters = client.get(reverse("wagtailadmin_explore", args=[book.pk]))
    assert titles_in_listing(chapters) == ["1. Chương 1", "2. Chương 2"]


def test_numbers_are_only_added_in_the_explorer(home):
    make_book(home, [1])
    section = HandbookSectionPage.objects.get()
    assert section.get_admin_display_title() == "Mục 1-1 của sổ tay"
