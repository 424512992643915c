"""Site search and handbook search: titles and headings outrank body text, each result says what it is and
where it sits, snippets quote the prose (never a block's raw data), and namesakes can be told apart."""

import pytest
from django.urls import reverse

from cms_site.models import HomePage, StandardPage
from cms_site.search import rank_pages, relevance
from cms_site.text import readable_text
from handbook.models import HandbookChapterPage
from tests.handbook.factories import ChapterFactory, SectionFactory, make_book, section_body

pytestmark = pytest.mark.django_db
PHRASE = "người phát ngôn"


def standard_page(title: str, *, body_text: str = "", intro: str = "", parent=None) -> StandardPage:
    parent = parent or HomePage.objects.get()
    page = StandardPage(
        title=title,
        intro=intro,
        body=[("paragraph", f"<p>{body_text}</p>")] if body_text else [],
        slug=f"trang-{StandardPage.objects.count() + 1}",
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def crowded_site(vietnamese):
    """Fifteen pages that say the phrase often in their body, one that has it in its title."""
    for number in range(15):
        standard_page(
            f"Trang tham khảo {number}",
            body_text=" ".join([f"Vai trò của {PHRASE} trong cơ quan."] * (number + 3)),
        )
    return standard_page(f"Quy chế {PHRASE}", body_text="Một lần nhắc tới người phát ngôn.")


def result_titles(client, query: str) -> list[str]:
    response = client.get(reverse("cms_site:search"), {"q": query})
    return [result.page.title for result in response.context["results"]]


@pytest.mark.parametrize("query", [PHRASE, "nguoi phat ngon"])
def test_a_title_match_outranks_body_text(client, crowded_site, query):
    assert result_titles(client, query)[0] == crowded_site.title


def test_a_heading_outranks_plain_body_text(vietnamese):
    with_heading = StandardPage(
        title="Trang A",
        body=[("heading", {"text": f"Chọn {PHRASE}", "level": "h2"}), ("paragraph", "<p>Nội dung.</p>")],
    )
    plain = StandardPage(title="Trang B", body=[("paragraph", f"<p>{PHRASE} {PHRASE} {PHRASE}</p>")])
    assert relevance(with_heading, PHRASE, position=1, total=2) > relevance(
        plain, PHRASE, position=0, total=2
    )
    assert rank_pages([plain, with_heading], PHRASE) == [with_heading, plain]


def test_results_say_what_they_are_and_where_they_sit(client, vietnamese):
    home = HomePage.objects.get()
    book = make_book(home, [0])
    chapter = ChapterFactory(parent=book, title="Họp báo và trả lời phỏng vấn")
    SectionFactory(parent=chapter, title="Tổ chức họp báo", summary="Chuẩn bị nội dung cho một cuộc họp báo.")
    courses = standard_page("Kỹ năng cung cấp thông tin cho báo chí")
    standard_page("Tổ chức họp báo", intro="Bài học về tổ chức họp báo.", parent=courses)
    response = client.get(reverse("cms_site:search"), {"q": "tổ chức họp báo"})
    results = {(result.kind, result.context) for result in response.context["results"]}
    assert ("Mục của sổ tay", "Họp báo và trả lời phỏng vấn") in results
    assert ("Trang", "Kỹ năng cung cấp thông tin cho báo chí") in results
    html = response.content.decode()
    assert "Mục của sổ tay" in html and "Họp báo và trả lời phỏng vấn" in html


def test_namesakes_in_the_same_place_show_their_address(client, vietnamese):
    standard_page("Hỏi đáp", intro="Hỏi đáp về phát ngôn.")
    standard_page("Hỏi đáp", intro="Hỏi đáp về báo chí.")
    response = client.get(reverse("cms_site:search"), {"q": "hỏi đáp"})
    results = list(response.context["results"])
    assert len(results) == 2 and all(result.show_url for result in results)
    assert len({result.page.url for result in results}) == 2


def test_snippets_quote_prose_not_block_data(client, vietnamese):
    home = HomePage.objects.get()
    make_book(home, [1])
    chapter = HandbookChapterPage.objects.get()
    SectionFactory(parent=chapter, title="Trách nhiệm phát ngôn", summary="", body=section_body())
    for url in (reverse("cms_site:search"), "/so-tay/tim-kiem/"):
        response = client.get(url, {"q": "kịp thời"})
        html = response.content.decode()
        assert "phát ngôn <mark>kịp</mark> <mark>thời</mark>" in html, url
        assert "2017-02-09" not in html and "Điều 6" not in html, url


def test_readable_text_keeps_prose_and_drops_data():
    text = readable_text(section_body())
    assert "Người phát ngôn có trách nhiệm phát ngôn kịp thời." in text
    assert "Ba mục tiêu của truyền thông" in text and "Cột A" in text
    assert "2017-02-09" not in text and "Điều 6" not in text and "Nghị định số 09/2017/NĐ-CP" not in text


def test_handbook_search_puts_the_section_titled_with_the_phrase_first(client, vietnamese):
    home = HomePage.objects.get()
    book = make_book(home, [0])
    chapter = ChapterFactory(parent=book, title="Khung pháp lý")
    for number in range(12):
        SectionFactory(
            parent=chapter,
            title=f"Mục tham khảo {number}",
            summary="",
            body=[{"type": "paragraph", "value": f"<p>{' '.join([PHRASE] * (number + 2))}</p>"}],
        )
    SectionFactory(parent=chapter, title=f"Ứng xử của {PHRASE}", summary="", body=[])
    response = client.get(book.url + "tim-kiem/", {"q": PHRASE})
    assert [hit.title for hit in response.context["results"]][0] == f"Ứng xử của {PHRASE}"
