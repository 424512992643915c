"""The certificate PDF: Vietnamese text extractable, fonts embedded, QR to the page, signed and tamper-evident."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import fontpkg
import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFontFile

from certificates import services
from certificates.pdf import CertificateDocument, render_certificate_pdf
from lms.pdf import FONT_FAMILY, check_pdf_signature, sign_pdf
from tests.pdfs import pdf_fonts, pdf_text

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
TONES = "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"


def document(**changes) -> CertificateDocument:
    values = {
        "number": "42/2026/CN",
        "full_name": "Nguyễn Thị Hồng Nhung",
        "course_title": "Kỹ năng truyền thông chính sách",
        "session_code": "Khóa 1/2026",
        "starts_on": date(2026, 2, 4),
        "ends_on": date(2026, 2, 5),
        "hours": "17",
        "issued_on": date(2026, 2, 5),
        "verification_url": "https://lophoc.example.vn/chung-nhan/ABCDEFGHJKMNPQRS/",
        "verification_code": "ABCD-EFGH-JKMN-PQRS",
        "issuing_body": "Cục Báo chí",
        "parent_body": "Bộ Văn hóa, Thể thao và Du lịch",
        "place": "Hà Nội",
        "date_of_birth": date(1990, 2, 5),
        "organisation": "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh",
        "signer_title": "KT. Cục trưởng / Phó Cục trưởng",
        "signer_name": "Trần Văn Minh",
    }
    values.update(changes)
    return CertificateDocument(**values)


def test_the_font_covers_the_vietnamese_alphabet_with_every_tone():
    cmap = TTFontFile(str(fontpkg.path(FONT_FAMILY, weight=400))).charToGlyph
    letters = VIETNAMESE + VIETNAMESE.upper() + TONES + TONES.upper()
    assert [char for char in letters if ord(char) not in cmap] == []


def test_text_is_the_official_wording_in_vietnamese():
    text = pdf_text(render_certificate_pdf(document()))
    for expected in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "CỤC BÁO CHÍ",
        "Số: 42/2026/CN",
        "GIẤY CHỨNG NHẬN",
        "Chứng nhận Ông (Bà): Nguyễn Thị Hồng Nhung",
        "Sinh ngày: 05/02/1990",
        "Đơn vị công tác: Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh",
        "Đã hoàn thành khóa bồi dưỡng: Kỹ năng truyền thông chính sách",
        "từ ngày 04/02/2026 đến ngày 05/02/2026",
        "Hà Nội, ngày 05 tháng 02 năm 2026",
        "PHÓ CỤC TRƯỞNG",
        "Trần Văn Minh",
        "Mã xác minh: ABCD-EFGH-JKMN-PQRS",
    ]:
        assert expected in text, expected


def test_decree_30_date_has_no_leading_zero_for_july():
    text = pdf_text(render_certificate_pdf(document(issued_on=date(2026, 7, 15))))
    assert "Hà Nội, ngày 15 tháng 7 năm 2026" in text


def test_a_decomposed_name_is_printed_composed():
    import unicodedata

    text = pdf_text(render_certificate_pdf(document(full_name=unicodedata.normalize("NFD", "Đặng Thị Ưng"))))
    assert "Đặng Thị Ưng" in text


def test_no_date_of_birth_line_when_unknown():
    assert "Sinh ngày" not in pdf_text(render_certificate_pdf(document(date_of_birth=None)))


def test_every_font_is_embedded_and_there_is_no_helvetica():
    fonts = pdf_fonts(render_certificate_pdf(document()))
    assert fonts
    assert all(embedded for _name, embedded in fonts)
    assert not any("Helvetica" in name for name, _embedded in fonts)


def test_long_names_and_units_shrink_and_wrap_inside_the_page():
    long_unit = "Trung tâm Truyền thông và Thông tin cơ sở " * 4
    pdf = render_certificate_pdf(
        document(full_name="Tôn Nữ Thị Phương Hoàng Ngọc Bảo Trâm Công Huyền Tôn Nữ", organisation=long_unit)
    )
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    width = float(page.mediabox.width)
    positions = []

    def visitor(text, cm, tm, font_dict, font_size):
        if text.strip():
            positions.append(tm[4] * cm[0] + cm[4])

    page.extract_text(visitor_text=visitor)
    assert positions and all(0 < x < width for x in positions)
    text = pdf_text(pdf)
    assert "Công Huyền Tôn Nữ" in text
    assert len(reader.pages) == 1


@pytest.mark.skipif(not shutil.which("zbarimg") or not shutil.which("pdftoppm"), reason="needs zbar-tools")
def test_the_qr_code_decodes_to_the_verification_url(tmp_path):
    pdf_path = tmp_path / "c.pdf"
    pdf_path.write_bytes(render_certificate_pdf(document()))
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf_path), str(tmp_path / "page")], check=True)  # noqa: S603, S607
    [image] = list(tmp_path.glob("page*.png"))
    result = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True)  # noqa: S603, S607
    assert result.stdout.strip() == "https://lophoc.example.vn/chung-nhan/ABCDEFGHJKMNPQRS/"


def test_signature_is_valid_and_a_changed_byte_breaks_it(signing):
    trusted = [Path(signing.cert_path).read_bytes()]
    signed = sign_pdf(render_certificate_pdf(document()), identity=signing, reason="Thử")
    check = check_pdf_signature(signed, trusted_certificates=trusted)
    assert check.valid and check.trusted
    assert "Cục Báo chí (DEMO)" in check.signer
    # Change one byte inside the signed range (in the first content stream).
    position = signed.index(b"stream", 200) + 20
    tampered = signed[:position] + bytes([signed[position] ^ 0x01]) + signed[position + 1 :]
    assert not check_pdf_signature(tampered, trusted_certificates=trusted).valid
    assert not check_pdf_signature(render_certificate_pdf(document())).signed


def test_signing_and_checking_work_inside_a_running_event_loop(signing):
    # An ASGI server or a browser session in the same process runs a loop; pyHanko starts its own.
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    trusted = [Path(signing.cert_path).read_bytes()]

    async def sign_and_check():
        signed = sign_pdf(render_certificate_pdf(document()), identity=signing)
        return check_pdf_signature(signed, trusted_certificates=trusted)

    # In a thread of its own: this test's thread may already run a loop (a browser test's, before it).
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(asyncio.run, sign_and_check()).result().valid


@pytest.mark.skipif(not shutil.which("pdfsig"), reason="needs poppler-utils")
def test_pdfsig_reads_a_valid_pades_signature(authority, nhung, trainer, tmp_path):
    certificate = services.issue_certificate(nhung, acting_user=trainer).certificate
    path = tmp_path / "c.pdf"
    path.write_bytes(certificate.pdf.read())
    output = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout  # noqa: S603, S607
    assert "ETSI.CAdES.detached" in output
    assert "Signature is Valid" in output
    assert "Total document signed" in output


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_pdftotext_shows_the_holder_as_issued(authority, nhung, trainer, tmp_path):
    certificate = services.issue_certificate(nhung, acting_user=trainer).certificate
    path = tmp_path / "c.pdf"
    path.write_bytes(certificate.pdf.read())
    output = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout  # noqa: S603, S607
    assert "Nguyễn Thị Hồng Nhung" in output
    assert f"Số: {certificate.number}" in output
    assert certificate.display_code in output


def seal_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((10, 10, 290, 290), outline=(200, 20, 30, 255), width=20)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_the_seal_keeps_its_transparency_and_is_decoded_once_for_many_certificates():
    from lms.pdf import image_reader

    seal = seal_png()
    image_reader.cache_clear()
    pdfs = [
        render_certificate_pdf(document(seal_image=seal, full_name=name))
        for name in ("Lê Văn An", "Đặng Thị Ưng")
    ]
    assert image_reader.cache_info().misses == 1  # decoded for the first certificate only
    for pdf in pdfs:
        images = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/XObject"].values()
        [seal_image] = [image.get_object() for image in images]
        assert (seal_image["/Width"], seal_image["/Height"]) == (300, 300)
        assert "/SMask" in seal_image  # the transparent corners stay transparent over the page
