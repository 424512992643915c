"""Certificates: PDF render (one-path QR vs ReportLab's QrCodeWidget vs no QR), signing, size, issuance."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory
from unittest import mock


def _widget_qr(canvas, data, *, x, y, size, **_kwargs):
    """The slow way, for comparison: ReportLab's QR widget drawn through renderPDF."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    from lms.pdf import FONT

    widget = QrCodeWidget(data)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0])
    drawing.initialFontName = FONT
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def run(report) -> None:
    from django.conf import settings
    from django.utils import timezone

    from bench.run import timed
    from certificates import pdf as certificate_pdf
    from certificates import services
    from certificates.models import Certificate, CertificateSettings
    from certificates.pdf import CertificateDocument, render_certificate_pdf
    from courses.attendance.models import AttendanceRecord, AttendanceStatus
    from lms.pdf import make_demo_identity, sign_pdf
    from tests.attendance.factories import confirmed_trainees, days_of, make_session
    from tests.factories import UserFactory

    document = CertificateDocument(
        number="42/2026/CN",
        full_name="Nguyễn Thị Hồng Nhung",
        course_title="Kỹ năng truyền thông chính sách",
        session_code="Khóa 1/2026",
        starts_on=date(2026, 2, 4),
        ends_on=date(2026, 2, 5),
        hours="17",
        issued_on=date(2026, 2, 5),
        verification_url="https://lophoc.example.vn/chung-nhan/ABCDEFGHJKMNPQRS/",
        verification_code="ABCD-EFGH-JKMN-PQRS",
        issuing_body="Cục Báo chí",
        parent_body="Bộ Văn hóa, Thể thao và Du lịch",
        place="Hà Nội",
        date_of_birth=date(1990, 2, 5),
        organisation="Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh",
        signer_title="KT. Cục trưởng / Phó Cục trưởng",
        signer_name="Trần Văn Minh",
    )
    render_certificate_pdf(document)  # fonts registered, modules warm
    one_path, _ = timed(lambda: render_certificate_pdf(document), repeat=40)
    with mock.patch.object(certificate_pdf, "draw_qr", _widget_qr):
        render_certificate_pdf(document)
        widget, _ = timed(lambda: render_certificate_pdf(document), repeat=20)
    with mock.patch.object(certificate_pdf, "draw_qr", lambda *args, **kwargs: None):
        no_qr, _ = timed(lambda: render_certificate_pdf(document), repeat=40)
    report("render one certificate, QR as one path (median)", one_path, "ms")
    report("render one certificate, ReportLab QrCodeWidget (median)", widget, "ms")
    report("render one certificate, no QR (median)", no_qr, "ms")
    report("QrCodeWidget time / one-path time (goal >= 7)", widget / one_path, "x")
    report("one-path time / no-QR time (goal <= 1.7)", one_path / no_qr, "x")
    report("certificates rendered per second, one-path QR", 1000 / one_path, "/s")

    with TemporaryDirectory() as directory:
        identity = make_demo_identity(Path(directory), common_name="Bench (DEMO)", organisation="Bench")
        pdf = render_certificate_pdf(document)
        sign_pdf(pdf, identity=identity)
        signing, _ = timed(lambda: sign_pdf(pdf, identity=identity), repeat=40)
        report("PAdES signature of one certificate (median, EC P-256)", signing, "ms")
        report("signed PDF size", len(sign_pdf(pdf, identity=identity)) / 1024, "KiB")

        settings.CERTIFICATE_SIGNING_KEY = identity.key_path
        settings.CERTIFICATE_SIGNING_CERT = identity.cert_path
        from wagtail.models import Site

        config = CertificateSettings.for_site(Site.objects.get(is_default_site=True))
        config.issuing_body, config.signer_name, config.place = "Cục Báo chí", "Trần Văn Minh", "Hà Nội"
        config.save()
        trainer = UserFactory(roles=[settings.ROLE_TRAINERS], email="bench-cert-trainer@example.vn")
        count = 200
        session = make_session(
            trainers=[trainer], days=2, first_day=timezone.localdate().replace(year=2020), capacity=count
        )
        enrolments = confirmed_trainees(session, count)
        AttendanceRecord.objects.bulk_create(
            AttendanceRecord(enrolment=enrolment, day=day, status=AttendanceStatus.PRESENT)
            for enrolment in enrolments
            for day in days_of(session)
        )
        start = time.perf_counter()
        issued = services.issue_certificates(enrolments, acting_user=trainer)
        elapsed = time.perf_counter() - start
        assert len(issued.issued) == count
        report(f"issue {count} certificates in one process (render, sign, save)", elapsed, "s")
        report("issue: time per certificate", 1000 * elapsed / count, "ms")
        report("issue: projected time for 500 certificates", 500 * elapsed / count, "s")
        sizes = [certificate.pdf.size for certificate in Certificate.objects.all()[:50]]
        report("average stored certificate PDF size", sum(sizes) / len(sizes) / 1024, "KiB")
