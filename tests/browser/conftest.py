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


@pytest.fixture
def quiz_for_trainee(browser_login):
    """Makes a graded quiz of three questions (choices in their order; `quiz_fields` change the rest) open to a
    trainee, whom it signs in: confirmed in a session of the course in progress. Returns (quiz, trainee, session).
    """
    from django.conf import settings

    from courses.models import Enrolment, EnrolmentStatus, SessionStatus
    from tests.browser.steps import catalogue_course
    from tests.courses.conftest import make_session
    from tests.factories import UserFactory
    from tests.quizzes.conftest import make_question, make_quiz

    def make(**quiz_fields):
        course = catalogue_course(lessons=0)
        session = make_session(course, status=SessionStatus.IN_PROGRESS, start_in=0)
        trainee = UserFactory(roles=[settings.ROLE_TRAINEES])
        Enrolment.objects.create(session=session, user=trainee, status=EnrolmentStatus.CONFIRMED)
        for _ in range(3):
            make_question(course)
        quiz = make_quiz(course, question_count=3, shuffle_choices=False, **quiz_fields)
        browser_login(trainee)
        return quiz, trainee, session

    return make


@pytest.fixture
def roll_call(live_server, page, browser_login):
    """A trainer's roll call, open in the browser: the first day of their session of three confirmed trainees.
    Returns the day and the enrolments."""
    from django.conf import settings

    from tests.attendance.factories import confirmed_trainees, days_of, make_session
    from tests.factories import UserFactory

    trainer = UserFactory(roles=[settings.ROLE_TRAINERS])
    session = make_session(trainers=[trainer])
    enrolments = confirmed_trainees(session, 3)
    day = days_of(session)[0]
    browser_login(trainer)
    page.goto(f"{live_server.url}/admin/attendance/days/{day.pk}/")
    return day, enrolments


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(autouse=True)
def _browser_console(request):
    """Every browser test fails on a console error or an uncaught exception: a Content Security Policy
    violation shows up as one ("Refused to load ..." / "Refused to execute inline script ...").

    On failure, test-artifacts/<test>/ gets a full-page screenshot, the page's address and its console.
    """
    if "page" not in request.fixturenames:
        yield
        return
    page = request.getfixturevalue("page")
    console: list[str] = []
    errors: list[str] = []

    def on_console(message):
        text = f"{message.text} at {message.location.get('url', '?')}"
        console.append(f"[{message.type}] {text}")
        if message.type == "error":
            errors.append(text)

    def on_page_error(error):
        console.append(f"[uncaught] {error}")
        errors.append(f"uncaught: {error}")

    page.on("console", on_console)
    page.on("pageerror", on_page_error)
    yield errors
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        save_artifacts(request.node.nodeid, page, console)
    assert errors == [], "console errors in the browser:\n" + "\n".join(errors)


def save_artifacts(nodeid: str, page, console: list[str]) -> None:
    folder = ARTIFACTS / re.sub(r"[^\w.-]+", "_", nodeid.split("::", 1)[-1])[:120]
    folder.mkdir(parents=True, exist_ok=True)
    try:
        page.screenshot(path=str(folder / "screenshot.png"), full_page=True)
    except Exception as exc:  # noqa: BLE001 - a closed or crashed page: keep the console anyway
        console.append(f"[artefacts] no screenshot: {exc}")
    (folder / "console.log").write_text(f"URL: {page.url}\n" + "\n".join(console) + "\n", encoding="utf-8")
