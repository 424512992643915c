"""The outbox in the admin: managers see failed e-mails with their error and resend them; others may not."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from lms.outbox.models import OutboxStatus
from lms.outbox.services import queue_rendered_email
from lms.outbox.tasks import send_outbox_message
from tests.conftest import login
from tests.factories import OutboxMessageFactory
from tests.lms.mail_backends import FlakyBackend

pytestmark = pytest.mark.django_db

ERROR = "SMTPRecipientsRefused: {'khong-ton-tai@example.vn': (550, b'5.1.1 User unknown')}"


@pytest.fixture
def failed():
    return OutboxMessageFactory(
        to="khong-ton-tai@example.vn",
        subject="Xác nhận chỗ học K1/2026",
        body_text="Liên kết bí mật: https://example.vn/password/reset/key/abc",
        status=OutboxStatus.FAILED,
        attempts=1,
        last_error=ERROR,
    )


@pytest.fixture
def sent():
    return OutboxMessageFactory(
        subject="Đặt lại mật khẩu", status=OutboxStatus.SENT, attempts=1, sent_at=timezone.now()
    )


def test_a_manager_sees_failed_emails_with_their_error(client, manager, failed, sent):
    login(client, manager)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '"label": "H\\u1ed9p th\\u01b0 \\u0111i"' in home and '"url": "/admin/outbox/"' in home  # menu
    html = client.get(reverse("outbox:index"), {"status": "failed"}).content.decode()
    assert "Xác nhận chỗ học K1/2026" in html and "khong-ton-tai@example.vn" in html
    assert "5.1.1 User unknown" in html and "Gửi lỗi" in html
    assert "Lỗi gần nhất" in html and "Người nhận" in html and "Trạng thái" in html
    assert "Đặt lại mật khẩu" not in html  # filtered out: it was sent
    assert "password/reset/key" not in html  # bodies are never shown: they may hold one-time links
    assert "Đặt lại mật khẩu" in client.get(reverse("outbox:index"), {"status": "sent"}).content.decode()
    inspect = client.get(reverse("outbox:inspect", args=[failed.pk])).content.decode()
    assert "5.1.1 User unknown" in inspect and "password/reset/key" not in inspect
    assert reverse("outbox:resend", args=[failed.pk]) in inspect
    # Rows are written by the services only.
    assert client.get(f"/admin/outbox/edit/{failed.pk}/").status_code == 404
    assert client.get("/admin/outbox/new/").status_code == 404


@pytest.mark.parametrize("persona", ["trainer", "editor", "trainee"])
def test_others_may_not_see_or_resend(client, request, persona, failed):
    user = request.getfixturevalue(persona)
    login(client, user)
    assert "/admin/outbox/" not in client.get(reverse("wagtailadmin_home")).content.decode()
    for url in (
        reverse("outbox:index"),
        reverse("outbox:inspect", args=[failed.pk]),
        reverse("outbox:resend", args=[failed.pk]),
    ):
        response = client.get(url)
        assert response.status_code in {302, 403}, url
        assert "5.1.1" not in response.content.decode()
    assert client.post(reverse("outbox:resend", args=[failed.pk])).status_code in {302, 403}
    assert client.post(reverse("outbox:resend_failed")).status_code in {302, 403}
    failed.refresh_from_db()
    assert failed.status == "failed" and mail.outbox == []


def test_a_trainer_is_turned_away_with_a_message(client, trainer, failed):
    response = login(client, trainer).get(reverse("outbox:index"), follow=True)
    assert response.redirect_chain == [(reverse("wagtailadmin_home"), 302)]
    html = response.content.decode()
    assert "Bạn không có quyền truy cập vào khu vực này." in html and "khong-ton-tai@example.vn" not in html


def test_a_manager_resends_from_the_admin(client, manager, failed, sent, django_capture_on_commit_callbacks):
    login(client, manager)
    page = client.get(reverse("outbox:resend", args=[failed.pk])).content.decode()
    assert "Gửi lại ngay thư" in page and "5.1.1 User unknown" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("outbox:resend", args=[failed.pk]), follow=True)
    assert "đang được gửi lại" in response.content.decode()
    failed.refresh_from_db()
    assert (failed.status, failed.attempts) == ("sent", 1)
    [message] = mail.outbox
    assert message.to == ["khong-ton-tai@example.vn"]
    # A sent e-mail is never sent again: the admin says so, nothing leaves.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("outbox:resend", args=[sent.pk]), follow=True)
    assert "không bao giờ được gửi hai lần" in response.content.decode()
    assert len(mail.outbox) == 1


def test_resend_every_failed_email_from_the_list(client, manager, failed, django_capture_on_commit_callbacks):
    login(client, manager)
    assert reverse("outbox:resend_failed") in client.get(reverse("outbox:index")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("outbox:resend_failed"), follow=True)
    assert "1 thư đang được gửi lại" in response.content.decode()
    assert len(mail.outbox) == 1
    assert reverse("outbox:resend_failed") not in client.get(reverse("outbox:index")).content.decode()


def test_the_error_of_a_real_failure_is_what_managers_read(settings, client, manager):
    settings.EMAIL_BACKEND = "tests.lms.mail_backends.FlakyBackend"
    FlakyBackend.refused = frozenset({"sai@example.vn"})
    try:
        message = queue_rendered_email(
            key="k", to="sai@example.vn", kind="test", subject="Chủ đề", body_text="x"
        )
        assert send_outbox_message(message.pk) == "failed"
    finally:
        FlakyBackend.reset()
    html = login(client, manager).get(reverse("outbox:index")).content.decode()
    assert "SMTPRecipientsRefused" in html and "User unknown" in html
