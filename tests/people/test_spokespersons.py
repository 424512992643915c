"""The spokesperson network: import with preview and per-row Vietnamese errors, accounts linked by e-mail."""

import io
from datetime import date

import openpyxl
import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from lms.imports.reading import TableError
from lms.people.models import Spokesperson
from lms.people.spokespersons import import_spokespersons, preview_spokesperson_import, split_full_name
from tests.conftest import login
from tests.factories import OrganisationFactory, SpokespersonFactory, UserFactory
from tests.spreadsheets import preview_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def units(db):
    return {
        "hn": OrganisationFactory(code="SO-HN", name="Sở Văn hóa Hà Nội"),
        "hue": OrganisationFactory(code="SO-HUE", name="Sở Văn hóa Huế"),
    }


ROWS = (
    "Đơn vị,Họ và tên,Chức vụ,Điện thoại,Email,Ngày bổ nhiệm,Ngày thôi\n"
    "SO-HN,Nguyễn Thị Hồng Nhung,Chánh Văn phòng,0912345678,NHUNG@example.vn,01/03/2024,\n"  # 2 good, account
    "Sở Văn hóa Huế,Lê Văn Hải,Phó Giám đốc,,,15/01/2023,\n"  # 3 good by name
    ",Trần An,Giám đốc,,,,\n"  # 4 no unit
    "SO-XX,Trần Bình,Giám đốc,,,,\n"  # 5 unknown unit
    "SO-HN,Phạm Cường,,,,,\n"  # 6 no position
    "SO-HN,Đỗ Dũng,Giám đốc,,khong-phai-email,,\n"  # 7 bad e-mail
    "SO-HN,Võ Hà,Giám đốc,,,31/02/2024,\n"  # 8 bad date
    "SO-HN,Bùi Lan,Giám đốc,,,01/05/2024,01/01/2024\n"  # 9 end before appointment
    "SO-HN,Nguyễn Thị Hồng Nhung,Chánh Văn phòng,,nhung@example.vn,,\n"  # 10 duplicate of line 2
)


def csv_file(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


def test_full_names_split_the_vietnamese_way():
    assert split_full_name("Nguyễn Thị Hồng Nhung") == ("Nguyễn", "Thị Hồng", "Nhung")
    assert split_full_name("Lê Hải") == ("Lê", "", "Hải")


def test_preview_gives_each_bad_row_its_vietnamese_reason_and_writes_nothing(units):
    report = preview_spokesperson_import(csv_file(ROWS), "nguoi-phat-ngon.csv")
    assert not Spokesperson.objects.exists()
    by_line = {row.line: row for row in report.rows}
    assert [line for line, row in by_line.items() if row.ok] == [2, 3]
    assert by_line[4].errors == ["Thiếu đơn vị."]
    assert by_line[5].errors == ["Không tìm thấy đơn vị “SO-XX”."]
    assert by_line[6].errors == ["Thiếu chức vụ."]
    assert by_line[7].errors == ["Địa chỉ e-mail không hợp lệ “khong-phai-email”."]
    assert by_line[8].errors == ["Ngày “31/02/2024” không đọc được (dùng dạng dd/mm/yyyy)."]
    assert by_line[9].errors == ["Ngày thôi giữ chức trước ngày bổ nhiệm."]
    assert by_line[10].errors == ["Trùng dòng: cùng người và đơn vị đã có ở dòng 2."]
    assert report.summary() == {"create": 2, "error": 7}


def test_import_links_the_account_with_the_same_email_and_reimport_changes_nothing(units):
    nhung = UserFactory(email="nhung@example.vn")
    report = import_spokespersons(csv_file(ROWS), "nguoi-phat-ngon.csv")
    assert report.summary() == {"create": 2, "error": 7}
    record = Spokesperson.objects.get(email="nhung@example.vn")
    assert (record.family_name, record.middle_name, record.given_name) == ("Nguyễn", "Thị Hồng", "Nhung")
    assert record.organisation == units["hn"]
    assert record.user == nhung
    assert record.appointed_on == date(2024, 3, 1)
    hai = Spokesperson.objects.get(given_name="Hải")
    assert hai.organisation == units["hue"] and hai.user is None

    again = import_spokespersons(csv_file(ROWS), "nguoi-phat-ngon.csv")
    assert again.summary() == {"unchanged": 2, "error": 7}
    assert Spokesperson.objects.count() == 2


def test_a_later_row_ends_the_term(units):
    import_spokespersons(csv_file("Đơn vị,Họ,Tên,Chức vụ\nSO-HN,Lê,Hải,Giám đốc\n"), "a.csv")
    report = import_spokespersons(
        csv_file("Đơn vị,Họ,Tên,Chức vụ,Ngày thôi\nSO-HN,Lê,Hải,Giám đốc,30/06/2026\n"), "a.csv"
    )
    assert report.summary() == {"update": 1}
    assert Spokesperson.objects.get().ended_on == date(2026, 6, 30)


def test_xlsx_import_with_name_in_parts(units):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Mã đơn vị", "Họ", "Tên đệm", "Tên", "Chức vụ", "Ngày bổ nhiệm"])
    sheet.append(["SO-HUE", "Hoàng", "Minh", "Tuấn", "Giám đốc", date(2025, 7, 1)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    assert import_spokespersons(buffer, "npn.xlsx").summary() == {"create": 1}
    assert Spokesperson.objects.get().full_name == "Hoàng Minh Tuấn"


def test_a_file_without_the_required_columns_is_refused(units):
    with pytest.raises(TableError):
        preview_spokesperson_import(csv_file("Họ và tên\nLê Hải\n"), "a.csv")


def test_the_database_refuses_a_term_ending_before_it_starts(units):
    with pytest.raises(IntegrityError), transaction.atomic():
        SpokespersonFactory(
            organisation=units["hn"], appointed_on=date(2025, 1, 1), ended_on=date(2024, 1, 1)
        )


def test_current_on_excludes_ended_and_future_terms(units):
    SpokespersonFactory(organisation=units["hn"], given_name="Cũ", ended_on=date(2025, 12, 31))
    SpokespersonFactory(organisation=units["hn"], given_name="Nay", appointed_on=date(2026, 1, 1))
    SpokespersonFactory(organisation=units["hn"], given_name="Sắp", appointed_on=date(2027, 1, 1))
    current = Spokesperson.objects.current_on(date(2026, 6, 1))
    assert [record.given_name for record in current] == ["Nay"]


def test_admin_upload_preview_then_confirm(client, manager, units):
    login(client, manager)
    url = reverse("people_spokesperson_import")
    response = preview_upload(client, url, ROWS.encode(), "npn.csv")
    html = response.content.decode()
    assert "Không tìm thấy đơn vị “SO-XX”." in html
    assert not Spokesperson.objects.exists()
    response = client.post(url, {"token": response.context["token"]})
    assert response.status_code == 200
    assert Spokesperson.objects.count() == 2


def test_admin_form_links_the_account_by_email_unless_one_is_chosen(client, manager, units):
    nhung = UserFactory(email="nhung@example.vn")
    other = UserFactory(email="khac@example.vn")
    login(client, manager)
    url = reverse("spokespersons:add")
    data = {
        "organisation": units["hn"].pk,
        "family_name": "Nguyễn",
        "middle_name": "Thị",
        "given_name": "Nhung",
        "position": "Chánh Văn phòng",
        "email": "Nhung@Example.vn",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Spokesperson.objects.get().user == nhung
    response = client.post(url, {**data, "organisation": units["hue"].pk, "user": other.pk})
    assert response.status_code == 302
    assert Spokesperson.objects.get(organisation=units["hue"]).user == other


def test_the_spokesperson_list_offers_the_import(client, manager):
    login(client, manager)
    response = client.get(reverse("spokespersons:index"))
    assert reverse("people_spokesperson_import") in response.content.decode()
