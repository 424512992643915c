"""The site works in a real browser under its Content Security Policy: no violation, no console error.

The autouse fixture in conftest.py fails the test on any console error, which is how Chromium reports a
blocked inline script, style or outside resource.
"""

import io
import threading

import pytest
from django.core.management import call_command
from django.db import connection

from courses.models import TrainingSession
from handbook.models import HandbookSectionPage
from lms.people.models import User

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _seed_demo() -> None:
    """seed_demo in a thread of its own: it signs certificate PDFs with asyncio, which cannot run inside
    the event loop Playwright's sync API keeps in this thread."""
    errors: list[BaseException] = []

    def run():
        try:
            call_command("seed_demo", stdout=io.StringIO())
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            errors.append(exc)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]


def _csp(response) -> str:
    return response.headers.get("content-security-policy", "")


def _directives(response) -> dict[str, str]:
    """The policy's directives by name (their order in the header is not fixed)."""
    directives = {}
    for part in _csp(response).split(";"):
        name, _space, value = part.strip().partition(" ")
        if name:
            directives[name] = value.strip()
    return directives


def test_public_pages_the_api_docs_and_the_admin_under_the_policy(live_server, page, browser_login):
    _seed_demo()
    section = HandbookSectionPage.objects.live().first()
    session = TrainingSession.objects.exclude(status="draft").order_by("pk").first()
    course = session.course

    for path in ("/", section.url, course.url, f"/lop/{session.pk}/", "/tai-khoan/login/", "/chung-nhan/"):
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        assert _directives(response)["script-src"] == "'self'", path
        page.wait_for_load_state("load")

    # Swagger UI from django-ninja's static files renders the operations.
    response = page.goto(f"{live_server.url}/api/v1/docs")
    assert "default-src 'self'" in _csp(response)
    page.locator(".swagger-ui .opblock").first.wait_for()

    # A trainee's pages: progress bars are <progress> elements, no inline style.
    browser_login(User.objects.get(email="hocvien@demo.lophoc.vn"))
    page.goto(f"{live_server.url}/hoc-tap-cua-toi/")
    page.goto(f"{live_server.url}{course.url}")
    page.goto(f"{live_server.url}/tai-khoan/ma-api/")

    # The admin under its own policy: inline panels and date pickers still work.
    page.context.clear_cookies()
    browser_login(User.objects.get(email="admin@demo.lophoc.vn"))
    response = page.goto(f"{live_server.url}/admin/courses/sessions/edit/{session.pk}/")
    assert "'unsafe-inline'" in _csp(response)
    days = page.locator("[id^='inline_child_days-']:not([id*='__prefix__'])")
    before = days.count()
    page.locator("#id_days-ADD").click()
    page.wait_for_function(f"document.querySelectorAll(\"[id^='inline_child_days-']\").length > {before}")

    # The enrolments page's status filter submits on change (a Stimulus controller, no inline handler).
    page.goto(f"{live_server.url}/admin/courses/sessions/{session.pk}/enrolments/")
    page.locator("#status-filter").select_option("confirmed")
    page.wait_for_url("**status=confirmed**")

    for path in ("/admin/", f"/admin/pages/{section.pk}/edit/", "/admin/reports/site-history/"):
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        page.wait_for_load_state("load")
