"""Certificates: PDF render (one-path QR vs ReportLab's QrCodeWidget vs no QR), signing, size, issuance."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory

ROOT = Path(__file__).resolve().parent.parent
BROKER = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/12")
WORKER_COUNT = 500


def _widget_qr(canvas, data, *, x, y, size, error="m", **_kwargs):
    """The slow way, for comparison: ReportLab's QR widget, same data, error level, quiet zone and square."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    from lms.pdf import FONT

    widget = QrCodeWidget(data, barLevel=error.upper(), barBorder=4)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0])
    drawing.initialFontName = FONT
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def cpu_ms(function, *, repeat: int) -> float:
    """Median CPU time of `function` in this process, in ms: other processes on the machine do not count."""
    samples = []
    for _ in range(repeat):
        start = time.process_time()
        function()
        samples.append((time.process_time() - start) * 1000)
    return statistics.median(samples)


def _document():
    from certificates.pdf import CertificateDocument

    return CertificateDocument(
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


def run_render(report) -> None:
    """The same page and data three ways; only the QR code differs."""
    from certificates import pdf as certificate_pdf
    from certificates.pdf import render_certificate_pdf

    document = _document()
    ways = {
        "one_path": certificate_pdf.draw_qr,
        "widget": _widget_qr,
        "no_qr": lambda *args, **kwargs: None,
    }
    samples: dict[str, list[float]] = {name: [] for name in ways}
    try:
        for draw in ways.values():  # fonts registered, modules warm
            certificate_pdf.draw_qr = draw
            render_certificate_pdf(document)
        # Why interleaved: the machine is shared, and its load changes from one second to the next; taking the
        # three ways in turn puts them under the same load, so their ratios hold even when times do not.
        for round_ in range(60):
            for name, draw in ways.items():
                if name == "widget" and round_ % 3:
                    continue  # the slow way needs fewer samples for a stable median
                certificate_pdf.draw_qr = draw
                start = time.process_time()
                render_certificate_pdf(document)
                samples[name].append((time.process_time() - start) * 1000)
    finally:
        certificate_pdf.draw_qr = ways["one_path"]
    one_path, widget, no_qr = (statistics.median(samples[name]) for name in ways)
    report("render one certificate, QR as one path (median CPU)", one_path, "ms")
    report("render one certificate, ReportLab QrCodeWidget (median CPU)", widget, "ms")
    report("render one certificate, no QR (median CPU)", no_qr, "ms")
    report("QrCodeWidget time / one-path time (goal >= 7)", widget / one_path, "x")
    report("one-path time / no-QR time (goal <= 1.7)", one_path / no_qr, "x")
    report("certificates rendered per second, one-path QR", 1000 / one_path, "/s")
    report("certificates rendered per second, QrCodeWidget", 1000 / widget, "/s")
    report("certificates rendered per second, no QR", 1000 / no_qr, "/s")
    sealed = replace(document, seal_image=_seal_png(), logo_image=_seal_png())
    render_certificate_pdf(sealed)
    report(
        "render one certificate with a seal and a logo (600 px PNG), one-path QR",
        cpu_ms(lambda: render_certificate_pdf(sealed), repeat=20),
        "ms",
    )


def _seal_png() -> bytes:
    """A 600 px round seal with a transparent background, as an office would upload it."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (600, 600), (0, 0, 0, 0))
    drawing = ImageDraw.Draw(image)
    drawing.ellipse((20, 20, 580, 580), outline=(200, 20, 30, 255), width=30)
    drawing.ellipse((120, 120, 480, 480), fill=(200, 20, 30, 180))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def run_qr(report) -> None:
    """The QR code alone on a bare canvas: encoding, then drawing one path against a rectangle per module."""
    import io

    import segno
    from reportlab.pdfgen.canvas import Canvas

    from lms.pdf import draw_qr, qr_rectangles

    url = _document().verification_url
    matrix = segno.make(url, error="m", micro=False, mask=0).matrix
    canvas = Canvas(io.BytesIO())

    def per_module() -> None:
        path = canvas.beginPath()
        for row_index, row in enumerate(matrix):
            for column, dark in enumerate(row):
                if dark:
                    path.rect(column, row_index, 1, 1)
        canvas.drawPath(path, stroke=0, fill=1)

    encode = cpu_ms(lambda: segno.make(url, error="m", micro=False, mask=0), repeat=100)
    whole = cpu_ms(lambda: draw_qr(canvas, url, x=0, y=0, size=85), repeat=100)
    modules = sum(sum(row) for row in matrix)
    report(f"QR {len(matrix)}x{len(matrix)}: encode (segno, fixed mask)", encode, "ms")
    report(f"QR: encode + draw as one path of {len(qr_rectangles(matrix))} rectangles", whole, "ms")
    report(
        f"QR: draw only, beginPath with one rect per dark module ({modules})",
        cpu_ms(per_module, repeat=50),
        "ms",
    )


def run_signing(report, identity) -> None:
    from certificates.pdf import render_certificate_pdf
    from lms.pdf import sign_pdf

    pdf = render_certificate_pdf(_document())
    sign_pdf(pdf, identity=identity)
    signing = cpu_ms(lambda: sign_pdf(pdf, identity=identity), repeat=40)
    report("PAdES signature of one certificate (median CPU, EC P-256)", signing, "ms")
    report("unsigned certificate PDF size", len(pdf) / 1024, "KiB")
    report("signed certificate PDF size", len(sign_pdf(pdf, identity=identity)) / 1024, "KiB")


def _finished_session(count: int):
    """A session that ended, `count` confirmed trainees (made in bulk) present every day."""
    from django.conf import settings
    from django.utils import timezone

    from courses.attendance.models import AttendanceRecord, AttendanceStatus
    from courses.models import Enrolment, EnrolmentStatus
    from lms.people.models import User
    from tests.attendance.factories import days_of, make_session
    from tests.factories import UserFactory

    trainer = UserFactory(
        roles=[settings.ROLE_TRAINERS], email=f"bench-cert-{time.monotonic_ns()}@example.vn"
    )
    session = make_session(
        trainers=[trainer], days=2, first_day=timezone.localdate().replace(year=2020), capacity=count
    )
    stamp = time.monotonic_ns()
    users = User.objects.bulk_create(
        User(
            email=f"cert{stamp}-{n}@example.vn",
            family_name="Nguyễn",
            middle_name="Thị Hồng",
            given_name=f"Nhung {n}",
            date_of_birth=date(1990, 2, 5),
            password="!",
        )
        for n in range(count)
    )
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(session=session, user=user, status=EnrolmentStatus.CONFIRMED, confirmed_at=timezone.now())
        for user in users
    )
    AttendanceRecord.objects.bulk_create(
        AttendanceRecord(enrolment=enrolment, day=day, status=AttendanceStatus.PRESENT)
        for enrolment in enrolments
        for day in days_of(session)
    )
    return session, trainer, enrolments


def run_in_process(report, count: int = 50) -> None:
    """Issue `count` in this process (the service a worker runs), for a per-certificate figure anywhere."""
    from certificates import services
    from certificates.models import Certificate

    session, trainer, enrolments = _finished_session(count)
    enrolments = services.eligible_enrolments(session)
    start, cpu_start = time.perf_counter(), time.process_time()
    issued = services.issue_certificates(enrolments, acting_user=trainer)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    assert len(issued.issued) == count
    report(
        f"issue {count} certificates in this process (check, number, render, sign, save, e-mail)",
        elapsed,
        "s",
    )
    report("  ... per certificate", 1000 * elapsed / count, "ms")
    report(
        "  ... per certificate, CPU time of this process (a database server's not counted)",
        1000 * cpu / count,
        "ms",
    )
    sizes = [certificate.pdf.size for certificate in Certificate.objects.filter(enrolment__session=session)]
    report("average stored (signed) certificate PDF size", sum(sizes) / len(sizes) / 1024, "KiB")


def _broker_ready() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(BROKER, socket_connect_timeout=2).ping())
    except Exception:  # noqa: BLE001 - no broker: the worker figure is skipped
        return False


def _cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its live children (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total, pending = 0.0, [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
        pending.extend(int(child) for child in children)
    return total


def run_worker(report, identity) -> None:
    """Issue 500 as the admin does: a job started after commit, run by a real Celery worker (Redis, PostgreSQL)."""
    from django.db import connection

    from certificates import services
    from certificates.models import Certificate, IssuanceJob, IssuanceStatus
    from lms.celery import app

    if connection.vendor != "postgresql":
        report(f"issue {WORKER_COUNT} with a real worker: skipped, needs PostgreSQL (DATABASE_URL)", 0, "")
        return
    if not _broker_ready():
        report(f"issue {WORKER_COUNT} with a real worker: skipped, no Redis broker at {BROKER}", 0, "")
        return
    session, trainer, _enrolments = _finished_session(WORKER_COUNT)
    db = connection.settings_dict  # the bench's throw-away database
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        "CELERY_BROKER_URL": BROKER,
        "CERTIFICATE_SIGNING_KEY": identity.key_path,
        "CERTIFICATE_SIGNING_CERT": identity.cert_path,
    }
    log = tempfile.TemporaryFile()  # the worker's own messages, shown if the job does not finish
    worker = subprocess.Popen(  # noqa: S603 - fixed command, loopback only
        [sys.executable, "-m", *"celery -A lms worker --concurrency 2 --loglevel WARNING".split()],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    eager, broker_url = app.conf.task_always_eager, app.conf.broker_url
    app.conf.task_always_eager, app.conf.broker_url = False, BROKER
    try:
        deadline = time.monotonic() + 60
        while not app.control.ping(timeout=1) and time.monotonic() < deadline:
            time.sleep(0.5)
        cpu_before = _cpu_seconds(worker.pid)
        start = time.perf_counter()
        job = services.start_issuance(session, acting_user=trainer)
        deadline = time.monotonic() + 300
        status = IssuanceStatus.PENDING
        while status not in (IssuanceStatus.DONE, IssuanceStatus.FAILED) and time.monotonic() < deadline:
            time.sleep(0.2)
            status = IssuanceJob.objects.filter(pk=job.pk).values_list("status", flat=True).get()
        elapsed = time.perf_counter() - start
        worker_cpu = _cpu_seconds(worker.pid) - cpu_before
    finally:
        app.conf.task_always_eager, app.conf.broker_url = eager, broker_url
        worker.terminate()  # a warm shutdown: the worker finishes the task it runs
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait(timeout=10)
        import redis

        redis.Redis.from_url(BROKER).flushdb()  # the e-mails queued by the bench: nobody to send them to
    if status != IssuanceStatus.DONE:
        log.seek(0)
        print(log.read().decode(errors="replace")[-3000:], flush=True)  # noqa: T201 - the bench's output
    log.close()
    issued = Certificate.objects.filter(enrolment__session=session).count()
    report(
        f"issue {WORKER_COUNT} with a real Celery worker, job started to done, e-mails included (goal < 30 s): {status}, {issued} issued",
        elapsed,
        "s",
    )
    report("  ... per certificate", 1000 * elapsed / WORKER_COUNT, "ms")
    report(
        f"  ... CPU time of the worker processes (load average then: {os.getloadavg()[0]:.1f})",
        worker_cpu,
        "s",
    )


def run(report) -> None:
    from django.conf import settings
    from wagtail.models import Site

    from certificates.models import CertificateSettings
    from lms.pdf import make_demo_identity

    run_render(report)
    run_qr(report)
    with TemporaryDirectory() as directory:
        identity = make_demo_identity(Path(directory), common_name="Bench (DEMO)", organisation="Bench")
        run_signing(report, identity)
        settings.CERTIFICATE_SIGNING_KEY = identity.key_path
        settings.CERTIFICATE_SIGNING_CERT = identity.cert_path
        config = CertificateSettings.for_site(Site.objects.get(is_default_site=True))
        config.issuing_body, config.signer_name, config.place = "Cục Báo chí", "Trần Văn Minh", "Hà Nội"
        config.save()
        run_in_process(report)
        run_worker(report, identity)
