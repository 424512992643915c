"""PostgreSQL: the conditional UPDATE that claims a row lets exactly one of many concurrent senders through."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from lms.outbox.models import OutboxMessage
from lms.outbox.services import send_message
from lms.outbox.tasks import send_unsent_messages
from tests.conftest import requires_postgres
from tests.courses.test_concurrency import run_at_once

pytestmark = [requires_postgres, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _row(key: str, **fields) -> OutboxMessage:
    # Written directly: queue_email would send it at once here (no transaction to wait for).
    return OutboxMessage.objects.create(
        key=key, kind="test", to=f"{key}@example.vn", subject="Chủ đề", body_text="x", **fields
    )


def test_eight_workers_sending_one_row_at_once_send_it_once():
    message = _row("race")
    outcomes: list = []
    errors = run_at_once([lambda: outcomes.append(send_message(message.pk).outcome) for _ in range(8)])
    assert errors == []
    assert sorted(outcomes) == ["sent"] + ["skipped"] * 7
    assert len(mail.outbox) == 1
    message.refresh_from_db()
    assert (message.status, message.attempts) == ("sent", 1)


def test_the_periodic_job_and_the_task_at_once_send_once():
    rows = [_row(f"left{n}", due_at=timezone.now() - timedelta(hours=1)) for n in range(5)]
    targets = [send_unsent_messages, send_unsent_messages] + [
        lambda pk=message.pk: send_message(pk) for message in rows
    ]
    assert run_at_once(targets) == []
    assert sorted(message.to[0] for message in mail.outbox) == sorted(message.to for message in rows)
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {"sent"}
