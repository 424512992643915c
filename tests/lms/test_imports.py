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
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _workbook_of_another_import() -> bytes:
    book = Workbook()
    book.active.append(["Cột lạ", "Cột khác"])
    book.active.append(["x", "y"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


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
