"""One login path (allauth's) and a verified e-mail for every way in: form, admin, API token, session API."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.test import Client
from django.urls import reverse
from wagtail.models import APIToken

from courses.models import Enrolment
from lms.people.tokens import EmailNotVerifiedError, create_api_token
from tests.conftest import login
from tests.courses.conftest import catalogue, make_course, make_session  # noqa: F401 - fixture
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN_URL = "/tai-khoan/login/"


@pytest.fixture
def unverified(db):
    """A new sign-up whose e-mail is not verified (allauth stores the address unverified)."""
    user = UserFactory(roles=[settings.ROLE_TRAINEES], email_verified=False, email="moi@example.vn")
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    return user


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_admin_login_page_sends_people_to_the_site_login(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"{LOGIN_URL}?next=/admin/pages/"
    # Another site's address is not followed.
    response = client.get("/admin/login/?next=https://example.invalid/")
    assert response["Location"] == f"{LOGIN_URL}?next=/admin/"


def test_the_admin_sends_anonymous_visitors_to_the_site_login(client):
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(f"{LOGIN_URL}?next=")


def test_post_to_admin_login_authenticates_nobody(client, unverified, superuser):
    for user in (unverified, superuser):
        response = client.post("/admin/login/", {"username": user.email, "password": PASSWORD})
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN_URL)
        assert not _signed_in(client)
    assert client.get("/admin/").status_code == 302


def test_the_site_login_refuses_an_unverified_address(client, unverified):
    response = client.post(LOGIN_URL, {"login": unverified.email, "password": PASSWORD})
    assert "confirm-email" in response["Location"]
    assert not _signed_in(client)


def test_wagtail_password_reset_and_account_email_change_are_off(client, trainer):
    assert client.get("/admin/password_reset/").status_code == 404
    login(client, trainer)
    html = client.get("/admin/account/").content.decode()
    assert 'name="email-email"' not in html and 'name="password-old_password"' not in html


def test_a_session_of_an_unverified_account_is_ended(client, unverified):
    """A session opened before verification (e.g. through the old admin form) lets nothing through."""
    login(client, unverified)
    response = client.get(reverse("people:profile"))
    assert response.status_code == 302 and response["Location"].startswith(LOGIN_URL)
    assert not _signed_in(client)


def test_the_session_api_refuses_an_unverified_account(client, unverified, catalogue):  # noqa: F811
    session = make_session(make_course(catalogue))
    login(client, unverified)
    assert client.post(f"/api/v1/sessions/{session.pk}/enrol").status_code == 401
    assert client.get("/api/v1/me/enrolments/").status_code == 401
    assert not Enrolment.objects.exists()


def test_the_token_page_refuses_an_unverified_account(client, unverified):
    login(client, unverified)
    response = client.post("/tai-khoan/ma-api/", {"action": "create", "name": "Bot"})
    assert response.status_code == 302 and response["Location"].startswith(LOGIN_URL)
    assert not APIToken.objects.exists()
    with pytest.raises(EmailNotVerifiedError):
        create_api_token(unverified, name="Bot")
    assert not APIToken.objects.exists()


def test_a_token_of_an_unverified_account_lets_nothing_through(unverified, catalogue):  # noqa: F811
    session = make_session(make_course(catalogue))
    _token, key = APIToken.create_token(user=unverified, name="made before the rule")
    response = Client().post(f"/api/v1/sessions/{session.pk}/enrol", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 401
    assert not Enrolment.objects.exists()


def test_the_quiz_api_refuses_a_token_of_an_unverified_account(unverified, catalogue):  # noqa: F811
    from courses.quizzes.models import QuizAttempt
    from tests.quizzes.conftest import make_quiz

    quiz = make_quiz(make_course(catalogue), is_practice=True)
    _token, key = APIToken.create_token(user=unverified, name="made before the rule")
    response = Client().post(f"/api/v1/quizzes/{quiz.pk}/attempts", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 401
    assert not QuizAttempt.objects.exists()


def test_verified_accounts_keep_every_way_in(client, trainee, catalogue):  # noqa: F811
    session = make_session(make_course(catalogue))
    response = client.post(LOGIN_URL, {"login": trainee.email, "password": PASSWORD})
    assert response.status_code == 302 and _signed_in(client)
    assert client.get(reverse("people:profile")).status_code == 200
    assert client.post(f"/api/v1/sessions/{session.pk}/enrol").status_code == 201
    response = client.post("/tai-khoan/ma-api/", {"action": "create", "name": "Bot"})
    assert response.status_code == 200 and response.context["new_key"]


def test_with_optional_verification_an_unverified_account_may_sign_in(client, unverified, settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "optional"
    login(client, unverified)
    assert client.get(reverse("people:profile")).status_code == 200


def test_signing_in_from_the_admin_comes_back_to_the_admin(client, superuser):
    location = client.get("/admin/pages/")["Location"]
    response = client.post(location, {"login": superuser.email, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
