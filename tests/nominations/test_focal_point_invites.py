"""Programme managers make a focal point by e-mail: an account of the unit is appointed; someone without an
account gets one of the unit with an activation e-mail and is the focal point at once (and gets the unit's
open invitations); a refusal leaves no account; the link to /don-vi/de-cu/ shows for focal points only."""

from __future__ import annotations

import pytest
from django.urls import reverse

from courses.errors import NotAllowedError
from courses.nominations import services
from courses.nominations.errors import WrongOrganisationError
from courses.nominations.models import FocalPoint
from lms.outbox.models import OutboxMessage
from lms.people.models import User
from tests.conftest import login
from tests.nominations.conftest import staff_of

pytestmark = pytest.mark.django_db


def test_someone_new_gets_an_account_of_the_unit_and_the_role_at_once(
    manager, unit, invitation, letter_authority
):
    focal_point = services.invite_focal_point(
        unit,
        email=" Nam.Le@LaoCai.gov.vn ",
        family_name="Lê",
        middle_name="Văn",
        given_name="Nam",
        acting_user=manager,
    )
    person = User.objects.get(email="nam.le@laocai.gov.vn")
    assert focal_point.user == person and focal_point.organisation == unit
    assert person.organisation == unit and person.full_name == "Lê Văn Nam"
    assert not person.has_usable_password()
    activation = OutboxMessage.objects.get(key=f"nominations.focal_point_activation.{person.pk}")
    assert "/tai-khoan/" in activation.body_text and "cán bộ đầu mối" in activation.subject
    # The unit's open invitation follows, with its letter.
    [letter_mail] = OutboxMessage.objects.filter(to=person.email, key__startswith="nominations.invitation.")
    assert letter_mail.attachment_files()
    # Again: no second account, no second e-mail.
    services.invite_focal_point(unit, email="nam.le@laocai.gov.vn", acting_user=manager)
    assert OutboxMessage.objects.filter(to=person.email).count() == 2
    assert FocalPoint.objects.filter(user=person).count() == 1


def test_an_existing_account_of_another_unit_is_refused(manager, unit, other_unit):
    [stranger] = staff_of(other_unit, 1)
    with pytest.raises(WrongOrganisationError):
        services.invite_focal_point(unit, email=stranger.email, acting_user=manager)
    assert not FocalPoint.objects.exists()


def test_only_programme_managers_invite_focal_points(trainer, unit):
    with pytest.raises(NotAllowedError):
        services.invite_focal_point(
            unit, email="x@laocai.gov.vn", family_name="Lê", given_name="X", acting_user=trainer
        )
    assert not User.objects.filter(email="x@laocai.gov.vn").exists()


def test_the_admin_form_asks_for_the_name_of_someone_without_an_account(client, manager, unit):
    login(client, manager)
    url = reverse("nominations_focal_points")
    response = client.post(url, {"organisation": unit.pk, "email": "moi@laocai.gov.vn"})
    assert "hãy nhập họ tên" in response.content.decode()
    assert not User.objects.filter(email="moi@laocai.gov.vn").exists()
    response = client.post(
        url,
        {"organisation": unit.pk, "email": "moi@laocai.gov.vn", "family_name": "Đỗ", "given_name": "Mai"},
        follow=True,
    )
    assert response.status_code == 200
    assert FocalPoint.objects.get().user.email == "moi@laocai.gov.vn"
    assert "moi@laocai.gov.vn" in response.content.decode()


def test_the_header_links_focal_points_to_their_units_nominations(client, focal, trainee):
    login(client, focal)
    assert 'href="/don-vi/de-cu/"' in client.get(reverse("courses:my_learning")).content.decode()
    login(client, trainee)
    assert 'href="/don-vi/de-cu/"' not in client.get(reverse("courses:my_learning")).content.decode()


def test_the_header_link_follows_the_focal_point_role_with_the_page_cache_on(
    client, unit, trainee, settings, fresh_cache, django_capture_on_commit_callbacks
):
    """The header remembers who is a focal point (no query a page) until the role is given or taken."""
    settings.PAGE_CACHE_SECONDS = 300
    login(client, trainee)
    assert 'href="/don-vi/de-cu/"' not in client.get(reverse("courses:my_learning")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        role = FocalPoint.objects.create(organisation=unit, user=trainee)
    assert 'href="/don-vi/de-cu/"' in client.get(reverse("courses:my_learning")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        role.delete()
    assert 'href="/don-vi/de-cu/"' not in client.get(reverse("courses:my_learning")).content.decode()
