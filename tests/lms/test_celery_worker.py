"""Tasks run through a real broker and worker (Redis in CI): queued after commit, serialised by id, retried."""

import time
import unicodedata

import pytest
from django.core import mail

from cms_site.models import HomePage
from handbook.models import HandbookEdition
from lms.outbox.models import OutboxMessage
from lms.outbox.services import queue_rendered_email
from tests.handbook.factories import BookFactory, ChapterFactory
from tests.lms.mail_backends import FlakyBackend
from tests.pdfs import pdf_text


def _pdf_text(edition: HandbookEdition) -> str:
    with edition.file.open("rb") as handle:
        return unicodedata.normalize("NFC", pdf_text(handle.read(), sep=" "))


@pytest.mark.django_db(transaction=True)
def test_publishing_a_handbook_page_builds_the_pdf_on_a_real_worker(real_celery_worker):
    book = BookFactory(parent=HomePage.objects.get())
    ChapterFactory(parent=book, title="Chương về người phát ngôn")
    deadline = time.monotonic() + 90
    text = ""
    while time.monotonic() < deadline:
        edition = HandbookEdition.objects.filter(book=book, status="ready").order_by("-finished_at").first()
        if edition is not None:
            text = _pdf_text(edition)
            if "Chương về người phát ngôn" in text:
                break
        time.sleep(0.5)
    assert "Chương về người phát ngôn" in text, list(HandbookEdition.objects.values("status", "error"))


@pytest.mark.django_db(transaction=True)
def test_an_email_retried_by_the_worker_after_two_mail_server_failures_arrives_once(
    real_celery_worker, settings
):
    settings.EMAIL_BACKEND = "tests.lms.mail_backends.FlakyBackend"
    settings.OUTBOX_RETRY_BACKOFF_SECONDS = 1
    FlakyBackend.failures = 2
    try:
        message = queue_rendered_email(
            key="worker:1", to="nhung@example.vn", kind="test", subject="Thư thử", body_text="Xin chào"
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and OutboxMessage.objects.get(pk=message.pk).status != "sent":
            time.sleep(0.2)
    finally:
        FlakyBackend.reset()
    message.refresh_from_db()
    assert (message.status, message.attempts) == ("sent", 3), message.last_error
    assert [m.subject for m in mail.outbox] == ["Thư thử"]
