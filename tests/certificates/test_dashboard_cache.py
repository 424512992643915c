"""Certificates on a cached Góc học tập: issued in a batch (no post_save) or revoked, they show at once."""

from __future__ import annotations

import pytest

from certificates import services
from tests.conftest import login

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def test_a_batch_issuance_and_a_revocation_show_on_the_next_visit(
    client, authority, class_of_four, trainer, committed
):
    enrolment = class_of_four[0]
    login(client, enrolment.user)
    assert "Bạn chưa có giấy chứng nhận nào" in client.get("/hoc-tap-cua-toi/").content.decode()
    with committed():
        services.issue_certificates(class_of_four, acting_user=trainer)
    certificate = enrolment.certificates.get()
    html = client.get("/hoc-tap-cua-toi/").content.decode()
    assert certificate.number in html
    assert "Bạn chưa có giấy chứng nhận nào" not in html
    with committed():
        services.revoke_certificate(certificate, reason="Sai ngày sinh", acting_user=trainer)
    assert "<strong>đã thu hồi</strong>" in client.get("/hoc-tap-cua-toi/").content.decode()
