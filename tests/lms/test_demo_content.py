"""Demo content is data: the files under lms/demo/content are read exactly, ship with the package, and a
missing or malformed file stops the seeding with the file (and line) at fault."""

import shutil
import tomllib
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from cms_site.demo import load_site
from courses.demo import load_catalogue
from courses.quizzes.demo import load_quiz, question_bank_files, seed_question_bank
from handbook.demo import load_handbook
from lms.demo import files
from lms.demo.files import DemoContentError, parse_document
from lms.people.demo import load_accounts, seed_organisations

ROOT = Path(__file__).resolve().parent.parent.parent
CONTENT = ROOT / "lms" / "demo" / "content"

SECTION = """---
title: Mục thử
summary: Tóm tắt
---

::: paragraph
<p>Đoạn <b>một</b>.</p>

::: legal_quote
document: Nghị định số 09/2017/NĐ-CP
date: 2017-02-09

Trích dẫn.

::: table
caption: Bảng

| Cột A | Cột B |
| --- | --- |
| a1 | b1 |

::: key_points
- Ý một
- Ý hai
"""


@pytest.fixture
def content(tmp_path, monkeypatch):
    """A copy of the demo content that a test may break; the loaders read it instead of the real one."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    monkeypatch.setattr(files, "CONTENT_ROOT", copy)
    return copy


def test_a_page_file_is_read_into_front_matter_and_blocks():
    document = parse_document(SECTION, "muc.md")
    assert document.meta == {"title": "Mục thử", "summary": "Tóm tắt"}
    paragraph, quote, table, points = document.blocks
    assert (paragraph.kind, paragraph.html(), paragraph.fields) == (
        "paragraph",
        "<p>Đoạn <b>một</b>.</p>",
        {},
    )
    assert quote.fields == {"document": "Nghị định số 09/2017/NĐ-CP", "date": "2017-02-09"}
    assert quote.html() == "Trích dẫn."
    assert table.table() == (["Cột A", "Cột B"], [["a1", "b1"]])
    assert points.fields == {} and points.items() == ["Ý một", "Ý hai"]


def test_text_is_read_as_nfc():
    decomposed = "---\ntitle: Nguye\u0302\u0303n\n---\n"
    assert parse_document(decomposed, "x.md").meta["title"] == "Nguyễn"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ntitle: A\n", "muc.md:1: the front matter is not closed"),
        ("---\ntitle: A\ntitle: B\n---\n", "muc.md:3: “title” is given twice"),
        ("<p>loose</p>\n", "muc.md:1: text outside a block"),
        ("::: legal_quote\ndocument: A\nText right after the fields\n", "muc.md:3: expected a “key: value”"),
        ("::: table\n| a | b |\n| --- | --- |\n| 1 |\n", "muc.md:4: the row has 1 cells, the header 2"),
        ("::: related\n- a\nb\n", "muc.md:3: expected “- item”"),
    ],
)
def test_a_malformed_file_is_refused_with_its_line(text, message):
    with pytest.raises(DemoContentError, match=message):
        document = parse_document(text, "muc.md")
        for block in document.blocks:
            block.table() if block.kind == "table" else block.items()


def test_the_demo_content_has_the_expected_shape():
    handbook = load_handbook()
    assert len(handbook["chapters"]) == 8
    assert sum(len(chapter["sections"]) for chapter in handbook["chapters"]) == 28
    assert handbook["chapters"][0]["sections"][0]["slug"] == "truyen-thong-chinh-sach-la-gi"
    catalogue = load_catalogue()
    assert [len(course["lessons"]) for course in catalogue["courses"]] == [5, 5]
    assert all(len(course["session_topics"]) == 2 for course in catalogue["courses"])
    assert set(question_bank_files()) == {course["slug"] for course in catalogue["courses"]}
    assert load_quiz()["question_count"] == 15
    site = load_site()
    assert [page["slug"] for page in site["pages"]] == ["gioi-thieu"]
    assert site["settings"]["email"] == "taphuan@demo.lophoc.vn"


@pytest.mark.django_db
def test_demo_accounts_are_checked_against_roles_and_the_directory(content):
    seed_organisations()
    accounts = load_accounts()
    assert len(accounts) == 33
    assert {account["role"] for account in accounts} == {
        "superuser",
        "Editors",
        "Programme managers",
        "Trainers",
        "Trainees",
    }
    path = content / "people" / "accounts.csv"
    original = path.read_text()
    path.write_text(original.replace(",Trainers,", ",Trainer,", 1))
    with pytest.raises(DemoContentError, match=r"accounts\.csv:5: unknown role “Trainer”"):
        load_accounts()
    path.write_text(original.replace(",BO-TP,", ",BO-KHONG-CO,"))
    with pytest.raises(
        DemoContentError, match=r"accounts\.csv:9: no organisation has the code “BO-KHONG-CO”"
    ):
        load_accounts()


def test_every_content_file_ships_in_the_package():
    """`pip install .` must carry the files the loader reads: each one matches a package-data pattern."""
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    shipped = {path for pattern in package_data["lms.demo"] for path in CONTENT.parent.glob(pattern)}
    assert shipped == {path for path in CONTENT.rglob("*") if path.is_file()}
    assert len(shipped) > 50


def test_a_missing_chapter_file_is_named(content):
    (content / "handbook" / "02-khung-phap-ly" / "_chapter.md").unlink()
    with pytest.raises(DemoContentError, match=r"missing: .*02-khung-phap-ly/_chapter\.md"):
        load_handbook()


def test_a_misnamed_section_file_is_refused_not_skipped(content):
    folder = content / "handbook" / "01-nen-tang-truyen-thong-chinh-sach"
    (folder / "03-bao-chi-kenh-chu-luc.md").rename(folder / "bao-chi-kenh-chu-luc.md")
    with pytest.raises(DemoContentError, match="bao-chi-kenh-chu-luc.md: expected a file named NN-slug.md"):
        load_handbook()


def test_a_related_section_that_does_not_exist_is_refused(content):
    path = (
        content / "handbook" / "01-nen-tang-truyen-thong-chinh-sach" / "01-truyen-thong-chinh-sach-la-gi.md"
    )
    path.write_text(path.read_text().replace("- chi-thi-07-va-quyet-dinh-407", "- chi-thi-07"))
    with pytest.raises(DemoContentError, match="relates to unknown section"):
        load_handbook()


def test_a_lesson_linking_to_an_unknown_handbook_section_is_refused(content):
    path = next((content / "courses").glob("01-*/01-*.md"))
    path.write_text(path.read_text().replace("section: truyen-thong-chinh-sach-la-gi", "section: khong-co"))
    with pytest.raises(DemoContentError, match="no handbook section has the slug"):
        load_catalogue()


def test_a_missing_question_bank_is_named(content):
    (content / "quizzes" / "ky-nang-truyen-thong-chinh-sach.csv").unlink()
    with pytest.raises(DemoContentError, match=r"missing: .*quizzes/ky-nang-truyen-thong-chinh-sach\.csv"):
        question_bank_files()


@pytest.mark.django_db
def test_seed_demo_stops_on_a_missing_file_and_names_it(content):
    (content / "handbook" / "_book.md").unlink()
    with pytest.raises(
        CommandError, match=r"handbook\.demo\.seed_handbook: Demo content is missing: .*_book\.md"
    ):
        call_command("seed_demo")


@pytest.mark.django_db
def test_a_question_the_import_refuses_stops_the_seeding(content):
    """No demo course in the database: every row is refused, and the seeding says which and why."""
    with pytest.raises(DemoContentError, match=r"ky-nang-truyen-thong-chinh-sach\.csv: line 2: .*ky-nang"):
        seed_question_bank("ky-nang-truyen-thong-chinh-sach.csv")
