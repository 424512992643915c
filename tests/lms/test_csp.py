"""A Content Security Policy on every page; no inline script or event handler; nothing loaded from elsewhere.

One walk over the demo site (every live page, the account pages, the API docs, the admin screens) checks
each response's header and HTML, so a template that brings back an inline handler or a CDN fails here.
"""

from __future__ import annotations

import io
import re
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from courses.models import SessionDay, TrainingSession

pytestmark = pytest.mark.django_db

HOST = "testserver"
INLINE_HANDLER = re.compile(r"<[^>]*\son\w+\s*=", re.IGNORECASE)
SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
RESOURCE = re.compile(
    r"<(script|img|link|source|iframe|embed|object)\b[^>]*?\s(?:src|href|data|srcset)\s*=\s*[\"']([^\"']+)",
    re.IGNORECASE,
)
DIRECTIVE = re.compile(r"\s*([a-z-]+)\s+([^;]*)")


def _policy(response) -> dict[str, list[str]]:
    header = response.get("Content-Security-Policy", "")
    return {name: values.split() for name, values in DIRECTIVE.findall(header)}


def _foreign_resources(html: str) -> list[str]:
    """Scripts, styles, images and frames whose address names another host (http://, https:// or //)."""
    foreign = []
    for tag, address in RESOURCE.findall(html):
        for url in address.split(","):  # srcset lists several
            url = url.strip().split(" ")[0]
            if url.startswith(("http://", "https://", "//")) and urlsplit(url).hostname != HOST:
                if tag.lower() == "iframe":
                    continue  # lesson videos: frames the policy allows by name (frame-src)
                foreign.append(f"<{tag}> {url}")
    return foreign


def _inline_scripts(html: str) -> list[str]:
    """<script> elements without src, other than JSON data blocks."""
    inline = []
    for attributes in SCRIPT_TAG.findall(html):
        if re.search(r"\ssrc\s*=", " " + attributes):
            continue
        if re.search(r"type\s*=\s*[\"']application/(ld\+)?json[\"']", attributes):
            continue
        inline.append(f"<script{attributes}>")
    return inline


def _problems(url: str, response, *, strict_html: bool) -> list[str]:
    problems = []
    if response.status_code >= 500:
        return [f"{url}: {response.status_code}"]
    policy = _policy(response)
    if not policy:
        return [f"{url}: no Content-Security-Policy header"]
    admin = url.startswith("/admin/")
    for directive in ("script-src", "style-src"):
        inline_allowed = "'unsafe-inline'" in policy.get(directive, [])
        if inline_allowed != admin:
            problems.append(f"{url}: {directive} {policy.get(directive)}")
    if policy.get("default-src") != ["'self'"] or policy.get("object-src") != ["'none'"]:
        problems.append(f"{url}: {policy}")
    if response.get("Content-Type", "").startswith("text/html"):
        html = response.content.decode()
        problems += [f"{url}: {item}" for item in _foreign_resources(html)]
        if "gravatar" in html:
            problems.append(f"{url}: gravatar")
        if strict_html:
            problems += [f"{url}: inline handler {m.group(0)[:80]}" for m in INLINE_HANDLER.finditer(html)]
            problems += [f"{url}: {tag}" for tag in _inline_scripts(html)]
            if re.search(r"\sstyle\s*=", html):
                problems.append(f"{url}: inline style attribute")
    return problems


def _client(email: str | None = None) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="vi")
    if email:
        from lms.people.models import User

        client.force_login(User.objects.get(email=email), backend="django.contrib.auth.backends.ModelBackend")
    return client


def _walk(client: Client, urls, *, strict_html: bool) -> list[str]:
    problems = []
    for url in urls:
        response = client.get(url)
        problems += _problems(url, response, strict_html=strict_html)
    return problems


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=io.StringIO())


def _public_urls() -> list[str]:
    pages = [page.url for page in Page.objects.live().filter(depth__gt=1).specific() if page.url]
    sessions = [
        reverse("courses:session_detail", args=[pk])
        for pk in TrainingSession.objects.values_list("pk", flat=True)
    ]
    return [
        *pages,
        *sessions,
        reverse("cms_site:search") + "?q=người phát ngôn",
        reverse("account_login"),
        reverse("account_signup"),
        reverse("account_reset_password"),
        reverse("certificates:lookup"),
        reverse("certificates:check_file"),
        "/trang-khong-co/",
        "/api/v1/docs",
    ]


def _trainee_urls() -> list[str]:
    from courses.quizzes.models import Quiz

    quizzes = [reverse("quizzes:quiz_detail", args=[pk]) for pk in Quiz.objects.values_list("pk", flat=True)]
    return [
        reverse("people:profile"),
        reverse("people:api_tokens"),
        reverse("courses:my_learning"),
        reverse("account_email"),
        reverse("account_change_password"),
        *quizzes,
        *_public_urls()[:5],
    ]


def _our_admin_urls() -> list[str]:
    """The admin screens written for this project (Wagtail's own pages carry Wagtail's inline scripts)."""
    session = TrainingSession.objects.order_by("pk").first()
    day = SessionDay.objects.filter(session=session).first()
    return [
        reverse("courses_session_enrolments", args=[session.pk]),
        reverse("courses_session_import", args=[session.pk]),
        reverse("attendance_sessions"),
        reverse("attendance_session", args=[session.pk]),
        reverse("attendance_roll_call", args=[day.pk]),
        reverse("people_organisation_import"),
        reverse("people_unlisted_work_units"),
        reverse("handbook_editions"),
        reverse("certificates_sessions"),
        reverse("certificates_session", args=[session.pk]),
    ]


def _wagtail_admin_urls() -> list[str]:
    session = TrainingSession.objects.order_by("pk").first()
    return [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{Page.objects.get(depth=2).pk}/edit/",
        "/admin/courses/sessions/",
        "/admin/courses/sessions/new/",
        f"/admin/courses/sessions/edit/{session.pk}/",
        "/admin/people/organisations/",
        "/admin/users/",
        "/admin/account/",
        "/admin/reports/site-history/",
        "/admin/images/",
        "/admin/documents/",
    ]


def test_every_page_has_a_strict_policy_and_loads_nothing_from_elsewhere(demo):
    problems = _walk(_client(), _public_urls(), strict_html=True)
    problems += _walk(_client("hocvien@demo.lophoc.vn"), _trainee_urls(), strict_html=True)
    assert problems == []


def test_the_admin_has_its_own_policy_and_our_screens_no_inline_code(demo):
    admin = _client("admin@demo.lophoc.vn")
    problems = _walk(admin, _our_admin_urls(), strict_html=False)
    problems += _walk(admin, _wagtail_admin_urls(), strict_html=False)
    for url in _our_admin_urls():
        html = admin.get(url).content.decode()
        problems += [f"{url}: inline handler {m.group(0)[:80]}" for m in INLINE_HANDLER.finditer(html)]
        problems += [f"{url}: {tag}" for tag in _inline_scripts(html)]
    assert problems == []


def test_the_api_docs_come_from_the_installed_package(client):
    html = client.get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html and "/static/ninja/swagger-ui.css" in html
    assert "cdn" not in html.lower()
    assert _inline_scripts(html) == []


def test_json_and_error_responses_carry_the_policy_too(client):
    for url in ("/api/v1/sessions/", "/api/v1/openapi.json", "/trang-khong-co/"):
        assert _policy(client.get(url))["default-src"] == ["'self'"], url


def test_progress_bars_are_progress_elements():
    from django.template.loader import render_to_string

    html = render_to_string(
        "courses/includes/progress.html", {"progress": {"done": 1, "total": 3, "percent": 33}}
    )
    assert '<progress class="progress" max="100" value="33"' in html
    assert "style=" not in html


def test_the_admin_shows_no_gravatar(superuser):
    from wagtail.admin.templatetags.wagtailadmin_tags import avatar_url

    assert "gravatar" not in avatar_url(superuser)
