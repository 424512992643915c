"""Public verification (page and API), the trainee's certificates on "Góc học tập", downloads, the admin."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from certificates import services
from certificates.models import Certificate
from courses.attendance.models import AttendanceStatus
from tests.attendance.factories import enrol
from tests.certificates.conftest import mark
from tests.conftest import login
from tests.factories import UserFactory
from tests.spreadsheets import first_sheet

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache(fresh_cache):
    """Page tests count queries; cached site root paths would skew them (see tests/conftest.py)."""


@pytest.fixture
def certificate(authority, nhung, trainer) -> Certificate:
    return services.issue_certificate(nhung, acting_user=trainer).certificate


def test_verification_page_of_a_valid_certificate(client, certificate):
    response = client.get(f"/chung-nhan/{certificate.code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Giấy chứng nhận hợp lệ" in html
    assert "Nguyễn Thị Hồng Nhung" in html
    assert certificate.number in html


def test_the_code_may_be_typed_with_dashes_and_small_letters(client, certificate):
    response = client.get("/chung-nhan/", {"ma": certificate.display_code.lower()})
    assert response.status_code == 302
    assert response["Location"] == f"/chung-nhan/{certificate.code}/"


def test_unknown_code_is_a_clear_404(client, db):
    response = client.get("/chung-nhan/KHONGCOMAXACMINH/")
    assert response.status_code == 404
    assert "Không tìm thấy giấy chứng nhận" in response.content.decode()


def test_revoked_certificate_shows_the_date_but_not_the_reason(client, certificate, trainer):
    services.revoke_certificate(certificate, reason="Lý do riêng tư", acting_user=trainer)
    html = client.get(f"/chung-nhan/{certificate.code}/").content.decode()
    assert "Đã bị thu hồi" in html
    assert "Lý do riêng tư" not in html
    api = client.get(f"/api/v1/certificates/{certificate.code}").json()
    assert api["state"] == "revoked"
    assert api["revoked_on"]
    assert "Lý do riêng tư" not in str(api)


def test_replaced_certificate_links_to_the_new_one(client, certificate, trainer):
    new = services.reissue_certificate(certificate, reason="Sửa tên", acting_user=trainer)
    html = client.get(f"/chung-nhan/{certificate.code}/").content.decode()
    assert "Đã được thay thế" in html
    assert f"/chung-nhan/{new.code}/" in html
    api = client.get(f"/api/v1/certificates/{certificate.code}").json()
    assert api["state"] == "replaced"
    assert api["replaced_by"]["number"] == new.number


def test_api_verification(client, certificate):
    response = client.get(f"/api/v1/certificates/{certificate.code}")
    data = response.json()
    assert response.status_code == 200
    assert data["state"] == "valid"
    assert data["full_name"] == "Nguyễn Thị Hồng Nhung"
    assert data["hours"] == 42.5
    missing = client.get("/api/v1/certificates/KHONGCO")
    assert missing.status_code == 404
    assert missing.json()["code"] == "not_found"


def test_verification_is_rate_limited_per_client(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE = 3
    statuses = [client.get(f"/chung-nhan/{certificate.code}/").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    assert client.get(f"/api/v1/certificates/{certificate.code}").status_code == 429


def test_uploaded_pdf_check_names_the_certificate(client, certificate):
    data = certificate.pdf.read()
    response = client.post("/chung-nhan/kiem-tra-tep/", {"tep": SimpleUploadedFile("c.pdf", data)})
    html = response.content.decode()
    assert "Chữ ký số hợp lệ" in html
    assert "Tệp được ký bằng khóa của ban tổ chức" in html
    assert certificate.number in html
    position = data.index(b"stream", 200) + 20
    tampered = data[:position] + bytes([data[position] ^ 1]) + data[position + 1 :]
    html = client.post("/chung-nhan/kiem-tra-tep/", {"tep": SimpleUploadedFile("c.pdf", tampered)}).content
    assert "Chữ ký số không hợp lệ" in html.decode()
    bad = client.post("/chung-nhan/kiem-tra-tep/", {"tep": SimpleUploadedFile("c.pdf", b"hello")})
    assert bad.status_code == 400
    assert "Đây không phải tệp PDF" in bad.content.decode()


def test_trainee_sees_and_downloads_their_certificate(client, certificate, nhung):
    login(client, nhung.user)
    html = client.get("/hoc-tap-cua-toi/").content.decode()
    assert certificate.number in html
    assert "Hoàn thành" in html
    response = client.get(f"/hoc-tap-cua-toi/chung-nhan/{certificate.pk}/tai-ve/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_a_certificate_pdf_lost_from_storage_is_explained_not_a_server_error(client, certificate, nhung):
    certificate.pdf.storage.delete(certificate.pdf.name)  # e.g. storage restored from an older backup
    login(client, nhung.user)
    response = client.get(f"/hoc-tap-cua-toi/chung-nhan/{certificate.pk}/tai-ve/")
    assert response.status_code == 503
    html = response.content.decode()
    assert "Hiện chưa tải được tệp PDF của giấy chứng nhận" in html
    assert f"xác minh được bằng mã {certificate.display_code}" in html
    assert f'href="/chung-nhan/{certificate.code}/"' in html


def test_another_persons_certificate_is_not_found(client, certificate):
    login(client, UserFactory())
    assert client.get(f"/hoc-tap-cua-toi/chung-nhan/{certificate.pk}/tai-ve/").status_code == 404
    assert client.get("/hoc-tap-cua-toi/chung-nhan/99999999/tai-ve/").status_code == 404


def test_dashboard_says_why_a_finished_session_is_not_completed(client, authority, session, trainer):
    enrolment = enrol(session, UserFactory())
    mark(session, enrolment, [AttendanceStatus.PRESENT] * 3, by=trainer)
    login(client, enrolment.user)
    html = client.get("/hoc-tap-cua-toi/").content.decode()
    assert "Chưa hoàn thành: điểm danh 60% &lt; 80%" in html
    assert "Bạn chưa có giấy chứng nhận nào" in html


# --- admin --------------------------------------------------------------------------------------------


def test_trainer_sees_the_eligibility_screen_of_their_session(client, authority, session, trainer, nhung):
    lan = enrol(session, UserFactory(given_name="Lan", family_name="Lê"))
    mark(session, lan, [AttendanceStatus.PRESENT] * 3, by=trainer)
    login(client, trainer)
    html = client.get(f"/admin/certificates/sessions/{session.pk}/").content.decode()
    assert "Nguyễn Thị Hồng Nhung" in html
    assert "điểm danh 60% &lt; 80%" in html
    filtered = client.get(f"/admin/certificates/sessions/{session.pk}/", {"trang_thai": "not_eligible"})
    assert "Nguyễn Thị Hồng Nhung" not in filtered.content.decode()
    assert "Lê Văn Lan" in filtered.content.decode()


def test_trainer_of_another_session_gets_404(client, authority, session, nhung):
    login(client, UserFactory(roles=["Trainers"]))
    assert client.get(f"/admin/certificates/sessions/{session.pk}/").status_code == 404
    response = client.post(f"/admin/certificates/sessions/{session.pk}/issue/", {"one": nhung.pk})
    assert response.status_code == 404
    assert not Certificate.objects.exists()


def test_issue_one_from_the_admin_then_revoke_it(client, authority, session, trainer, nhung):
    login(client, trainer)
    client.post(f"/admin/certificates/sessions/{session.pk}/issue/", {"one": nhung.pk})
    certificate = Certificate.objects.get()
    response = client.post(f"/admin/certificates/{certificate.pk}/revoke/", {"reason": "Nhầm người"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "Nhầm người"
    other_trainer = login(client, UserFactory(roles=["Trainers"]))
    assert other_trainer.get(f"/admin/certificates/{certificate.pk}/").status_code == 404


def test_issue_all_from_the_admin_shows_progress(
    client, authority, session, trainer, class_of_four, django_capture_on_commit_callbacks
):
    login(client, trainer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/certificates/sessions/{session.pk}/issue/", {"mode": "all"})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Đã xử lý 4/4 học viên (100%), đã cấp 4 giấy chứng nhận" in page
    assert Certificate.objects.count() == 4


def test_eligibility_export_keeps_text_as_text(client, authority, session, trainer):
    enrolment = enrol(session, UserFactory(family_name="=HYPERLINK(1)", given_name="An"))
    mark(session, enrolment, [AttendanceStatus.PRESENT] * 3, by=trainer)
    login(client, trainer)
    response = client.get(f"/admin/certificates/sessions/{session.pk}/eligibility.xlsx")
    sheet = first_sheet(response.content)
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][1] == "Họ và tên"
    assert rows[1][1].startswith("=HYPERLINK")
    assert sheet.cell(row=2, column=2).data_type == "s"
    assert rows[1][4] == 60.0
    assert rows[1][9] == "điểm danh 60% < 80%"


def test_settings_refuse_a_file_that_is_not_an_image(authority):
    from django.core.exceptions import ValidationError

    from certificates.images import checked_image_bytes

    with pytest.raises(ValidationError, match="không phải là ảnh"):
        checked_image_bytes(b"GIF89a not really")
    with pytest.raises(ValidationError, match="PNG hoặc JPEG"):
        from PIL import Image

        buffer = io.BytesIO()
        Image.new("RGB", (10, 10)).save(buffer, format="GIF")
        checked_image_bytes(buffer.getvalue())


def test_settings_refuse_a_decompression_bomb():
    from django.core.exceptions import ValidationError
    from PIL import Image

    from certificates.images import checked_image_bytes

    buffer = io.BytesIO()
    Image.new("1", (5000, 5000)).save(buffer, format="PNG")  # small file, many pixels
    Image.MAX_IMAGE_PIXELS, previous = 1_000_000, Image.MAX_IMAGE_PIXELS
    try:
        with pytest.raises(ValidationError):
            checked_image_bytes(buffer.getvalue())
    finally:
        Image.MAX_IMAGE_PIXELS = previous


def test_exif_orientation_is_applied():
    from PIL import Image

    from certificates.images import checked_image_bytes

    image = Image.new("RGB", (40, 20), "red")
    exif = image.getexif()
    exif[0x0112] = 6  # rotated 90° clockwise
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    upright = Image.open(io.BytesIO(checked_image_bytes(buffer.getvalue())))
    assert upright.size == (20, 40)


def test_seed_demo_key_is_labelled_demo(settings, tmp_path):
    from lms.pdf import make_demo_identity

    identity = make_demo_identity(tmp_path, common_name="Cục Báo chí (DEMO)", organisation="Demo")
    assert b"BEGIN CERTIFICATE" in Path(identity.cert_path).read_bytes()


def test_behind_a_load_balancer_each_client_has_its_own_budget(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE = 2
    settings.TRUSTED_PROXY_COUNT = 1
    url = f"/chung-nhan/{certificate.code}/"

    def status(forwarded_for: str) -> int:
        return client.get(url, HTTP_X_FORWARDED_FOR=forwarded_for, REMOTE_ADDR="127.0.0.1").status_code

    assert [status("203.0.113.5") for _ in range(3)] == [200, 200, 429]
    assert status("203.0.113.9") == 200  # another client behind the same proxy
    assert status("198.51.100.1, 203.0.113.5") == 429  # a forged first hop does not reset the budget
