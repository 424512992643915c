"""Bulk enrolment from a spreadsheet: preview errors row by row, one transaction, idempotent re-run."""

from __future__ import annotations

import io

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail

from courses.bulk import create_bulk_enrolment_job, preview_bulk_enrolment
from courses.models import BulkEnrolmentJob, Enrolment
from lms.people.models import User
from tests.courses.conftest import make_session
from tests.factories import OrganisationFactory, UserFactory
from tests.spreadsheets import csv_upload, xlsx_upload

pytestmark = pytest.mark.django_db

HEADER = ["Email", "Họ", "Tên đệm", "Tên", "Họ và tên", "Đơn vị", "Đối tượng", "Điện thoại"]


def csv_bytes(rows, header=HEADER) -> bytes:
    return csv_upload(rows, header)


def xlsx_bytes(rows, header=HEADER) -> bytes:
    return xlsx_upload(rows, header)


@pytest.fixture
def unit(db):
    return OrganisationFactory(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh", code="S-QNH-VH")


def test_preview_reports_each_kind_of_bad_row(course, unit, manager):
    session = make_session(course)
    enrolled = UserFactory(email="da.dangky@example.vn")
    from courses import services

    services.enrol_trainee(session, enrolled, acting_user=manager)
    rows = [
        ["moi@example.vn", "Trần", "Thị", "Mai", "", "S-QNH-VH", "Người phát ngôn", "0912"],  # 2 ok, by code
        ["khong-hop-le", "Lê", "", "Nam", "", "", "", ""],  # 3 bad e-mail
        ["moi@example.vn", "Trần", "Thị", "Mai", "", "", "", ""],  # 4 duplicate
        [
            "donvi@example.vn",
            "Phạm",
            "",
            "Hà",
            "",
            "So Van hoa tinh Quang Ninh",
            "",
            "",
        ],  # 5 unit not in the directory: kept as typed, with a suggestion
        ["da.dangky@example.vn", "", "", "", "", "", "", ""],  # 6 already enrolled
        [
            "hoten@example.vn",
            "",
            "",
            "",
            "Nguyễn Thị Hồng Nhung",
            "sở văn hóa, thể thao và du lịch tỉnh quảng ninh",
            "",
            "",
        ],  # 7 flagged split
        ["motten@example.vn", "", "", "", "Nhung", "", "", ""],  # 8 single word
        ["doituong@example.vn", "Vũ", "", "An", "", "", "Kỹ sư", ""],  # 9 unknown category
    ]
    report = preview_bulk_enrolment(session, io.BytesIO(csv_bytes(rows)), "ds.csv")
    by_line = {row.line: row for row in report.rows}
    assert by_line[2].ok and by_line[2].action == "create"
    assert "không phải địa chỉ thư điện tử hợp lệ" in by_line[3].errors[0]
    assert "dòng 2" in by_line[4].errors[0]
    assert by_line[5].ok and by_line[5].action == "create"  # not refused: kept as typed, as at sign-up
    assert "chưa có trong danh mục" in by_line[5].notes[0]
    assert unit.name in by_line[5].notes[0]  # close-match suggestion
    assert by_line[6].errors == ["Đã ghi danh vào lớp này."]
    assert by_line[7].ok and "tách" in by_line[7].notes[0]
    assert by_line[8].errors and not by_line[8].ok
    assert "Không rõ đối tượng" in by_line[9].errors[0]
    assert report.summary() == {"create": 3, "error": 5}
    assert not User.objects.filter(email="moi@example.vn").exists()  # the preview writes nothing


def test_import_creates_accounts_enrols_in_one_go_and_rerun_changes_nothing(
    course, unit, manager, django_capture_on_commit_callbacks
):
    session = make_session(course, capacity=2)
    existing = UserFactory(email="cu@example.vn", given_name="Cũ")
    rows = [
        ["moi1@example.vn", "Trần", "Thị", "Mai", "", "S-QNH-VH", "Người phát ngôn", "0912 000 111"],
        ["moi2@example.vn", "Lê", "", "Nam", "", "", "phóng viên", ""],
        ["CU@example.vn", "", "", "", "", "", "", ""],
        ["sai", "", "", "", "", "", "", ""],
    ]
    data = xlsx_bytes(rows)
    with django_capture_on_commit_callbacks(execute=True):
        job = create_bulk_enrolment_job(
            session, upload=io.BytesIO(data), filename="ds.xlsx", acting_user=manager
        )
    job.refresh_from_db()
    assert job.status == "done" and (job.total, job.processed) == (4, 4)
    # The spreadsheet (people's e-mails and phones) is kept in private storage, not under public media.
    from pathlib import Path

    from django.conf import settings as django_settings

    assert Path(django_settings.PRIVATE_ROOT) in Path(job.file.path).parents
    assert Path(django_settings.MEDIA_ROOT) not in Path(job.file.path).parents
    assert job.report["counts"] == {"created": 2, "confirmed": 2, "waitlisted": 1, "skipped": 0}
    mai = User.objects.get(email="moi1@example.vn")
    assert (mai.family_name, mai.middle_name, mai.given_name, mai.organisation, mai.trainee_category) == (
        "Trần",
        "Thị",
        "Mai",
        unit,
        "spokesperson",
    )
    assert not mai.has_usable_password()
    assert mai.groups.filter(name=settings.ROLE_TRAINEES).exists()
    assert EmailAddress.objects.filter(user=mai, email="moi1@example.vn", primary=True).exists()
    statuses = dict(Enrolment.objects.filter(session=session).values_list("user__email", "status"))
    assert statuses == {
        "moi1@example.vn": "confirmed",
        "moi2@example.vn": "confirmed",
        "cu@example.vn": "waitlisted",
    }
    assert Enrolment.objects.get(user=existing).waitlist_position == 1
    invitations = [m for m in mail.outbox if m.to == ["moi1@example.vn"]]
    assert len(invitations) == 1 and "/password/reset/key/" in invitations[0].body
    assert len([m for m in mail.outbox if m.to == ["cu@example.vn"]]) == 1
    # Same file again: nothing changes, every row is reported.
    counts = (User.objects.count(), Enrolment.objects.count(), len(mail.outbox))
    with django_capture_on_commit_callbacks(execute=True):
        again = create_bulk_enrolment_job(
            session, upload=io.BytesIO(data), filename="ds.xlsx", acting_user=manager
        )
    again.refresh_from_db()
    assert again.status == "done"
    assert (User.objects.count(), Enrolment.objects.count(), len(mail.outbox)) == counts
    assert again.report["summary"] == {"error": 4}
    # The task itself is safe to run twice.
    from courses.tasks import run_bulk_enrolment

    assert run_bulk_enrolment(job.pk) == "done"
    assert Enrolment.objects.count() == counts[1]


def test_unreadable_file_fails_the_job_visibly(course, manager, django_capture_on_commit_callbacks):
    session = make_session(course)
    with django_capture_on_commit_callbacks(execute=True):
        job = create_bulk_enrolment_job(
            session, upload=io.BytesIO(b"not a workbook"), filename="x.xlsx", acting_user=manager
        )
    job.refresh_from_db()
    assert job.status == "failed" and job.error
    assert BulkEnrolmentJob.objects.count() == 1


def test_admin_preview_then_confirm(client, course, trainer, django_capture_on_commit_callbacks):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.conftest import login

    session = make_session(course, trainers=[trainer])
    login(client, trainer)
    upload = SimpleUploadedFile(
        "ds.csv", csv_bytes([["a@example.vn", "Đỗ", "", "An", "", "", "", ""]]), content_type="text/csv"
    )
    response = client.post(f"/admin/courses/sessions/{session.pk}/import/", {"file": upload})
    assert response.status_code == 200
    assert "a@example.vn" in response.content.decode()
    token = response.context["token"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/courses/sessions/{session.pk}/import/", {"token": token, "filename": "ds.csv"}
        )
    job = BulkEnrolmentJob.objects.get()
    assert response.status_code == 302 and response.url.endswith(f"/admin/courses/bulk-enrolments/{job.pk}/")
    assert client.get(response.url).status_code == 200
    assert Enrolment.objects.filter(
        session=session, user__email="a@example.vn", source="bulk_import"
    ).exists()
