"""A focal point's public pages: their unit's invitations, nominate an account or a new person, withdraw,
replace; another unit's ids are not found; the invitation e-mail goes through the outbox once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrolment, EnrolmentStatus
from courses.nominations import follow_up, services
from courses.nominations.models import Nomination, NominationStatus
from lms.outbox.models import OutboxMessage
from lms.people.models import User
from tests.conftest import login
from tests.nominations.conftest import NEWCOMER, make_invitation, staff_of

pytestmark = pytest.mark.django_db


def test_home_lists_the_units_invitations_with_quota_used_and_left(client, focal, invitation, unit):
    [person] = staff_of(unit, 1)
    services.nominate_person(invitation, person, acting_user=focal)
    login(client, focal)
    page = client.get("/don-vi/de-cu/").content.decode()
    assert invitation.session.code in page
    assert "<td>2</td>" in page and "<td>1</td>" in page
    detail = client.get(reverse("nominations:invitation", args=[invitation.pk])).content.decode()
    assert "Đã cử 1/2 người, còn 1" in detail
    assert person.full_name in detail


def test_anonymous_is_sent_to_sign_in_and_others_are_refused(client, trainee):
    assert client.get("/don-vi/de-cu/").status_code == 302
    login(client, trainee)
    response = client.get("/don-vi/de-cu/")
    assert response.status_code == 403
    assert "chưa là cán bộ đầu mối" in response.content.decode()


def test_another_units_ids_are_not_found(client, focal, other_focal, nomination_session, other_unit):
    theirs = make_invitation(nomination_session, other_unit)
    [their_person] = staff_of(other_unit, 1)
    nomination = services.nominate_person(theirs, their_person, acting_user=other_focal)
    login(client, focal)
    assert client.get(reverse("nominations:invitation", args=[theirs.pk])).status_code == 404
    assert (
        client.post(
            reverse("nominations:nominate", args=[theirs.pk]), {"person": their_person.pk}
        ).status_code
        == 404
    )
    assert client.post(reverse("nominations:withdraw", args=[nomination.pk])).status_code == 404
    assert client.post(reverse("nominations:replace", args=[nomination.pk]), {"person": 1}).status_code == 404
    assert Enrolment.objects.get(user=their_person).status == EnrolmentStatus.CONFIRMED


def test_nominating_someone_of_another_unit_is_refused_in_words(client, focal, invitation, other_unit):
    [stranger] = staff_of(other_unit, 1)
    login(client, focal)
    response = client.post(
        reverse("nominations:nominate", args=[invitation.pk]), {"person": stranger.pk}, follow=True
    )
    assert "không thuộc" in response.content.decode()
    assert not Enrolment.objects.exists()


def test_nominate_withdraw_and_replace_through_the_pages(client, focal, invitation, unit):
    people = staff_of(unit, 2)
    login(client, focal)
    response = client.post(
        reverse("nominations:nominate", args=[invitation.pk]), {"person": people[0].pk}, follow=True
    )
    assert f"Đã cử {people[0].full_name}" in response.content.decode()
    nomination = Nomination.objects.get(user=people[0])
    response = client.post(
        reverse("nominations:replace", args=[nomination.pk]), {"person": people[1].pk}, follow=True
    )
    assert "Đã thay" in response.content.decode()
    replacement = Nomination.objects.get(user=people[1], status=NominationStatus.ACTIVE)
    client.post(reverse("nominations:withdraw", args=[replacement.pk]))
    assert not Enrolment.objects.filter(status__in=["confirmed", "waitlisted"]).exists()


def test_a_new_person_gets_an_account_of_the_unit_and_an_activation_email(
    client, focal, invitation, unit, django_capture_on_commit_callbacks
):
    login(client, focal)
    with django_capture_on_commit_callbacks(execute=True):  # the request commits: the e-mail is queued
        response = client.post(
            reverse("nominations:nominate_new", args=[invitation.pk]),
            {**NEWCOMER, "email": "Thu.Ha@LaoCai.gov.vn"},  # the address is stored in lower case
            follow=True,
        )
    assert "kích hoạt tài khoản" in response.content.decode()
    person = User.objects.get(email="thu.ha@laocai.gov.vn")
    assert person.organisation == unit
    assert person.full_name == "Hoàng Thị Thu Hà"
    assert not person.has_usable_password()
    assert Enrolment.objects.get(user=person).status == EnrolmentStatus.CONFIRMED
    message = OutboxMessage.objects.get(to="thu.ha@laocai.gov.vn")
    assert "/tai-khoan/" in message.body_text


def test_a_refused_new_person_leaves_no_account(client, focal, nomination_session, unit):
    invitation = make_invitation(nomination_session, unit, quota=1)
    [person] = staff_of(unit, 1)
    services.nominate_person(invitation, person, acting_user=focal)
    login(client, focal)
    response = client.post(
        reverse("nominations:nominate_new", args=[invitation.pk]),
        {"family_name": "Lê", "given_name": "Nam", "email": "nam@laocai.gov.vn", "trainee_category": "other"},
    )
    assert response.status_code == 400
    assert "đã cử đủ 1 người" in response.content.decode()
    assert not User.objects.filter(email="nam@laocai.gov.vn").exists()


def test_focal_points_get_the_invitation_email_once(
    manager, nomination_session, unit, focal, letter_authority
):
    deadline = timezone.now() + timedelta(days=5)
    services.invite_organisations(nomination_session, [unit], quota=2, deadline=deadline, acting_user=manager)
    services.invite_organisations(nomination_session, [unit], quota=2, deadline=deadline, acting_user=manager)
    [message] = OutboxMessage.objects.filter(to=focal.email)
    assert "/don-vi/de-cu/" in message.body_text
    assert "cử tối đa 2 cán bộ" in message.body_text
    # A focal point appointed later gets it too, once.
    [late] = staff_of(unit, 1)
    services.appoint_focal_point(unit, late, acting_user=manager)
    services.appoint_focal_point(unit, late, acting_user=manager)
    assert OutboxMessage.objects.filter(to=late.email).count() == 1


def test_a_unit_declines_only_without_nominees(client, focal, invitation, unit):
    from courses.nominations.models import InvitationStatus

    nomination = services.nominate_person(invitation, staff_of(unit, 1)[0], acting_user=focal)
    login(client, focal)
    response = client.post(reverse("nominations:decline", args=[invitation.pk]), follow=True)
    assert "rút tên các cán bộ đã cử trước" in response.content.decode()
    services.withdraw_nomination(nomination, acting_user=focal)
    response = client.post(reverse("nominations:decline", args=[invitation.pk]), follow=True)
    assert "Đơn vị đã từ chối" in response.content.decode()
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.DECLINED
    [row] = follow_up.session_follow_up(invitation.session_id)
    assert row.follow_up == "declined"
