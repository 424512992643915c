"""Exports: the PDF sign-in sheet (Vietnamese text exact, fonts embedded, no Helvetica) and the XLSX register."""

from __future__ import annotations

from datetime import date

import fontpkg
import pytest
from django.urls import reverse
from reportlab.pdfbase.ttfonts import TTFont

from courses.attendance import services
from courses.attendance.models import AttendanceStatus
from courses.attendance.pdf import SheetPerson, SignInSheet, render_sign_in_sheet
from lms.text import vietnamese_date
from tests.conftest import login
from tests.factories import OrganisationFactory, UserFactory
from tests.pdfs import pdf_fonts, pdf_text
from tests.spreadsheets import first_sheet

from .factories import OFFICIAL_ORDER, days_of, enrol, enrol_out_of_order, full_name, make_session


def test_vietnamese_date_follows_decree_30():
    assert vietnamese_date(date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026"
    assert vietnamese_date(date(2026, 1, 9)) == "ngày 09 tháng 01 năm 2026"
    assert vietnamese_date(date(2026, 7, 15)) == "ngày 15 tháng 7 năm 2026"
    assert vietnamese_date(date(2026, 12, 1)) == "ngày 01 tháng 12 năm 2026"


def test_the_renderer_is_pure_and_keeps_names_exactly():
    import unicodedata

    people = [
        SheetPerson(full_name=full_name(parts), organisation="Sở Văn hóa, Thể thao và Du lịch")
        for parts in OFFICIAL_ORDER
    ]
    # A decomposed (NFD) name must come out composed.
    people.append(
        SheetPerson(full_name=unicodedata.normalize("NFD", "Bùi Thị Ngọc Diệp"), organisation="UBND xã Đắk Ơ")
    )
    content = render_sign_in_sheet(
        SignInSheet(
            session_code="Khóa 1/2026",
            session_title="Lớp bồi dưỡng kỹ năng truyền thông chính sách",
            course_title="Kỹ năng truyền thông chính sách",
            date_text="ngày 05 tháng 02 năm 2026",
            hours="08:00–16:30",
            topic="Phản bác thông tin sai lệch",
            venue="Hội trường Cục Báo chí",
            people=people,
        )
    )
    assert content.startswith(b"%PDF")
    text = unicodedata.normalize("NFC", pdf_text(content))
    for person in people:
        assert unicodedata.normalize("NFC", person.full_name) in text
    assert "ngày 05 tháng 02 năm 2026" in text.lower()
    assert "Chữ ký" in text
    fonts = pdf_fonts(content)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _embedded in fonts)


def test_the_font_covers_the_vietnamese_alphabet_with_all_tones():
    import unicodedata

    letters = "aăâeêioôơuưy"
    tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
    wanted = {unicodedata.normalize("NFC", base + tone) for base in letters for tone in tones} | {"đ", "Đ"}
    wanted |= {char.upper() for char in wanted}
    face = TTFont("check-attendance", str(fontpkg.path("Be Vietnam Pro", weight=400))).face
    missing = [char for char in wanted if ord(char) not in face.charToGlyph]
    assert missing == []


@pytest.mark.django_db
def test_the_sign_in_sheet_lists_confirmed_trainees_by_given_name(client, trainer):
    session = make_session(trainers=[trainer], days=1)
    organisation = OrganisationFactory(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk")
    enrol_out_of_order(session, organisation=organisation)
    day = days_of(session)[0]
    login(client, trainer)
    response = client.get(reverse("attendance_sign_in_sheet", args=[day.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    positions = [text.index(full_name(parts)) for parts in OFFICIAL_ORDER]
    assert positions == sorted(positions)
    assert "Đắk Lắk" in text
    assert vietnamese_date(day.date) in text.lower()


@pytest.mark.django_db
def test_the_sign_in_sheet_carries_the_organiser_the_national_heading_and_signatures(client, trainer):
    from wagtail.models import Site

    from courses.nominations.models import LetterSettings

    config = LetterSettings.for_site(Site.objects.get(is_default_site=True))
    config.parent_body = "Bộ Văn hóa, Thể thao và Du lịch"
    config.issuing_body = "Cục Báo chí"
    config.place = "Hà Nội"
    config.save()
    session = make_session(trainers=[trainer], days=1)
    enrol(session, UserFactory())
    day = days_of(session)[0]
    login(client, trainer)
    response = client.get(reverse("attendance_sign_in_sheet", args=[day.pk]))
    text = pdf_text(response.content)
    for expected in (
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "CỤC BÁO CHÍ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        f"Hà Nội, {vietnamese_date(day.date)}",
        "NGƯỜI LẬP DANH SÁCH",
        "XÁC NHẬN CỦA BAN TỔ CHỨC",
        "(Ký, ghi rõ họ tên)",
    ):
        assert expected in text, expected
    # Without the organiser configured, the heading still stands, naming the organisers generically.
    config.parent_body = config.issuing_body = ""
    config.save()
    text = pdf_text(client.get(reverse("attendance_sign_in_sheet", args=[day.pk])).content)
    assert "BAN TỔ CHỨC" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text


@pytest.mark.django_db
def test_the_register_xlsx_has_a_row_per_trainee_and_a_column_per_day(client, trainer):
    session = make_session(trainers=[trainer], days=3)
    first = enrol(session, UserFactory(family_name="Đặng", middle_name="Quốc", given_name="Ánh"))
    second = enrol(session, UserFactory(family_name="Trần", middle_name="", given_name="An"))
    days = days_of(session)
    services.record_attendance(first, days[0], status=AttendanceStatus.PRESENT, acting_user=trainer)
    services.record_attendance(first, days[1], status=AttendanceStatus.LATE, acting_user=trainer)
    services.record_attendance(second, days[0], status=AttendanceStatus.ABSENT, acting_user=trainer)
    login(client, trainer)
    response = client.get(reverse("attendance_register_xlsx", args=[session.pk]))
    assert response.status_code == 200
    sheet = first_sheet(response.content)
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    header_index = next(i for i, row in enumerate(rows) if row and row[0] == "STT")
    header = rows[header_index]
    assert header[4:7] == [day.date.strftime("%d/%m/%Y") for day in days]
    an, anh = rows[header_index + 1], rows[header_index + 2]
    assert an[1] == "Trần An" and anh[1] == "Đặng Quốc Ánh"
    assert anh[4:7] == ["C", "M", None]
    assert anh[header.index("Tỷ lệ (%)")] == 66.7
    assert an[header.index("Dưới ngưỡng")] == "có"
