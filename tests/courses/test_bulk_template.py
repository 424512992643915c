"""The bulk enrolment import: a template to download, and units missing from the directory kept as typed."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from courses.bulk import COLUMN_ALIASES, create_bulk_enrolment_job, preview_bulk_enrolment
from lms.imports.reading import read_table
from lms.people.models import User
from lms.people.selectors import unlisted_work_units
from tests.conftest import login
from tests.courses.conftest import make_session
from tests.spreadsheets import xlsx_upload

pytestmark = pytest.mark.django_db


def test_the_template_downloads_with_the_columns_the_import_reads(client, trainer, vietnamese):
    login(client, trainer)
    response = client.get(reverse("courses_import_template"))
    assert response.status_code == 200
    assert "mau-nhap-hoc-vien.xlsx" in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(response.content))
    people = workbook.worksheets[0]
    headers = [cell.value for cell in people[1]]
    assert headers == ["Email", "Họ", "Tên đệm", "Tên", "Đơn vị", "Đối tượng", "Điện thoại", "Chức vụ"]
    assert all(header.lower() in COLUMN_ALIASES for header in headers)
    assert "Hướng dẫn" in workbook.sheetnames
    # The file as downloaded reads back as one valid row: what people fill in, the import understands.
    rows = read_table(
        io.BytesIO(response.content), "mau.xlsx", aliases=COLUMN_ALIASES, required={"email": "Email"}
    )
    assert len(rows) == 1 and rows[0].values["email"] == "nguyen.van.a@example.vn"


def test_the_template_is_for_staff_only(client, trainee):
    assert login(client, trainee).get(reverse("courses_import_template")).status_code == 302


def test_a_unit_not_in_the_directory_is_kept_as_typed_for_a_manager_to_match(
    course, manager, django_capture_on_commit_callbacks, vietnamese
):
    session = make_session(course)
    data = xlsx_upload(
        [["moi@example.vn", "Trần", "", "Mai", "UBND xã Tân Mỹ (mới)", "Khác", ""]],
        ["Email", "Họ", "Tên đệm", "Tên", "Đơn vị", "Đối tượng", "Điện thoại"],
    )
    report = preview_bulk_enrolment(session, io.BytesIO(data), "ds.xlsx")
    assert report.summary() == {"create": 1}
    assert "UBND xã Tân Mỹ (mới)" in report.rows[0].notes[0]
    with django_capture_on_commit_callbacks(execute=True):
        create_bulk_enrolment_job(session, upload=io.BytesIO(data), filename="ds.xlsx", acting_user=manager)
    person = User.objects.get(email="moi@example.vn")
    assert person.organisation is None and person.organisation_unlisted == "UBND xã Tân Mỹ (mới)"
    assert session.enrolments.filter(user=person).exists()
    # It waits on the managers' "Work units to match" screen, as a unit typed at sign-up does.
    assert [group["name"] for group in unlisted_work_units()] == ["UBND xã Tân Mỹ (mới)"]
