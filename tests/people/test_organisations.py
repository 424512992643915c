"""The organisation directory: import with preview and per-row errors, validity and successors."""

import io
from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse

from lms.imports.reading import TableError
from lms.people.models import Organisation
from lms.people.services import import_organisations, preview_organisation_import
from tests.conftest import login
from tests.spreadsheets import preview_upload, xlsx_upload

pytestmark = pytest.mark.django_db

GOOD_AND_BAD = (
    "Mã,Tên,Cấp,Loại,Đơn vị cấp trên,Hiệu lực đến,Đơn vị kế thừa\n"
    "T-MOI,Tỉnh Thử Nghiệm,province,Tỉnh,,,\n"  # 2 good
    "S-MOI,Sở Văn hóa tỉnh Thử Nghiệm,department,Sở,T-MOI,,\n"  # 3 good, parent from the line above
    ",,commune,Xã,T-MOI,,\n"  # 4 missing name
    "X-1,Xã Một,cap-khong-co,Xã,T-MOI,,\n"  # 5 unknown level
    "X-2,Xã Hai,commune,Xã,T-KHONG-CO,,\n"  # 6 unknown parent
    "T-MOI,Tỉnh Trùng Mã,province,Tỉnh,,,\n"  # 7 duplicate code
    "H-CU,Huyện Cũ,district,Huyện,T-MOI,30/06/2025,T-MOI\n"  # 8 good, dated, with successor
)


def csv_file(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


def test_preview_reports_each_kind_of_bad_row_and_writes_nothing():
    before = Organisation.objects.count()
    report = preview_organisation_import(csv_file(GOOD_AND_BAD), "to-chuc.csv")
    assert Organisation.objects.count() == before
    by_line = {row.line: row for row in report.rows}
    assert [line for line, row in by_line.items() if row.ok] == [2, 3, 8]
    assert by_line[4].errors == ["Thiếu tên."]
    assert by_line[5].errors == ["Không có cấp hành chính “cap-khong-co”."]
    assert by_line[6].errors == ["Không tìm thấy đơn vị cấp trên “T-KHONG-CO”."]
    assert by_line[7].errors == ["Trùng mã “T-MOI”: đã dùng ở dòng 2."]
    assert report.summary() == {"create": 3, "error": 4}


def test_import_writes_only_valid_rows_and_reimport_changes_nothing():
    report = import_organisations(csv_file(GOOD_AND_BAD), "to-chuc.csv")
    assert report.summary() == {"create": 3, "error": 4}
    province = Organisation.objects.get(code="T-MOI")
    assert province.name == "Tỉnh Thử Nghiệm"
    department = Organisation.objects.get(code="S-MOI")
    assert department.parent == province
    district = Organisation.objects.get(code="H-CU")
    assert district.valid_until == date(2025, 6, 30)
    assert district.successor == province
    assert not district.is_current
    assert district.current_successor() == province
    assert not Organisation.objects.filter(code__in=["X-1", "X-2"]).exists()
    assert Organisation.objects.filter(code="T-MOI").count() == 1

    count = Organisation.objects.count()
    again = import_organisations(csv_file(GOOD_AND_BAD), "to-chuc.csv")
    assert again.summary() == {"unchanged": 3, "error": 4}
    assert Organisation.objects.count() == count


def test_a_changed_row_updates_the_unit():
    import_organisations(csv_file("code,name,level\nT-A,Tỉnh A,province\n"), "a.csv")
    report = import_organisations(csv_file("code,name,level\nT-A,Tỉnh A mới,province\n"), "a.csv")
    assert report.summary() == {"update": 1}
    assert Organisation.objects.get(code="T-A").name == "Tỉnh A mới"


def test_xlsx_import():
    data = xlsx_upload(
        [["Phường Ba Đình", "X-BD", "Xã, phường, đặc khu", date(2025, 7, 1)]],
        ["Tên đơn vị", "Mã", "Cấp", "Hiệu lực từ"],
    )
    report = import_organisations(io.BytesIO(data), "to-chuc.xlsx")
    assert report.summary() == {"create": 1}
    ward = Organisation.objects.get(code="X-BD")
    assert ward.level.code == "commune"
    assert ward.valid_from == date(2025, 7, 1)


def test_unreadable_files_get_a_clear_error():
    with pytest.raises(TableError):
        preview_organisation_import(io.BytesIO(b"not a workbook"), "x.xlsx")
    with pytest.raises(TableError):
        preview_organisation_import(io.BytesIO(b"anything"), "x.pdf")
    with pytest.raises(TableError):
        preview_organisation_import(io.BytesIO(b""), "x.csv")


def test_a_failure_mid_import_leaves_nothing_half_written(monkeypatch):
    calls = {"n": 0}
    original_save = Organisation.save

    def failing_save(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return original_save(self, *args, **kwargs)

    monkeypatch.setattr(Organisation, "save", failing_save)
    before = Organisation.objects.count()
    with pytest.raises(RuntimeError):
        import_organisations(csv_file(GOOD_AND_BAD), "to-chuc.csv")
    assert Organisation.objects.count() == before


def test_admin_upload_preview_then_confirm(client, manager):
    login(client, manager)
    url = reverse("people_organisation_import")
    response = preview_upload(client, url, GOOD_AND_BAD.encode(), "to-chuc.csv")
    html = response.content.decode()
    assert "Xem trước" in html
    assert "Không tìm thấy đơn vị cấp trên “T-KHONG-CO”." in html
    assert not Organisation.objects.filter(code="T-MOI").exists()
    token = response.context["token"]
    response = client.post(url, {"token": token})
    assert response.status_code == 200
    assert Organisation.objects.filter(code="T-MOI").exists()
    assert "Đã nhập xong: thêm mới 3" in response.content.decode()


def test_admin_import_rejects_people_without_the_permission(client, editor):
    login(client, editor)
    response = client.get(reverse("people_organisation_import"))
    assert response.status_code in {302, 403}


def test_import_organisations_command(tmp_path, capsys):
    path = tmp_path / "to-chuc.csv"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    call_command("import_organisations", str(path))
    assert Organisation.objects.filter(code="H-CU").exists()
    out = capsys.readouterr()
    assert "3 created" in out.out
    assert "line 6: Không tìm thấy đơn vị cấp trên" in out.err


def test_admin_list_filters_by_level_and_validity_and_searches_without_diacritics(client, manager):
    import_organisations(csv_file(GOOD_AND_BAD), "to-chuc.csv")
    login(client, manager)
    base = "/admin/people/organisations/"
    html = client.get(base, {"q": "thu nghiem"}).content.decode()
    assert "Tỉnh Thử Nghiệm" in html
    html = client.get(base, {"validity": "ended"}).content.decode()
    assert "Huyện Cũ" in html and "Sở Văn hóa tỉnh Thử Nghiệm" not in html
    province = Organisation.objects.get(code="T-MOI")
    html = client.get(base, {"parent": province.pk}).content.decode()
    assert "Sở Văn hóa tỉnh Thử Nghiệm" in html and "Tỉnh Thử Nghiệm</a>" not in html


def test_shipped_directory_has_the_34_provinces_and_reform_successors():
    from lms.people.demo import seed_organisations

    seed_organisations()
    provinces = Organisation.objects.filter(level__code="province")
    assert provinces.valid_on(date(2026, 1, 1)).count() == 34
    assert provinces.valid_on(date(2025, 1, 1)).count() > 34
    ha_giang = Organisation.objects.get(name="Tỉnh Hà Giang")
    assert ha_giang.current_successor().name == "Tỉnh Tuyên Quang"
    assert Organisation.objects.filter(level__code="central").count() >= 10
    assert Organisation.objects.filter(type="Đặc khu").exists()


def test_manager_matches_typed_work_units_to_the_directory(client, manager):
    from tests.factories import UserFactory

    first = UserFactory(organisation=None, organisation_unlisted="UBND xã Mới Lập")
    second = UserFactory(organisation=None, organisation_unlisted="ubnd XA MOI LAP")
    other = UserFactory(organisation=None, organisation_unlisted="Báo Địa phương")
    commune = Organisation.objects.create(
        name="Xã Mới Lập",
        level=Organisation._meta.get_field("level").related_model.objects.get(code="commune"),
    )
    login(client, manager)
    url = reverse("people_unlisted_work_units")
    html = client.get(url).content.decode()
    assert "UBND xã Mới Lập" in html and "Báo Địa phương" in html
    response = client.post(url, {"typed_name": "UBND xã Mới Lập", "organisation": commune.pk})
    assert response.status_code == 302
    for user in (first, second, other):
        user.refresh_from_db()
    assert first.organisation == commune and second.organisation == commune
    assert first.organisation_unlisted == ""
    assert other.organisation is None


def test_matching_with_a_malformed_organisation_says_so(client, manager):
    login(client, manager)
    response = client.post(
        reverse("people_unlisted_work_units"), {"typed_name": "UBND xã A", "organisation": "abc"}, follow=True
    )
    assert response.status_code == 200
    assert "Hãy chọn tổ chức cho đơn vị này." in response.content.decode()


def test_uploaded_spreadsheets_stay_out_of_public_media_and_stale_ones_are_purged(client, manager, settings):
    import os
    import time
    from pathlib import Path

    from lms.imports.store import IMPORT_FOLDER
    from lms.imports.tasks import purge_stale_uploads
    from lms.storage import private_storage

    login(client, manager)
    url = reverse("people_organisation_import")
    token = preview_upload(client, url, GOOD_AND_BAD.encode(), "to-chuc.csv").context["token"]
    path = Path(private_storage().path(f"{IMPORT_FOLDER}/{token}"))
    assert path.exists()
    assert Path(settings.MEDIA_ROOT) not in path.parents
    assert client.get(f"/media/{IMPORT_FOLDER}/{token}").status_code == 404

    assert purge_stale_uploads.delay().get() == 0  # a fresh preview is kept
    old = time.time() - 2 * 24 * 3600
    os.utime(path, (old, old))
    assert purge_stale_uploads.delay().get() == 1
    assert purge_stale_uploads.delay().get() == 0  # running it again is harmless
    assert not path.exists()
