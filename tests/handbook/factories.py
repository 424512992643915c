"""factory_boy factories for handbook pages; pages are added under a parent and published by default."""

from __future__ import annotations

import factory
from django.utils.text import slugify

from handbook.models import HandbookChapterPage, HandbookPage, HandbookSectionPage
from lms.text import fold


class _PageFactory(factory.Factory):
    class Meta:
        abstract = True

    slug = factory.LazyAttribute(lambda page: slugify(fold(page.title)))

    @classmethod
    def _create(cls, model_class, *args, parent, publish: bool = True, **kwargs):
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        if publish:
            page.save_revision().publish()
        else:
            page.live = False
            page.save(update_fields=["live"])
        return page


class BookFactory(_PageFactory):
    class Meta:
        model = HandbookPage

    title = "Sổ tay Truyền thông chính sách"
    slug = "so-tay"
    edition = "Xuất bản lần thứ nhất"
    year = 2026
    introduction = "<p>Sổ tay dành cho người phát ngôn và cán bộ truyền thông.</p>"
    show_in_menus = True


class ChapterFactory(_PageFactory):
    class Meta:
        model = HandbookChapterPage

    title = factory.Sequence(lambda n: f"Chương thử nghiệm số {n}")
    introduction = "<p>Giới thiệu chương.</p>"


def section_body(**overrides) -> list[dict]:
    """A body with one block of every kind that needs no media."""
    return [
        {"type": "paragraph", "value": "<p>Đoạn văn có <b>chữ đậm</b> và <i>chữ nghiêng</i>.</p>"},
        {"type": "heading", "value": {"text": "Ba mục tiêu của truyền thông", "anchor": ""}},
        {
            "type": "key_points",
            "value": {"title": "Điểm chính", "items": ["Thông tin kịp thời", "Đối thoại"]},
        },
        {"type": "checklist", "value": {"title": "Kiểm tra", "items": ["Đã có người phát ngôn"]}},
        {
            "type": "example",
            "value": {"title": "Tình huống", "body": "<p>Phóng viên gọi điện lúc 17 giờ.</p>"},
        },
        {
            "type": "legal_quote",
            "value": {
                "text": "Người phát ngôn có trách nhiệm phát ngôn kịp thời.",
                "document": "Nghị định số 09/2017/NĐ-CP",
                "article": "Điều 6",
                "date": "2017-02-09",
                "url": "",
            },
        },
        {
            "type": "table",
            "value": {"caption": "Bảng", "header": ["Cột A", "Cột B"], "rows": [["1", "2"], ["3", "4"]]},
        },
    ]


class SectionFactory(_PageFactory):
    class Meta:
        model = HandbookSectionPage

    title = factory.Sequence(lambda n: f"Mục thử nghiệm số {n}")
    summary = "Tóm tắt ngắn của mục."
    body = factory.LazyFunction(section_body)


def make_book(parent, chapters: list[int], **book_kwargs) -> HandbookPage:
    """A published book with as many chapters as items in `chapters`, each with that many sections."""
    book = BookFactory(parent=parent, **book_kwargs)
    for chapter_index, count in enumerate(chapters, start=1):
        chapter = ChapterFactory(parent=book, title=f"Chương {chapter_index} của sổ tay")
        for section_index in range(1, count + 1):
            SectionFactory(parent=chapter, title=f"Mục {chapter_index}-{section_index} của sổ tay")
    return book
