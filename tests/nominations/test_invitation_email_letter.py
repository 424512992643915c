"""The invitation e-mail carries the unit's signed letter, queued in the invitation's transaction, once; no
letter can be made (no issuing body) and the invitation is refused in words, leaving nothing behind."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.db import transaction
from django.utils import timezone

from courses.nominations import services
from courses.nominations.errors import LetterNotConfiguredError
from courses.nominations.models import Invitation
from lms.outbox.models import OutboxMessage
from lms.pdf import check_pdf_signature
from lms.signatures import DEMO_CERT_NAME
from tests.nominations.conftest import staff_of
from tests.pdfs import pdf_text

pytestmark = pytest.mark.django_db


def invite(session, units, manager, **kwargs):
    return services.invite_organisations(
        session, units, quota=2, deadline=timezone.now() + timedelta(days=5), acting_user=manager, **kwargs
    )


def test_each_focal_point_gets_the_units_signed_letter_once(
    manager, nomination_session, unit, focal, letter_authority, settings
):
    [second_focal] = staff_of(unit, 1)
    services.appoint_focal_point(unit, second_focal, acting_user=manager)
    invite(nomination_session, [unit], manager)
    invite(nomination_session, [unit], manager)
    messages = list(OutboxMessage.objects.filter(key__startswith="nominations.invitation."))
    assert sorted(message.to for message in messages) == sorted([focal.email, second_focal.email])
    for message in messages:
        [(name, pdf, mimetype)] = message.attachment_files()
        assert mimetype == "application/pdf" and name.endswith(".pdf")
        text = pdf_text(pdf, sep=" ").split()
        assert "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai" in " ".join(text)
        cert = (Path(settings.CERTIFICATE_DEMO_KEY_DIR) / DEMO_CERT_NAME).read_bytes()
        check = check_pdf_signature(pdf, trusted_certificates=[cert])
        assert check.signed and check.intact and check.covers_whole_file
        assert "Giấy mời có chữ ký số được gửi kèm thư này" in message.body_text


def test_the_email_is_queued_with_the_invitation_and_rolled_back_with_it(
    manager, nomination_session, unit, focal, letter_authority
):
    with pytest.raises(RuntimeError), transaction.atomic():
        invite(nomination_session, [unit], manager)
        assert OutboxMessage.objects.filter(to=focal.email).count() == 1
        raise RuntimeError("the organiser's request failed later")
    assert not Invitation.objects.exists()
    assert not OutboxMessage.objects.exists()


def test_without_an_issuing_body_the_invitation_is_refused(manager, nomination_session, unit, focal):
    with pytest.raises(LetterNotConfiguredError) as excinfo:
        invite(nomination_session, [unit], manager)
    assert "chưa có cơ quan ban hành" in excinfo.value.message
    assert not Invitation.objects.exists()
    assert not OutboxMessage.objects.exists()


def test_units_without_focal_points_need_no_letter_yet(manager, nomination_session, other_unit):
    # No e-mail is owed, so no letter is made: the invitation goes through without letter settings.
    [invitation] = invite(nomination_session, [other_unit], manager)
    assert invitation.pk and not OutboxMessage.objects.exists()
