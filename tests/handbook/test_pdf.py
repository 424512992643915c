"""The PDF edition: embedded Vietnamese font, extractable NFC text, rebuilt on publish, always downloadable."""

import unicodedata
from unittest import mock

import fontpkg
import pytest
from django.core.management import call_command
from reportlab.pdfbase.ttfonts import TTFont

from handbook import services
from handbook.models import HandbookEdition, HandbookSectionPage
from handbook.pdf import PdfBook, PdfChapter, PdfSection, render_handbook_pdf
from handbook.services import build_handbook_edition
from handbook.tasks import build_handbook_pdf
from tests.handbook.factories import make_book, section_body
from tests.pdfs import flat_pdf_text, pdf_fonts

VIETNAMESE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]  # none, huyền, hỏi, ngã, sắc, nặng
VOWELS = "aăâeêioôơuưy"


def test_the_font_covers_the_vietnamese_alphabet_with_every_tone():
    for weight in (400, 600, 700):
        cmap = TTFont("check", str(fontpkg.path("Be Vietnam Pro", weight=weight))).face.charToGlyph
        letters = set(VIETNAMESE_LETTERS)
        for vowel in VOWELS:
            letters.update(unicodedata.normalize("NFC", vowel + tone) for tone in TONES)
        letters |= {letter.upper() for letter in letters}
        missing = sorted(letter for letter in letters if ord(letter) not in cmap)
        assert missing == [], f"weight {weight} lacks {missing}"


def sample_book(**overrides) -> PdfBook:
    blocks = [(entry["type"], entry["value"]) for entry in section_body()]
    blocks[1] = ("heading", {"text": "Ba mục tiêu", "key": "s1-ba-muc-tieu"})
    blocks[5] = (
        "legal_quote",
        {"text": "Phát ngôn kịp thời.", "citation": "Nghị định số 09/2017/NĐ-CP, Điều 6", "url": ""},
    )
    blocks.append(
        (
            "paragraph",
            '<ul><li>Một <a href="https://chinhphu.vn/">liên kết</a></li><li>Hai</li></ul><ol><li>Ba</li></ol>',
        )
    )
    blocks.append(("related", [{"key": "p2", "number": "1.1", "title": "Mục đầu"}]))
    blocks.append(("document", {"title": "Mẫu thông cáo báo chí", "url": "https://example.vn/mau.docx"}))
    chapters = [
        PdfChapter(
            key="p1",
            number="1",
            title="Nền tảng của truyền thông chính sách",
            sections=[
                PdfSection(
                    key="p2",
                    number="1.1",
                    title="Truyền thông chính sách là gì",
                    summary="Tóm tắt.",
                    blocks=blocks,
                ),
            ],
        ),
        PdfChapter(key="p3", number="2", title="Đặc khu Phú Quốc và Đồng bằng sông Cửu Long", sections=[]),
    ]
    return PdfBook(
        **{
            "title": "Sổ tay Truyền thông chính sách",
            "edition": "Lần thứ nhất",
            "year": 2026,
            "introduction_html": "<p>Lời giới thiệu.</p>",
            "publisher": "Cục Báo chí",
            "chapters": chapters,
            **overrides,
        }
    )


def test_renderer_draws_every_block_with_extractable_text_and_embedded_fonts():
    data = render_handbook_pdf(sample_book())
    text = flat_pdf_text(data)
    for expected in [
        "Nền tảng của truyền thông chính sách",
        "1.1 Truyền thông chính sách là gì",
        "Ba mục tiêu",
        "Điểm chính",
        "Đã có người phát ngôn",
        "Phóng viên gọi điện lúc 17 giờ",
        "Phát ngôn kịp thời",
        "Nghị định số 09/2017/NĐ-CP, Điều 6",
        "Cột A",
        "liên kết",
        "Mẫu thông cáo báo chí",
        "Mục lục",
        "CHƯƠNG 1",
        "Đặc khu Phú Quốc và Đồng bằng sông Cửu Long",
    ]:
        assert expected in text, expected
    fonts = pdf_fonts(data)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _embedded in fonts)
    assert b"/Helvetica" not in data


def test_decomposed_input_comes_out_composed():
    title = unicodedata.normalize("NFD", "Người phát ngôn ở Đắk Lắk")
    data = render_handbook_pdf(sample_book(chapters=[PdfChapter(key="p1", number="1", title=title)]))
    assert "Người phát ngôn ở Đắk Lắk" in flat_pdf_text(data)


@pytest.mark.django_db
def test_publishing_a_section_rebuilds_the_pdf_after_commit(home, django_capture_on_commit_callbacks):
    book = make_book(home, [1, 1])
    assert not HandbookEdition.objects.exists()  # nothing is queued before the transaction commits
    section = HandbookSectionPage.objects.first()
    section.title = "Mục đã được cập nhật"
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        section.save_revision().publish()
    assert len(callbacks) == 1
    edition = HandbookEdition.objects.get(book=book)
    assert edition.status == HandbookEdition.Status.READY
    text = flat_pdf_text(edition.file.read())
    assert "Mục đã được cập nhật" in text
    assert "Chương 1 của sổ tay" in text and "Chương 2 của sổ tay" in text


@pytest.mark.django_db
def test_unpublishing_a_section_rebuilds_without_it(home, django_capture_on_commit_callbacks):
    book = make_book(home, [2])
    build_handbook_edition(book)
    section = HandbookSectionPage.objects.last()
    with django_capture_on_commit_callbacks(execute=True):
        section.unpublish()
    latest = HandbookEdition.objects.filter(book=book, status="ready").order_by("-finished_at", "-pk").first()
    assert HandbookEdition.objects.count() == 2
    assert section.title not in flat_pdf_text(latest.file.read())


@pytest.mark.django_db
def test_moving_a_section_rebuilds_the_pdf_with_the_new_numbering(home, django_capture_on_commit_callbacks):
    book = make_book(home, [1, 1])
    build_handbook_edition(book)
    chapters = list(book.get_children().order_by("path"))
    section = HandbookSectionPage.objects.descendant_of(chapters[0]).get()
    with django_capture_on_commit_callbacks(execute=True):
        section.move(chapters[1], pos="last-child")
    assert HandbookEdition.objects.filter(book=book).count() == 2
    latest = HandbookEdition.objects.filter(book=book, status="ready").order_by("-finished_at", "-pk").first()
    assert f"2.2 {section.title}" in flat_pdf_text(latest.file.read())


@pytest.mark.django_db
def test_the_same_published_state_is_built_once(home):
    book = make_book(home, [1])
    first = build_handbook_pdf.delay(book.pk).get()
    second = build_handbook_pdf.delay(book.pk).get()
    assert first == second
    assert HandbookEdition.objects.count() == 1


@pytest.mark.django_db
def test_previous_edition_stays_downloadable_while_a_rebuild_runs(client, home):
    book = make_book(home, [1])
    old = build_handbook_edition(book)
    old_bytes = old.file.read()
    section = HandbookSectionPage.objects.get()
    section.title = "Phiên bản mới"
    section.save_revision().publish()
    seen = {}
    real_render = services.render_handbook_pdf

    def render_while_downloading(data):
        response = client.get(book.url + "pdf/")
        seen["status"] = response.status_code
        seen["bytes"] = b"".join(response.streaming_content)
        seen["building"] = HandbookEdition.objects.filter(status="building").count()
        return real_render(data)

    with mock.patch.object(services, "render_handbook_pdf", render_while_downloading):
        new = build_handbook_edition(book)
    assert seen == {"status": 200, "bytes": old_bytes, "building": 1}
    response = client.get(book.url + "pdf/")
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == new.file.read()


@pytest.mark.django_db
def test_a_failed_build_keeps_the_previous_edition(client, home):
    book = make_book(home, [1])
    old = build_handbook_edition(book)
    section = HandbookSectionPage.objects.get()
    section.save_revision().publish()
    with mock.patch.object(services, "render_handbook_pdf", side_effect=ValueError("hỏng")):
        failed = build_handbook_edition(book)
    assert failed.status == HandbookEdition.Status.FAILED and "hỏng" in failed.error
    assert b"".join(client.get(book.url + "pdf/").streaming_content) == old.file.read()


@pytest.mark.django_db
def test_download_before_any_edition_explains_in_vietnamese(client, home):
    book = make_book(home, [1])
    response = client.get(book.url + "pdf/")
    assert response.status_code == 404
    assert "Bản PDF chưa sẵn sàng" in response.content.decode()


@pytest.mark.django_db
def test_a_pdf_lost_from_storage_is_rebuilt_and_never_answers_an_error(
    client, home, django_capture_on_commit_callbacks
):
    book = make_book(home, [1])
    edition = build_handbook_edition(book)
    edition.file.storage.delete(edition.file.name)  # e.g. storage restored from an older backup
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.get(book.url + "pdf/")
    # Not a server error: the reader is told the PDF is being prepared, and it is rebuilt (once).
    assert response.status_code == 404 and "Bản PDF chưa sẵn sàng" in response.content.decode()
    assert len(callbacks) == 1
    edition.refresh_from_db()
    assert edition.status == HandbookEdition.Status.READY and edition.file.storage.exists(edition.file.name)
    response = client.get(book.url + "pdf/")
    assert response.status_code == 200
    assert "Chương 1 của sổ tay" in flat_pdf_text(b"".join(response.streaming_content))


@pytest.mark.django_db
def test_management_command_builds_the_pdf(home, capsys):
    book = make_book(home, [1])
    call_command("build_handbook_pdf")
    assert HandbookEdition.objects.get(book=book).status == "ready"
    call_command("build_handbook_pdf")
    assert HandbookEdition.objects.count() == 1
    assert "Sổ tay Truyền thông chính sách" in capsys.readouterr().out


@pytest.mark.django_db
def test_admin_shows_build_status_to_managers_only(client, home, manager, trainer):
    from tests.conftest import login

    book = make_book(home, [1])
    build_handbook_edition(book)
    login(client, manager)
    html = client.get("/admin/handbook/editions/").content.decode()
    assert "Sẵn sàng" in html
    login(client, trainer)
    assert client.get("/admin/handbook/editions/").status_code in (302, 403)
