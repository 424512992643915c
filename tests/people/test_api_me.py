"""GET /api/v1/me: who the caller is, by token or session; the cheapest authenticated call."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from lms.people.tokens import create_api_token
from tests.conftest import login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_me_by_token_names_the_account_and_its_roles(trainee, django_assert_max_num_queries):
    _, key = create_api_token(trainee, name="Thử")
    client = Client(HTTP_ACCEPT_LANGUAGE="vi")
    client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}")  # first use records last_used_at
    with django_assert_max_num_queries(2):  # the token with its owner, the owner's roles
        response = client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == trainee.pk and body["email"] == trainee.email
    assert body["full_name"] == "Nguyễn Thị Hồng Nhung" and body["given_name"] == "Nhung"
    assert body["roles"] == [{"name": settings.ROLE_TRAINEES, "label": "Học viên"}]


def test_me_by_session_and_refused_without_one(client, manager):
    assert client.get("/api/v1/me").status_code == 401
    body = login(client, manager).get("/api/v1/me").json()
    assert [role["name"] for role in body["roles"]] == [settings.ROLE_MANAGERS]


def test_me_refuses_a_token_whose_owner_is_no_longer_verified():
    person = UserFactory(roles=[settings.ROLE_TRAINEES])
    _, key = create_api_token(person, name="Thử")
    assert Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200
    person.emailaddress_set.update(verified=False)
    assert Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 401
