"""The shared import blocks (lms/imports): hostile files never give a 500 and never leave the upload behind,
the row limit is counted while streaming, the upload size is refused before reading, and what a preview
accepts the write accepts."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook

from courses.models import BulkEnrolmentJob
from lms.people.models import Organisation
from tests.attendance.factories import days_of, make_session
from tests.conftest import login
from tests.spreadsheets import saved, xlsx_upload

pytestmark = pytest.mark.django_db

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
    b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _zip_that_is_not_a_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "không phải bảng tính")
    return buffer.getvalue()


def _workbook_with_only_a_chartsheet() -> bytes:
    book = Workbook()
    book.remove(book.active)
    book.create_chartsheet("Biểu đồ")
    return saved(book)


def _workbook_of_another_import() -> bytes:
    return xlsx_upload([["x", "y"]], ["Cột lạ", "Cột khác"])


HOSTILE = {
    # csv.Error "field larger than field limit".
    "field-too-large.csv": b"Email,Name\n" + b"a" * 200_000 + b",b\n",
    "binary-junk.csv": bytes(range(256)) * 8,
    "picture.csv": PNG,
    "zip-not-xlsx.xlsx": _zip_that_is_not_a_workbook(),
    "chartsheet.xlsx": _workbook_with_only_a_chartsheet(),
    "csv-named-xlsx.xlsx": b"Email,Name\na@b.vn,An\n",
    "wrong-sheet.xlsx": _workbook_of_another_import(),
    "empty.csv": b"",
}


@pytest.fixture
def private_dir(settings, tmp_path):
    """Private uploads in a fresh folder, so a test sees exactly what was left behind."""
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private"},
        },
    }
    return tmp_path / "private"


def _files_in(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()] if folder.exists() else []


def _import_urls(manager) -> dict[str, str]:
    session = make_session(trainers=[manager], days=1)
    return {
        "organisations": reverse("people_organisation_import"),
        "bulk": reverse("courses_session_import", args=[session.pk]),
        "meeting": reverse("attendance_import", args=[days_of(session)[0].pk]),
        "questions": reverse("quiz_questions:import"),
    }


@pytest.mark.parametrize("filename", sorted(HOSTILE))
def test_a_hostile_file_is_refused_with_a_clear_message_on_every_import(
    client, superuser, private_dir, filename
):
    login(client, superuser)
    for name, url in _import_urls(superuser).items():
        upload = SimpleUploadedFile(filename, HOSTILE[filename])
        response = client.post(url, {"file": upload})
        assert response.status_code == 200, (name, filename)
        form = response.context["form"]
        assert form.errors.get("file"), (name, filename)
        assert "token" not in response.context, (name, filename)
        assert _files_in(private_dir) == [], (name, filename)
    assert BulkEnrolmentJob.objects.count() == 0


@pytest.mark.parametrize("filename", sorted(HOSTILE))
def test_the_organisation_command_refuses_a_hostile_file_cleanly(tmp_path, filename):
    path = tmp_path / filename
    path.write_bytes(HOSTILE[filename])
    before = Organisation.objects.count()
    with pytest.raises(CommandError) as refused:
        call_command("import_organisations", str(path))
    assert str(refused.value)
    assert Organisation.objects.count() == before


def test_a_csv_with_old_mac_line_endings_is_read(client, manager, private_dir):
    """It gave csv.Error ("new-line character seen in unquoted field") and a 500."""
    login(client, manager)
    data = "Mã,Tên,Cấp\rT-MAC,Tỉnh Mac,province\rX-MAC,Xã Mac,commune\r".encode()
    response = client.post(
        reverse("people_organisation_import"), {"file": SimpleUploadedFile("mac.csv", data)}
    )
    assert response.status_code == 200
    assert [row.values["code"] for row in response.context["preview"].rows] == ["T-MAC", "X-MAC"]
    assert len(_files_in(private_dir)) == 1  # kept for the confirmation


# Slow refusal --------------------------------------------------------------------------------------------------


def _big_workbook(rows: int, *, declared: bool) -> bytes:
    """A workbook of many rows; openpyxl's write-only mode declares no size, as some generators do."""
    book = Workbook(write_only=not declared)
    sheet = book.active if declared else book.create_sheet()
    sheet.append(["Tên", "Mã", "Cấp"])
    for number in range(rows):
        sheet.append([f"Xã {number}", f"X-{number}", "commune"])
    return saved(book)


def _big_csv(rows: int) -> bytes:
    return ("Tên,Mã,Cấp\n" + "".join(f"Xã {n},X-{n},commune\n" for n in range(rows))).encode()


@pytest.mark.parametrize(
    ("filename", "make", "cells_read"),
    [
        ("big.xlsx", lambda: _big_workbook(2_000, declared=False), 3 * 52),  # the header, 50 rows, one more
        ("big.csv", lambda: _big_csv(2_000), 3 * 52),
        ("declared.xlsx", lambda: _big_workbook(2_000, declared=True), 0),  # refused from its declared size
    ],
)
def test_reading_stops_at_the_row_limit(settings, monkeypatch, filename, make, cells_read):
    """A 4 MB workbook of 400,000 rows was read to the end before being refused; now reading stops."""
    from lms.imports import reading

    settings.IMPORT_MAX_ROWS = 50
    data = make()
    seen = []
    original = reading._cell_text
    monkeypatch.setattr(reading, "_cell_text", lambda value: seen.append(value) or original(value))
    with pytest.raises(reading.TableError) as refused:
        reading.read_table(io.BytesIO(data), filename, aliases={})
    assert refused.value.message == "Tệp có nhiều hơn 50 dòng."
    assert len(seen) <= cells_read


def test_uploads_over_the_size_limit_are_refused_before_reading(client, superuser, private_dir, settings):
    settings.IMPORT_MAX_UPLOAD_BYTES = 1_000
    login(client, superuser)
    readable = ("Tên,Mã,Cấp\n" + "".join(f"Xã {n},X-{n},commune\n" for n in range(100))).encode()
    assert len(readable) > 1_000
    for name, url in _import_urls(superuser).items():
        response = client.post(url, {"file": SimpleUploadedFile("to-chuc.csv", readable)})
        assert response.status_code == 200, name
        assert response.context["form"].errors["file"] == ["Tệp lớn hơn 1000\xa0byte."], name
        assert "preview" not in response.context, name
    assert _files_in(private_dir) == []


def test_every_import_form_uses_the_one_upload_field():
    from courses.admin_views import SessionImportView
    from courses.attendance.admin_views import MeetingImportView
    from courses.quizzes.admin_views import question_import
    from lms.imports.forms import SpreadsheetField
    from lms.people.views import organisation_import

    for view in (
        organisation_import.view_class,
        SessionImportView,
        MeetingImportView,
        question_import.view_class,
    ):
        assert isinstance(view.form_class.base_fields["file"], SpreadsheetField), view


# What a preview accepts, the write accepts --------------------------------------------------------------------


def test_the_question_preview_refuses_a_choice_too_long_for_its_field(client, manager, private_dir):
    """A 600-character choice passed the preview and failed the confirmation with a database error."""
    from courses.quizzes.models import Question
    from tests.attendance.factories import course
    from tests.quizzes.test_import import HEADER, row, workbook

    page = course()
    rows = [
        row(course=page.slug, text="Câu hợp lệ?", choice_a="Có", choice_b="Không"),
        row(course=page.slug, text="Câu có đáp án quá dài?", choice_a="x" * 600, choice_b="Không"),
        row(
            course=page.slug,
            text="Câu có chủ đề quá dài?",
            choice_a="Có",
            choice_b="Không",
            category="c" * 101,
        ),
    ]
    login(client, manager)
    url = reverse("quiz_questions:import")
    response = client.post(url, {"file": SimpleUploadedFile("cau-hoi.xlsx", workbook(rows, HEADER))})
    report = response.context["preview"]
    assert [row.ok for row in report.rows] == [True, False, False]
    assert report.rows[1].errors == ["Đáp án A: Giá trị này chỉ có tối đa 500 kí tự (hiện có 600)"]
    assert report.rows[2].errors == ["Chủ đề: Giá trị này chỉ có tối đa 100 kí tự (hiện có 101)"]
    response = client.post(url, {"token": response.context["token"]})
    assert response.status_code == 200
    assert list(Question.objects.values_list("text", flat=True)) == ["<p>Câu hợp lệ?</p>"]
    assert _files_in(private_dir) == []


def test_the_bulk_preview_refuses_values_too_long_and_the_job_writes_the_valid_rows(
    manager, django_capture_on_commit_callbacks
):
    """A 5,000-character name passed the preview, then the job dropped every valid row with the database's
    raw message."""
    from courses.bulk import create_bulk_enrolment_job, preview_bulk_enrolment
    from courses.models import Enrolment
    from tests.courses.test_bulk import csv_bytes

    session = make_session(trainers=[manager], days=1)
    data = csv_bytes(
        [
            ["hop.le@example.vn", "Trần", "", "Mai", "", "", "", "0912 000 111"],
            ["ten.dai@example.vn", "Nguyễn" * 1_000, "", "An", "", "", "", ""],
            ["dien.thoai@example.vn", "Lê", "", "Bình", "", "", "", "0" * 31],
            [f"{'a' * 250}@example.vn", "Phạm", "", "Chi", "", "", "", ""],
        ]
    )
    report = preview_bulk_enrolment(session, io.BytesIO(data), "ds.csv")
    assert [row.ok for row in report.rows] == [True, False, False, False]
    assert report.rows[1].errors == ["Họ: Giá trị này chỉ có tối đa 60 kí tự (hiện có 6000)"]
    assert report.rows[2].errors == ["Điện thoại: Giá trị này chỉ có tối đa 30 kí tự (hiện có 31)"]
    assert report.rows[3].errors[0].startswith("Địa chỉ email: Giá trị này chỉ có tối đa 254 kí tự")
    with django_capture_on_commit_callbacks(execute=True):
        job = create_bulk_enrolment_job(
            session, upload=io.BytesIO(data), filename="ds.csv", acting_user=manager
        )
    job.refresh_from_db()
    assert job.status == "done", job.error
    assert list(Enrolment.objects.filter(session=session).values_list("user__email", flat=True)) == [
        "hop.le@example.vn"
    ]


def test_a_failed_bulk_job_says_why_in_vietnamese_and_deletes_its_file(
    manager, django_capture_on_commit_callbacks
):
    from courses.bulk import create_bulk_enrolment_job

    session = make_session(trainers=[manager], days=1)
    with django_capture_on_commit_callbacks(execute=True):
        job = create_bulk_enrolment_job(
            session, upload=io.BytesIO(PNG), filename="x.csv", acting_user=manager
        )
    path = Path(job.file.path)
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.error.startswith("Tệp không phải tệp văn bản CSV")
    assert not job.file and not path.exists()


# The upload is deleted on every failure -----------------------------------------------------------------------


def test_a_refused_confirmation_deletes_the_upload(client, trainer, private_dir):
    from tests.factories import UserFactory

    session = make_session(trainers=[trainer], days=1)
    day = days_of(session)[0]
    from tests.attendance.factories import enrol

    enrol(session, UserFactory(email="lan@so.gov.vn"))
    login(client, trainer)
    url = reverse("attendance_import", args=[day.pk])
    data = b"Name,User Email,Duration (Minutes)\nKhach,khach@x.vn,90\n"
    response = client.post(url, {"file": SimpleUploadedFile("report.csv", data)})
    assert response.context["preview"].trainees == []
    assert len(_files_in(private_dir)) == 1
    response = client.post(url, {"token": response.context["token"]}, follow=True)
    assert response.status_code == 200
    assert "Không dòng nào trong báo cáo khớp" in response.content.decode()
    assert _files_in(private_dir) == []


@pytest.mark.parametrize(
    "token", ["", ".", "..", "../../etc/passwd", "imports", "x" * 300, "0" * 32 + ".csv"]
)
def test_a_malformed_or_expired_token_is_a_message_not_a_500(client, manager, private_dir, token):
    (private_dir / "imports").mkdir(parents=True)
    login(client, manager)
    response = client.post(reverse("people_organisation_import"), {"token": token}, follow=True)
    assert response.status_code == 200
    assert "Tệp đã tải lên không còn" in response.content.decode()


# Files from the real world ------------------------------------------------------------------------------------


def test_a_meeting_report_in_xlsx_keeps_its_times(trainer):
    """Join and leave times stored as date-times in a workbook lost their time of day."""
    from datetime import datetime, time

    from courses.attendance.imports import preview_meeting_import
    from tests.attendance.factories import enrol
    from tests.factories import UserFactory

    session = make_session(trainers=[trainer], days=1)
    day = days_of(session)[0]
    enrol(session, UserFactory(email="lan@so.gov.vn"))
    data = xlsx_upload(
        [["lan@so.gov.vn", datetime.combine(day.date, time(8)), datetime.combine(day.date, time(11, 30))]],
        ["User Email", "Join Time", "Leave Time"],
    )
    preview = preview_meeting_import(day, io.BytesIO(data), "zoom.xlsx")
    assert [line.minutes for line in preview.trainees] == [210]


@pytest.mark.parametrize("duration", ["1e400", "nan", "-30", "100000"])
def test_an_impossible_duration_is_a_row_error(trainer, duration):
    from courses.attendance.imports import preview_meeting_import
    from tests.attendance.factories import enrol
    from tests.factories import UserFactory

    session = make_session(trainers=[trainer], days=1)
    day = days_of(session)[0]
    enrol(session, UserFactory(email="lan@so.gov.vn"))
    data = f"User Email,Duration (Minutes)\nlan@so.gov.vn,{duration}\n".encode()
    preview = preview_meeting_import(day, io.BytesIO(data), "report.csv")
    assert preview.trainees == []
    assert preview.unmatched[0].errors == [f"Không đọc được thời lượng: {duration}"]


@pytest.mark.parametrize(
    ("data", "name"),
    [
        ("Tên\tMã\tCấp\nTỉnh Một\tT-1\tprovince\n".encode("utf-16"), "Tỉnh Một"),  # "Unicode text", Teams
        ("Tên;code;level\nHà Đông;T-1;province\n".encode("cp1258"), "Hà Đông"),  # an old Windows export
        ("\ufeffTên,Mã,Cấp\r\nTỉnh Một,T-1,province\r\n".encode(), "Tỉnh Một"),
    ],
)
def test_csv_encodings_and_separators_of_real_files(data, name):
    from lms.imports.reading import read_table
    from lms.people.services import ORGANISATION_ALIASES

    rows = read_table(io.BytesIO(data), "to-chuc.csv", aliases=ORGANISATION_ALIASES)
    assert [(row.line, row.values) for row in rows] == [
        (2, {"name": name, "code": "T-1", "level": "province"})
    ]


def test_a_workbook_that_declares_a_wrong_size_is_read_whole():
    from lms.imports.reading import read_table

    data = xlsx_upload([["Tỉnh Một", "T-1"], ["Tỉnh Hai", "T-2"]], ["Tên", "Mã"])
    source = zipfile.ZipFile(io.BytesIO(data))
    patched = io.BytesIO()
    with zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(b'<dimension ref="A1:B3"/>', b'<dimension ref="A1:A1"/>')
                assert b'ref="A1:A1"' in content
            target.writestr(item, content)
    rows = read_table(io.BytesIO(patched.getvalue()), "x.xlsx", aliases={"tên": "name", "mã": "code"})
    assert [row.values for row in rows] == [
        {"name": "Tỉnh Một", "code": "T-1"},
        {"name": "Tỉnh Hai", "code": "T-2"},
    ]
