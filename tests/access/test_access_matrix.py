"""Issue 17's access matrix: every URL of the project × every role → the expected status (tests/access/rows.py).

A URL without a row fails `test_every_url_has_a_row`; Django's, Wagtail's and allauth's own URLs are left out
by name (IGNORED), each prefix with its reason.
"""

from __future__ import annotations

import json
import os

import pytest
from django.core.cache import cache
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.access.rows import DENIED, LOGIN, ROWS
from tests.access.world import ROLES
from tests.pdfs import pdf_text

pytestmark = pytest.mark.django_db

# URL names from the frameworks, not from our apps: their access is the framework's, tested upstream.
IGNORED_PREFIXES = (
    "wagtail",  # Wagtail's admin, pages, images, documents, snippets, settings, users (ours are named below)
    "account_",  # allauth's sign-in, sign-up, password and e-mail pages
)
IGNORED = {
    "set_language",  # Django's language switch (POST, open to everyone)
    "javascript-catalog",  # Django's JavaScript translations
    "admin/test404/",  # Wagtail's 404 test page
    "admin/^.*/$",  # Wagtail admin's catch-all "not found"
}
# Wagtail URL names whose views are ours (a viewset of our apps replaces Wagtail's): they need a row.
OURS_DESPITE_PREFIX = {"wagtailusers_groups:index", "wagtailusers_groups:index_results"}


def project_urls() -> dict[str, str]:
    """{name or route: view module} for every URL pattern, namespaces included."""
    found: dict[str, str] = {}

    def walk(resolver, prefix: str, namespace: str | None) -> None:
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                walk(pattern, prefix + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                if pattern.name:
                    key = f"{namespace}:{pattern.name}" if namespace else pattern.name
                else:
                    key = prefix + str(pattern.pattern)
                found.setdefault(key, getattr(pattern.callback, "__module__", ""))

    walk(get_resolver(), "", None)
    return found


def needs_row(key: str, module: str) -> bool:
    if key in OURS_DESPITE_PREFIX:
        return True
    if key in IGNORED or key.startswith(IGNORED_PREFIXES):
        return False
    return not module.startswith(("django.contrib.admindocs",))


def test_every_url_has_a_row():
    missing = sorted(
        key for key, module in project_urls().items() if needs_row(key, module) and key not in ROWS
    )
    assert not missing, f"URLs without a row in tests/access/rows.py: {missing}"
    stale = sorted(set(ROWS) - set(project_urls()))
    assert not stale, f"rows for URLs that no longer exist: {stale}"


def url_of(key: str, world) -> str:
    row = ROWS[key]
    if "/" in key:
        return "/" + key
    return reverse(key, kwargs=row.args(world))


def outcome(response) -> int | str:
    if response.status_code == 302 and "login" in response["Location"]:
        return LOGIN
    if response.status_code == 302 and response["Location"] == "/admin/":
        return DENIED  # Wagtail's "Sorry, you do not have permission to access this area."
    return response.status_code


def request_as(world, role: str, key: str):
    row = ROWS[key]
    client = world.clients[role]
    url = url_of(key, world)
    data = row.data(world) if row.data else (row.query or {})
    extra = {"content_type": "application/json"} if row.json else {}
    cache.clear()
    # Each request in its own savepoint, rolled back: a write by one role never changes what the next sees.
    with transaction.atomic():
        response = getattr(client, row.method)(url, data, **extra)
        transaction.set_rollback(True)
    return response


@pytest.mark.parametrize("key", sorted(ROWS))
def test_access(world, key):
    row = ROWS[key]
    actual = {role: outcome(request_as(world, role, key)) for role in ROLES}
    if os.environ.get("ACCESS_DISCOVER"):
        with open(os.environ["ACCESS_DISCOVER"], "a") as out:
            out.write(json.dumps({"key": key, "method": row.method, **actual}) + "\n")
        return
    wrong = {
        role: f"expected {row.expected[role]}, got {actual[role]}"
        for role in ROLES
        if actual[role] != row.expected[role]
    }
    assert not wrong, f"{row.method.upper()} {url_of(key, world)}: {wrong}"


# --- What a page shows, beyond its status: one person's objects never reach another. ---------------------


def page(world, role: str, url: str, **query) -> str:
    response = world.clients[role].get(url, query)
    assert response.status_code == 200, (role, url, response.status_code)
    return response.content.decode()


def marks_of(world, role: str) -> list[str]:
    """Strings only this trainee's pages may show: their e-mail, certificate code and number."""
    certificate = world.certificate if role == "trainee" else world.other_certificate
    return [world.users[role].email, certificate.code, certificate.number]


@pytest.mark.parametrize(
    "url",
    [
        "courses:my_learning",
        "people:profile",
        "people:api_tokens",
        "reports:my_training_record",
    ],
)
def test_a_trainee_sees_nothing_of_another_on_their_own_pages(world, url):
    for role, other in (("trainee", "other_trainee"), ("other_trainee", "trainee")):
        html = page(world, role, reverse(url))
        leaked = [mark for mark in marks_of(world, other) if mark in html]
        assert not leaked, (role, url, leaked)


def test_a_trainee_s_training_record_pdf_and_calendar_hold_only_their_own(world):
    response = world.clients["other_trainee"].get(reverse("reports:my_training_record_pdf"))
    text = pdf_text(response.content, sep="")
    assert world.certificate.number not in text
    assert world.other_certificate.number in text
    calendar = page(world, "other_trainee", reverse("courses:session_calendar", args=[world.session.pk]))
    assert world.users["trainee"].email not in calendar
    assert world.users["trainee"].given_name not in calendar


def test_the_api_lists_only_the_caller_s_enrolments(world):
    ids = {item["id"] for item in world.clients["other_trainee"].get(reverse("api-v1:my_enrolments")).json()}
    assert world.other_enrolment.pk in ids
    assert world.enrolment.pk not in ids


def test_another_trainee_s_attempt_and_certificate_are_not_found(world):
    client = world.clients["other_trainee"]
    assert client.get(reverse("quizzes:attempt_review", args=[world.attempt.pk])).status_code == 404
    assert client.get(reverse("api-v1:quizzes_attempt", args=[world.attempt.pk])).status_code == 404
    assert client.get(reverse("certificates:download", args=[world.certificate.pk])).status_code == 404
    # The public verification page confirms a certificate without its holder's private data.
    html = page(world, "other_trainee", reverse("certificates:verify", args=[world.certificate.code]))
    assert world.users["trainee"].email not in html
    api = client.get(reverse("api-v1:verify_certificate", args=[world.certificate.code])).content.decode()
    assert world.users["trainee"].email not in api


def test_a_focal_point_sees_only_their_own_unit_s_nominees(world):
    for role, own, other in (
        ("focal", world.nominee, world.other_nominee),
        ("other_focal", world.other_nominee, world.nominee),
    ):
        invitation = world.invitation if role == "focal" else world.other_invitation
        for url in (reverse("nominations:home"), reverse("nominations:invitation", args=[invitation.pk])):
            html = page(world, role, url)
            if "de-cu/" + str(invitation.pk) in url:
                assert own.get_full_name() in html, (role, url)
            assert other.email not in html, (role, url)
            assert other.get_full_name() not in html, (role, url)
    # Another unit's invitation, letter and nominees are "not found".
    client = world.clients["focal"]
    assert client.get(reverse("nominations:invitation", args=[world.other_invitation.pk])).status_code == 404
    assert client.get(reverse("nominations:letter", args=[world.other_invitation.pk])).status_code == 404
    assert client.post(reverse("nominations:withdraw", args=[world.other_nomination.pk])).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "attendance_sessions",
        "certificates_sessions",
        "nominations_sessions",
        "sessions:index",
        "quiz_results:index",
        "reports_training_records",
    ],
)
def test_staff_lists_show_only_the_sessions_and_people_one_may_see(world, url):
    codes = [world.session.code, world.finished.code, world.nomination_session.code]
    for role in ("other_trainer", "editor"):
        response = world.clients[role].get(reverse(url), {"q": "Nguyễn"})
        if response.status_code != 200:
            continue
        html = response.content.decode()
        leaked = [code for code in codes if code in html]
        assert not leaked, (role, url, leaked)
        assert world.users["trainee"].email not in html, (role, url)
    html = page(world, "trainer", reverse(url), q="Nguyễn")
    assert (
        any(code in html for code in codes) or world.users["trainee"].email in html or url == "sessions:index"
    )
