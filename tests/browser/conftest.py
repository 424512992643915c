"""Browser tests: Playwright drives Debian's Chromium (never a downloaded browser)."""

import os
import re
from pathlib import Path

import pytest

from tools.screenshots import CHROMIUM_ARGS

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
CHROMIUM = Path("/usr/bin/chromium")
# A failed browser test leaves its screenshot and its page's console here (gitignored; CI may keep it).
ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            if not CHROMIUM.exists():
                item.add_marker(
                    pytest.mark.skip(reason="Debian's chromium is not installed (apt-get install chromium)")
                )


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture
def browser_login(live_server, page):
    """Sign a user in for the browser by handing it a server-side session cookie (no login form, no rate limit)."""
    from django.conf import settings
    from django.test import Client

    def sign_in(user):
        client = Client()
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        page.context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                    "url": live_server.url,
                }
            ]
        )
        return page

    return sign_in


@pytest.fixture(autouse=True)
def _no_console_errors(request):
    """Every browser test fails on a console error or an uncaught exception: a Content Security Policy
    violation shows up as one ("Refused to load ..." / "Refused to execute inline script ...")."""
    if "page" not in request.fixturenames:
        yield
        return
    page = request.getfixturevalue("page")
    errors: list[str] = []
    page.on(
        "console",
        lambda message: (
            message.type == "error" and errors.append(f"{message.text} at {message.location.get('url', '?')}")
        ),
    )
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    yield errors
    assert errors == [], "console errors in the browser:\n" + "\n".join(errors)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(autouse=True)
def _artifacts_on_failure(request):
    """On failure, test-artifacts/<test>/ gets a full-page screenshot, the page's address and its console."""
    if "page" not in request.fixturenames:
        yield
        return
    page = request.getfixturevalue("page")
    console: list[str] = []
    page.on(
        "console",
        lambda message: console.append(
            f"[{message.type}] {message.text} at {message.location.get('url', '?')}"
        ),
    )
    page.on("pageerror", lambda error: console.append(f"[uncaught] {error}"))
    yield
    report = getattr(request.node, "report_call", None)
    if report is None or not report.failed:
        return
    folder = ARTIFACTS / re.sub(r"[^\w.-]+", "_", request.node.nodeid.split("::", 1)[-1])[:120]
    folder.mkdir(parents=True, exist_ok=True)
    try:
        page.screenshot(path=str(folder / "screenshot.png"), full_page=True)
    except Exception as exc:  # noqa: BLE001 - a closed or crashed page: keep the console anyway
        console.append(f"[artefacts] no screenshot: {exc}")
    (folder / "console.log").write_text(f"URL: {page.url}\n" + "\n".join(console) + "\n", encoding="utf-8")
