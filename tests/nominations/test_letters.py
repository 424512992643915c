"""The invitation letters: official layout in Vietnamese (national heading, number, Decree 30 date, "Kính
gửi"), digitally signed; the combined letter lists every invited unit; another unit's letter is not found."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.nominations import letters
from lms.pdf import check_pdf_signature
from lms.text import vietnamese_date
from tests.conftest import login
from tests.nominations.conftest import make_invitation
from tests.pdfs import pdf_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("signing")]


def test_the_letter_to_one_unit(letter_authority, invitation, demo_identity):
    pdf = letters.invitation_letter_pdf(invitation)
    text = " ".join(pdf_text(pdf).split())
    printed = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "CỤC BÁO CHÍ",
        "/GM-CBC",
        f"Hà Nội, {vietnamese_date(timezone.localtime(invitation.created_at).date())}",
        "GIẤY MỜI",
        "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai",
        "2 cán bộ",
        "https://lophoc.example.vn/don-vi/de-cu/",
        "Nguyễn Văn Thử",
    ]
    assert [part for part in printed if part not in text] == []  # names every part missing at once
    check = check_pdf_signature(pdf, trusted_certificates=[Path(demo_identity.cert_path).read_bytes()])
    assert check.signed and check.intact and check.covers_whole_file


def test_the_combined_letter_lists_every_unit(letter_authority, invitation, nomination_session, other_unit):
    make_invitation(nomination_session, other_unit, quota=4)
    text = " ".join(pdf_text(letters.combined_letter_pdf(nomination_session)).split())
    assert "Kính gửi: Như danh sách kèm theo" in text
    assert "DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ ĐƯỢC MỜI" in text
    assert "Bộ Tư pháp" in text and "Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai" in text


def test_without_an_issuing_body_the_letter_is_refused_in_words(invitation):
    with pytest.raises(letters.LetterNotConfiguredError) as excinfo:
        letters.invitation_letter_pdf(invitation)
    assert "chưa có cơ quan ban hành" in excinfo.value.message


def test_focal_point_downloads_their_letter_only(
    client, letter_authority, focal, invitation, nomination_session, other_unit
):
    theirs = make_invitation(nomination_session, other_unit)
    login(client, focal)
    response = client.get(reverse("nominations:letter", args=[invitation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert client.get(reverse("nominations:letter", args=[theirs.pk])).status_code == 404


def test_organiser_downloads_the_combined_letter(
    client, letter_authority, manager, invitation, nomination_session
):
    login(client, manager)
    response = client.get(reverse("nominations_session_letter", args=[nomination_session.pk]))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
