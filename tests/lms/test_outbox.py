"""The e-mail outbox: every e-mail is a row, sent once, retried when the mail server fails, never lost."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone

from lms.outbox import services
from lms.outbox.errors import AlreadySentError, NotAllowedError
from lms.outbox.models import OutboxMessage, OutboxStatus
from lms.outbox.services import queue_email, resend_message, send_message
from lms.outbox.tasks import send_outbox_message, send_unsent_messages
from tests.lms.mail_backends import FlakyBackend

pytestmark = pytest.mark.django_db

TEMPLATES_DIR = Path(__file__).parent / "templates"


@pytest.fixture(autouse=True)
def flaky(settings):
    settings.EMAIL_BACKEND = "tests.lms.mail_backends.FlakyBackend"
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [*engine["DIRS"], TEMPLATES_DIR]}]
    FlakyBackend.reset()
    yield FlakyBackend
    FlakyBackend.reset()


def queue(key: str = "test:1", to: str = "nhung@example.vn", template: str = "outbox_test/notice", **kwargs):
    return queue_email(key=key, to=to, template=template, context={"name": "Nhung"}, **kwargs)


def row(message: OutboxMessage) -> OutboxMessage:
    return OutboxMessage.objects.get(pk=message.pk)


def test_queued_in_the_transaction_rendered_once_and_sent_after_commit(django_capture_on_commit_callbacks):
    calendar = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        message = queue(attachments=[("lich.ics", calendar, "text/calendar")])
        again = queue(template="outbox_test/plain")  # the same key: the first row, nothing new
    assert again.pk == message.pk and len(callbacks) == 1
    assert (message.subject, message.kind, message.status) == (
        "Thông báo cho Nhung",
        "outbox_test/notice",
        "pending",
    )
    assert mail.outbox == []  # nothing leaves before the transaction commits
    for callback in callbacks:
        callback()
    [sent] = mail.outbox
    assert sent.to == ["nhung@example.vn"] and sent.subject == "Thông báo cho Nhung"
    assert "Xin chào Nhung" in sent.body and "Xin chào Nhung" in sent.alternatives[0][0]
    [(name, content, mimetype)] = sent.attachments
    assert (name, content.encode(), mimetype) == ("lich.ics", calendar, "text/calendar")
    assert (row(message).status, row(message).attempts) == ("sent", 1)
    assert row(message).sent_at is not None


def test_a_template_without_html_sends_text_only(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queue(template="outbox_test/plain")
    [sent] = mail.outbox
    assert (sent.subject, sent.body, sent.alternatives) == ("Chỉ văn bản", "Nội dung Nhung\n", [])


def test_the_mail_server_fails_twice_and_the_email_arrives_once(flaky, django_capture_on_commit_callbacks):
    flaky.failures = 2
    with django_capture_on_commit_callbacks(execute=True):
        message = queue()
    assert len(mail.outbox) == 1
    message = row(message)
    assert (message.status, message.attempts, message.last_error) == ("sent", 3, "")


def test_the_send_task_run_twice_sends_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        message = queue()
    assert send_outbox_message(message.pk) == "sent"
    assert send_outbox_message(message.pk) == "skipped"
    assert send_outbox_message(10**9) == "skipped"  # a row that is gone
    assert len(mail.outbox) == 1 and row(message).attempts == 1


def test_a_refused_recipient_fails_at_once_and_the_others_still_go(flaky, django_capture_on_commit_callbacks):
    flaky.refused = frozenset({"khong-ton-tai@example.vn"})
    with django_capture_on_commit_callbacks(execute=True):
        first = queue(key="chunk:1", to="a@example.vn")
        refused = queue(key="chunk:2", to="khong-ton-tai@example.vn")
        last = queue(key="chunk:3", to="c@example.vn")
    assert sorted(message.to[0] for message in mail.outbox) == ["a@example.vn", "c@example.vn"]
    assert (row(first).status, row(last).status) == ("sent", "sent")
    refused = row(refused)
    assert (refused.status, refused.attempts) == ("failed", 1)  # a 5xx refusal is not worth retrying
    assert "SMTPRecipientsRefused" in refused.last_error and "550" in refused.last_error


def test_attempts_are_bounded_then_the_email_shows_as_failed(
    flaky, settings, django_capture_on_commit_callbacks
):
    settings.OUTBOX_MAX_ATTEMPTS = 3
    flaky.failures = 100
    with django_capture_on_commit_callbacks(execute=True):
        message = queue()
    message = row(message)
    assert (message.status, message.attempts) == ("failed", 3)
    assert message.last_error == "SMTPServerDisconnected: Connection unexpectedly closed"
    assert mail.outbox == []
    # The periodic job leaves it alone: it has used its attempts; a person may resend it.
    OutboxMessage.objects.filter(pk=message.pk).update(due_at=timezone.now() - timedelta(days=1))
    assert send_unsent_messages() == 0


def test_a_failed_attempt_waits_longer_each_time_up_to_the_cap(flaky, settings):
    settings.OUTBOX_RETRY_BACKOFF_SECONDS, settings.OUTBOX_RETRY_BACKOFF_MAX_SECONDS = 60, 3600
    assert [services.retry_delay(n) for n in range(1, 9)] == [60, 120, 240, 480, 960, 1920, 3600, 3600]
    message = queue()
    flaky.failures = 1
    before = timezone.now()
    result = send_message(message.pk)
    assert (result.outcome, result.retry_in) == ("retry", 60)
    message = row(message)
    assert message.status == "pending" and message.due_at >= before + timedelta(seconds=60)


def test_the_periodic_job_sends_what_was_left_and_never_a_sent_row_again(
    settings, django_capture_on_commit_callbacks
):
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=False):  # as if the broker was down at commit
        left = queue(key="left")
        sent = queue(key="sent")
        failed_recently = queue(key="failed-recently")
        abandoned = queue(key="abandoned")
        abandoned_last = queue(key="abandoned-last-attempt")
    assert send_message(sent.pk).outcome == "sent"
    OutboxMessage.objects.filter(pk=left.pk).update(due_at=now - timedelta(minutes=10))
    OutboxMessage.objects.filter(pk=failed_recently.pk).update(attempts=1, due_at=now + timedelta(minutes=2))
    # Claimed by workers that died: the lease is over.
    OutboxMessage.objects.filter(pk=abandoned.pk).update(
        status="sending", attempts=1, due_at=now - timedelta(seconds=1)
    )
    OutboxMessage.objects.filter(pk=abandoned_last.pk).update(
        status="sending", attempts=settings.OUTBOX_MAX_ATTEMPTS, due_at=now - timedelta(seconds=1)
    )
    mail.outbox.clear()

    assert send_unsent_messages() == 2
    assert sorted(row(message).status for message in (left, abandoned)) == ["sent", "sent"]
    assert row(failed_recently).status == "pending"  # its own retry comes first
    assert row(abandoned_last).status == "failed" and row(abandoned_last).last_error
    assert row(sent).attempts == 1
    assert send_unsent_messages() == 0  # run twice: nothing more
    assert len(mail.outbox) == 2


def test_a_cancelled_email_is_never_sent(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        message = queue()
        assert services.cancel_messages(keys=[message.key, "unknown"]) == 1
    assert mail.outbox == [] and row(message).status == "cancelled"
    OutboxMessage.objects.filter(pk=message.pk).update(due_at=timezone.now() - timedelta(days=1))
    assert send_unsent_messages() == 0


def test_a_manager_resends_a_failed_email_never_a_sent_one(
    flaky, manager, trainer, django_capture_on_commit_callbacks
):
    flaky.refused = frozenset({"a@example.vn"})
    with django_capture_on_commit_callbacks(execute=True):
        message = queue(to="a@example.vn")
    assert row(message).status == "failed"
    with pytest.raises(NotAllowedError):
        resend_message(message, acting_user=trainer)
    flaky.refused = frozenset()  # the address was fixed on the server side
    with django_capture_on_commit_callbacks(execute=True):
        resent = resend_message(message, acting_user=manager)
    assert resent.status == "pending"
    assert (row(message).status, row(message).attempts) == ("sent", 1)
    with pytest.raises(AlreadySentError):
        resend_message(message, acting_user=manager)
    assert len(mail.outbox) == 1


def test_resend_every_failed_email(flaky, manager, settings, django_capture_on_commit_callbacks):
    settings.OUTBOX_MAX_ATTEMPTS = 2
    flaky.failures = 4  # a mail-server outage longer than the attempts
    with django_capture_on_commit_callbacks(execute=True):
        first, second = queue(key="outage:1"), queue(key="outage:2")
    assert OutboxMessage.objects.filter(status=OutboxStatus.FAILED).count() == 2
    with django_capture_on_commit_callbacks(execute=True):
        assert services.resend_failed_messages(acting_user=manager) == 2
    assert (row(first).status, row(second).status) == ("sent", "sent")
    assert len(mail.outbox) == 2
