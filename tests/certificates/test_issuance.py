"""Issuing: numbers per year, the snapshot and evidence, idempotence, refusals, revocation and re-issue."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from certificates import services
from certificates.errors import (
    AlreadyRevokedError,
    NotAllowedError,
    NotConfiguredError,
    NotEligibleError,
    ReasonRequiredError,
    SigningFailedError,
)
from certificates.models import Certificate, CertificateYear, IssuanceJob, IssuanceStatus
from certificates.tasks import run_issuance
from courses.attendance.models import AttendanceStatus
from tests.attendance.factories import enrol
from tests.certificates.conftest import mark
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_issue_one_makes_a_numbered_certificate_with_its_snapshot(authority, nhung, trainer):
    result = services.issue_certificate(nhung, acting_user=trainer)
    certificate = result.certificate
    assert result.created
    assert certificate.number == f"1/{certificate.year}/CN"
    assert certificate.full_name == "Nguyễn Thị Hồng Nhung"
    assert certificate.date_of_birth == nhung.user.date_of_birth
    assert certificate.organisation == nhung.user.work_unit
    assert certificate.session_code == nhung.session.code
    assert float(certificate.hours) == 5 * 8.5
    assert certificate.authority["issuing_body"] == "Cục Báo chí"
    assert certificate.evidence["attendance"]["percent"] == 100.0
    assert certificate.issued_by == trainer
    assert len(certificate.code) == 16
    assert certificate.pdf.read().startswith(b"%PDF-")


def test_issuing_again_returns_the_same_certificate(authority, nhung, trainer):
    first = services.issue_certificate(nhung, acting_user=trainer)
    second = services.issue_certificate(nhung, acting_user=trainer)
    assert not second.created
    assert second.certificate.pk == first.certificate.pk
    assert Certificate.objects.count() == 1
    assert CertificateYear.objects.get().last_number == 1


def test_numbers_are_consecutive_and_follow_the_configured_pattern(authority, class_of_four, trainer):
    authority.number_pattern = "{n}/{year}/CC"
    authority.save()
    report = services.issue_certificates(class_of_four, acting_user=trainer)
    year = report.issued[0].year
    assert sorted(c.sequence for c in report.issued) == [1, 2, 3, 4]
    assert {c.number for c in report.issued} == {f"{n}/{year}/CC" for n in range(1, 5)}


def test_the_snapshot_does_not_follow_later_changes(authority, nhung, trainer):
    certificate = services.issue_certificate(nhung, acting_user=trainer).certificate
    user = nhung.user
    user.family_name = "Trần"
    user.save()
    authority.issuing_body = "Cục Khác"
    authority.save()
    certificate.refresh_from_db()
    assert certificate.full_name == "Nguyễn Thị Hồng Nhung"
    assert certificate.authority["issuing_body"] == "Cục Báo chí"


def test_not_eligible_is_refused_with_the_reason_and_uses_no_number(authority, session, trainer):
    enrolment = enrol(session, UserFactory(given_name="Lan"))
    mark(session, enrolment, [AttendanceStatus.PRESENT] * 3, by=trainer)
    with pytest.raises(NotEligibleError) as error:
        services.issue_certificate(enrolment, acting_user=trainer)
    assert "điểm danh 60% < 80%" in error.value.message
    assert not Certificate.objects.exists()
    assert not CertificateYear.objects.filter(last_number__gt=0).exists()


def test_a_trainer_of_another_session_may_not_issue(authority, nhung):
    stranger = UserFactory()
    with pytest.raises(NotAllowedError):
        services.issue_certificate(nhung, acting_user=stranger)


def test_without_an_issuing_authority_nothing_is_issued(nhung, trainer):
    with pytest.raises(NotConfiguredError) as error:
        services.issue_certificate(nhung, acting_user=trainer)
    assert "Chưa cấu hình cơ quan cấp" in error.value.message


def test_a_signing_failure_stops_the_issuance(authority, nhung, trainer, settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEY = str(tmp_path / "missing-key.pem")
    settings.CERTIFICATE_SIGNING_CERT = str(tmp_path / "missing-cert.pem")
    with pytest.raises(SigningFailedError) as error:
        services.issue_certificate(nhung, acting_user=trainer)
    assert "Không ký số được" in error.value.message
    assert not Certificate.objects.exists()
    assert CertificateYear.objects.filter(last_number__gt=0).count() == 0


def test_no_key_at_all_is_a_signing_failure_not_an_unsigned_pdf(
    authority, nhung, trainer, settings, tmp_path
):
    settings.CERTIFICATE_SIGNING_KEY = settings.CERTIFICATE_SIGNING_CERT = ""
    settings.CERTIFICATE_DEMO_KEY_DIR = tmp_path / "none"
    with pytest.raises(SigningFailedError):
        services.issue_certificate(nhung, acting_user=trainer)
    assert not Certificate.objects.exists()


def test_revocation_needs_a_reason_and_keeps_the_record(authority, nhung, trainer):
    certificate = services.issue_certificate(nhung, acting_user=trainer).certificate
    with pytest.raises(ReasonRequiredError):
        services.revoke_certificate(certificate, reason="  ", acting_user=trainer)
    revoked = services.revoke_certificate(certificate, reason="Sai ngày sinh", acting_user=trainer)
    assert revoked.revoked_at is not None
    assert revoked.revoked_by == trainer
    assert revoked.state == "revoked"
    with pytest.raises(AlreadyRevokedError):
        services.revoke_certificate(revoked, reason="Lần nữa", acting_user=trainer)
    assert Certificate.objects.count() == 1


def test_reissue_gives_a_new_number_and_the_old_one_reads_replaced(authority, nhung, trainer):
    old = services.issue_certificate(nhung, acting_user=trainer).certificate
    new = services.reissue_certificate(old, reason="Sửa đơn vị công tác", acting_user=trainer)
    old.refresh_from_db()
    assert new.number != old.number
    assert new.sequence == old.sequence + 1
    assert new.replaces == old
    assert old.state == "replaced"
    assert new.state == "valid"
    assert Certificate.objects.valid().filter(enrolment=nhung).count() == 1


def test_bulk_job_issues_every_eligible_trainee_and_running_it_twice_changes_nothing(
    authority, class_of_four, session, trainer, django_capture_on_commit_callbacks
):
    enrol(session, UserFactory())  # confirmed but never attended: not eligible, not in the job
    with django_capture_on_commit_callbacks(execute=True):  # eager Celery: the task runs after commit
        job = services.start_issuance(session, acting_user=trainer)
    job.refresh_from_db()
    assert job.status == IssuanceStatus.DONE
    assert (job.total, job.processed, job.issued) == (4, 4, 4)
    assert Certificate.objects.count() == 4
    assert run_issuance(job.pk) == IssuanceStatus.DONE  # a second run of the same job: a no-op
    with django_capture_on_commit_callbacks(execute=True):  # a second job: nothing left to issue
        second = services.start_issuance(session, acting_user=trainer)
    second.refresh_from_db()
    assert (second.total, second.issued) == (0, 0)
    assert Certificate.objects.count() == 4
    assert IssuanceJob.objects.count() == 2


def test_selected_job_reports_refusals(
    authority, class_of_four, session, trainer, django_capture_on_commit_callbacks
):
    lazy = enrol(session, UserFactory(given_name="Vắng"))
    with django_capture_on_commit_callbacks(execute=True):
        job = services.start_issuance(
            session, acting_user=trainer, enrolment_ids=[class_of_four[0].pk, lazy.pk]
        )
    job.refresh_from_db()
    assert job.issued == 1
    assert "điểm danh 0% < 80%" in job.report["refused"][0]["reason"]


def test_command_issues_by_code_or_id_and_is_idempotent(authority, class_of_four, session, capsys):
    call_command("issue_certificates", "--session", session.code)
    assert Certificate.objects.count() == 4
    call_command("issue_certificates", "--session", str(session.pk))
    assert Certificate.objects.count() == 4
    out = capsys.readouterr().out
    assert "Đã cấp 4 giấy chứng nhận" in out
    assert "Đã cấp 0 giấy chứng nhận; 4 học viên đã có từ trước" in out
    with pytest.raises(CommandError, match="Không tìm thấy lớp"):
        call_command("issue_certificates", "--session", "Không có")


def test_command_dry_run_lists_reasons(authority, session, trainer, capsys):
    enrolment = enrol(session, UserFactory(given_name="Lan"))
    mark(session, enrolment, [AttendanceStatus.PRESENT] * 3, by=trainer)
    call_command("issue_certificates", "--session", session.code, "--dry-run")
    assert "chưa đủ điều kiện: điểm danh 60% < 80%" in capsys.readouterr().out
    assert not Certificate.objects.exists()


def test_the_trainee_gets_one_email_with_the_pdf_however_often_issuance_runs(
    authority, nhung, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.issue_certificate(nhung, acting_user=trainer).certificate
    with django_capture_on_commit_callbacks(execute=True):
        services.issue_certificate(nhung, acting_user=trainer)
        run_issuance_twice = services.issue_certificates([nhung], acting_user=trainer)
    assert run_issuance_twice.already == [certificate]
    [email] = mailoutbox
    assert email.to == [nhung.user.email]
    assert certificate.number in email.subject
    [(filename, data, mimetype)] = email.attachments
    assert data.startswith(b"%PDF-") and mimetype == "application/pdf"


def test_the_issued_email_reads_in_vietnamese_with_the_signed_pdf(authority, nhung, trainer):
    from django.template.loader import render_to_string

    from certificates.notifications import issued_email

    certificate = services.issue_certificate(nhung, acting_user=trainer).certificate
    email = issued_email(certificate, certificate.pdf.read())
    assert email["key"] == f"certificates.issued.{certificate.pk}"
    assert email["to"] == nhung.user.email
    [(filename, data, mimetype)] = email["attachments"]
    assert filename.endswith(".pdf") and data.startswith(b"%PDF-") and mimetype == "application/pdf"
    subject = render_to_string(email["template"] + ".subject.txt", email["context"])
    text = render_to_string(email["template"] + ".txt", email["context"])
    assert f"Giấy chứng nhận số {certificate.number} của bạn" in subject
    assert "Kính gửi anh/chị Nguyễn Thị Hồng Nhung," in text
    assert f"/chung-nhan/{certificate.code}/" in text


def test_a_bulk_run_reads_and_writes_per_batch_not_per_certificate(authority, trainer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from lms.outbox.models import OutboxMessage
    from tests.attendance.factories import confirmed_trainees
    from tests.certificates.conftest import attend_all, finished_session

    def queries_to_issue(count: int) -> int:
        session = finished_session(trainers=[trainer], days=2)
        enrolments = confirmed_trainees(session, count)
        attend_all(session, enrolments, by=trainer)
        with CaptureQueriesContext(connection) as captured:
            report = services.issue_certificates(enrolments, acting_user=trainer)
        assert len(report.issued) == count
        return len(captured.captured_queries)

    queries_to_issue(1)  # the year's counter row and the settings read once
    assert queries_to_issue(3) == queries_to_issue(12)  # one batch either way: the same statements
    numbers = sorted(Certificate.objects.values_list("sequence", flat=True))
    assert numbers == list(range(1, 17))
    assert OutboxMessage.objects.filter(key__startswith="certificates.issued.").count() == 16
