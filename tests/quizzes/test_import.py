"""Questions from XLSX: preview with per-row errors, valid rows in one transaction, re-import unchanged, export."""

import io

import pytest

from courses.quizzes.models import Question
from courses.quizzes.spreadsheets import HEADERS, import_questions, preview_question_import, questions_table
from lms.exports import xlsx_bytes
from tests.conftest import login
from tests.spreadsheets import first_sheet, xlsx_upload

HEADER = [label for _column, label in HEADERS]
COURSE = "ky-nang-truyen-thong-chinh-sach"


def row(**values):
    base = {
        "course": COURSE,
        "kind": "single",
        "correct": "A",
        "scoring": "",
        "explanation": "",
        "handbook_section": "",
        "category": "",
    }
    base.update(values)
    columns = [column for column, _label in HEADERS]
    return [base.get(column, "") for column in columns]


def workbook(rows, header=HEADER) -> bytes:
    return xlsx_upload(rows, header)


GOOD = [
    row(
        text="Họp báo định kỳ ít nhất bao lâu một lần?",
        choice_a="Ba tháng",
        choice_b="Sáu tháng",
        choice_c="Một năm",
        explanation="Điều 5 Nghị định 09.",
        handbook_section="to-chuc-hop-bao",
        category="Pháp luật",
    ),
    row(
        text="Những hình thức nào là hình thức cung cấp thông tin?",
        kind="multiple",
        choice_a="Họp báo",
        choice_b="Thông cáo báo chí",
        choice_c="Tin nhắn cá nhân",
        correct="A,B",
        scoring="partial",
    ),
    row(text="Luật Báo chí 2025 có hiệu lực từ 01/7/2026.", kind="đúng/sai", correct="A"),
]
BAD = [
    row(text="", choice_a="A", choice_b="B"),  # missing text
    row(text="Câu không có đáp án đúng", choice_a="A", choice_b="B", correct=""),
    row(text="Câu một lựa chọn có hai đáp án đúng", choice_a="A", choice_b="B", correct="A,B"),
    row(
        text="Câu dẫn chiếu mục sổ tay không tồn tại",
        choice_a="A",
        choice_b="B",
        handbook_section="khong-co-muc-nay",
    ),
    row(text="Câu của khóa học không tồn tại", course="khoa-hoc-khong-co", choice_a="A", choice_b="B"),
]


@pytest.fixture
def upload(course, sections):
    return workbook(GOOD + BAD)


def test_preview_reports_each_bad_row_and_writes_nothing(upload):
    report = preview_question_import(io.BytesIO(upload), "cau-hoi.xlsx")
    assert not Question.objects.exists()
    assert [r.action for r in report.rows[:3]] == ["create", "create", "create"]
    errors = {r.line: " ".join(r.errors) for r in report.errors}
    assert sorted(errors) == [5, 6, 7, 8, 9]
    assert "text is missing" in errors[5] or "Thiếu nội dung câu hỏi" in errors[5]
    assert "exactly one correct" in errors[6] or "đúng một đáp án" in errors[6]
    assert "exactly one correct" in errors[7] or "đúng một đáp án" in errors[7]
    assert "khong-co-muc-nay" in errors[8]
    assert "khoa-hoc-khong-co" in errors[9]


def test_import_writes_the_valid_rows_and_reimport_changes_nothing(upload, course, sections):
    report = import_questions(io.BytesIO(upload), "cau-hoi.xlsx")
    assert report.summary() == {"create": 3, "error": 5}
    questions = {q.plain_text: q for q in Question.objects.all()}
    assert len(questions) == 3
    press = questions["Họp báo định kỳ ít nhất bao lâu một lần?"]
    assert press.course == course and press.category == "Pháp luật"
    assert press.handbook_section_id == sections["to-chuc-hop-bao"].pk
    assert [(c.text, c.is_correct) for c in press.choices.all()] == [
        ("Ba tháng", True),
        ("Sáu tháng", False),
        ("Một năm", False),
    ]
    multiple = questions["Những hình thức nào là hình thức cung cấp thông tin?"]
    assert multiple.kind == "multiple" and multiple.scoring == "partial"
    true_false = questions["Luật Báo chí 2025 có hiệu lực từ 01/7/2026."]
    assert [(c.text, c.is_correct) for c in true_false.choices.all()] == [("Đúng", True), ("Sai", False)]

    choice_ids = sorted(press.choices.values_list("pk", flat=True))
    again = import_questions(io.BytesIO(upload), "cau-hoi.xlsx")
    assert again.summary() == {"unchanged": 3, "error": 5}
    assert Question.objects.count() == 3
    assert sorted(press.choices.values_list("pk", flat=True)) == choice_ids


def test_a_changed_row_updates_the_question_in_place(upload, course, sections):
    import_questions(io.BytesIO(upload), "cau-hoi.xlsx")
    changed = [list(GOOD[0])]
    changed[0][HEADER.index("Đáp án đúng")] = "B"
    report = import_questions(io.BytesIO(workbook(changed)), "cau-hoi.xlsx")
    assert report.summary() == {"update": 1}
    question = Question.objects.get(text_key__isnull=False, kind="single", category="Pháp luật")
    assert [c.is_correct for c in question.choices.all()] == [False, True, False]


def test_duplicate_rows_in_one_file(course):
    report = preview_question_import(io.BytesIO(workbook([GOOD[0], GOOD[0]])), "x.xlsx")
    assert report.rows[1].errors


def test_export_round_trips(upload, course, sections):
    import_questions(io.BytesIO(upload), "cau-hoi.xlsx")
    data = xlsx_bytes(
        questions_table(Question.objects.prefetch_related("choices").select_related("course").order_by("pk"))
    )
    sheet = first_sheet(data)
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    assert rows[1][HEADER.index("Mục sổ tay")] == "to-chuc-hop-bao"
    assert rows[2][HEADER.index("Đáp án đúng")] == "A,B"
    report = import_questions(io.BytesIO(data), "export.xlsx")
    assert report.summary() == {"unchanged": 3}


def test_csv_and_english_headers(course):
    csv = (
        "course,kind,question,choice a,choice b,correct\n"
        f"{COURSE},single,Ai phát ngôn ở cấp xã?,Chủ tịch UBND xã,Bất kỳ ai,A\n"
    )
    report = import_questions(io.BytesIO(csv.encode()), "q.csv")
    assert report.summary() == {"create": 1}


def test_import_screen_preview_then_confirm(client, trainer, upload):
    from django.core.files.uploadedfile import SimpleUploadedFile

    login(client, trainer)
    assert client.get("/admin/quizzes/questions/import/").status_code == 200
    response = client.post(
        "/admin/quizzes/questions/import/", {"file": SimpleUploadedFile("cau-hoi.xlsx", upload)}
    )
    assert response.status_code == 200
    token = response.context["token"]
    assert not Question.objects.exists()
    response = client.post("/admin/quizzes/questions/import/", {"token": token})
    assert response.status_code == 200
    assert Question.objects.count() == 3
    export = client.get("/admin/quizzes/questions/export/")
    assert export.status_code == 200 and export["Content-Type"].startswith("application/vnd.openxmlformats")


def test_trainees_cannot_import(client, trainee):
    login(client, trainee)
    response = client.get("/admin/quizzes/questions/import/")
    assert response.status_code in {302, 403}
