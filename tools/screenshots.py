"""`make screenshots`: PNG screenshots of the main pages at 390 px (a phone) and 1280 px (a desktop).

Builds what it needs by itself: a scratch SQLite database in a temporary folder, migrated and filled by
`seed_demo`, served by Django's development server on a free port, photographed by Debian's Chromium through
Playwright (never a downloaded browser). People are signed in with a server-side session, not the login form
(allauth rate-limits logins). Also prints, per page and width, the page width against the window, the
controls cut off at the edge of the admin's content area, and the buttons and filters smaller than 44 px: a
quick look at what a phone or laptop user meets.

    python tools/screenshots.py [--out docs/screenshots] [--only home,lesson] [--widths 390,1280]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python tools/screenshots.py` runs with tools/ first on the path

from tools.localserver import runserver, serving  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
# The flags Debian's Chromium needs here (as root, in a container, offline); the browser tests use them too.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
TRAINEE = "hocvien@demo.lophoc.vn"
TRAINER = "giangvien@demo.lophoc.vn"
MANAGER = "quanly@demo.lophoc.vn"

# Wagtail's content area hides what overflows it: the controls and cells past its right edge that no box
# scrolls to (the browser tests check the admin screens with it too).
CUT_OFF_JS = r"""() => {
  const main = document.querySelector('main');
  const edge = Math.min(window.innerWidth, main ? main.getBoundingClientRect().right : window.innerWidth);
  const scrolls = (el) => {  // inside a box that scrolls sideways: reachable, not cut off
    for (let up = el.parentElement; up && up !== main; up = up.parentElement) {
      if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX)) return true;
    }
    return false;
  };
  return [...document.querySelectorAll(
      'main input, main button, main select, main textarea, main .button, main td, main th')]
    .filter(el => { const box = el.getBoundingClientRect(); return box.width > 0 && box.right > edge + 1; })
    .filter(el => !scrolls(el))
    .map(el => (el.textContent || el.name || el.placeholder || el.tagName).replace(/\s+/g, ' ').trim().slice(0, 30));
}"""

# What a phone user measures: the page wider than the window, controls cut off, and controls smaller than a
# finger.
MEASURE_JS = (
    r"""() => {
  const small = [];
  for (const el of document.querySelectorAll(
      'main button, main .button, main select, main input[type=submit], main input[type=radio], main input[type=checkbox]')) {
    // A box's tap target is its label too: the label around it, or the row it shares with its label.
    const label = el.closest('label') || (el.id && document.querySelector(`label[for="${el.id}"]`) ? el.parentElement : null);
    const target = el.matches('input[type=radio], input[type=checkbox]') ? (label || el) : el;
    const box = target.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (Math.round(box.height) < 44) small.push(`${(target.textContent || target.name || target.tagName).replace(/\s+/g, ' ').trim().slice(0, 30)} (${Math.round(box.height)} px)`);
  }
  const clipped = ("""
    + CUT_OFF_JS
    + r""")();
  return {scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth, small: small, clipped: clipped};
}"""
)


def manage(*args: str, env: dict[str, str], **kwargs) -> subprocess.CompletedProcess:
    command = [sys.executable, str(ROOT / "manage.py"), *args]
    return subprocess.run(command, env=env, cwd=ROOT, check=True, **kwargs)  # noqa: S603 - our own manage.py


def wait_for(url: str, *, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - a loopback URL we built
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the server did not answer at {url}")


def session_cookies(base_url: str) -> dict[str, dict]:
    """A signed-in session per demo person, made on the server side (no login form)."""
    from django.conf import settings  # noqa: PLC0415
    from django.test import Client  # noqa: PLC0415

    from lms.people.models import User  # noqa: PLC0415

    cookies = {}
    for email in (TRAINEE, TRAINER, MANAGER):
        client = Client()
        client.force_login(User.objects.get(email=email), backend="django.contrib.auth.backends.ModelBackend")
        cookies[email] = {
            "name": settings.SESSION_COOKIE_NAME,
            "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
            "url": base_url,
        }
    return cookies


def demo_facts() -> dict[str, str]:
    """Addresses of demo objects that have no fixed URL (ids depend on the seed)."""
    from courses.attendance.models import AttendanceRecord  # noqa: PLC0415
    from courses.models import CoursePage, LessonPage, TrainingSession  # noqa: PLC0415
    from courses.quizzes.models import Quiz  # noqa: PLC0415
    from handbook.models import HandbookSectionPage  # noqa: PLC0415

    course = CoursePage.objects.live().order_by("path").first()
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path")[1]
    session = TrainingSession.objects.filter(course=course, status="open").order_by("pk").first()
    marked = AttendanceRecord.objects.select_related("day").order_by("day__date").first()
    quiz = Quiz.objects.filter(course=course, is_practice=False).order_by("pk").first()
    section = HandbookSectionPage.objects.live().filter(title__icontains="người phát ngôn").order_by("path")
    return {
        "course": course.url,
        "catalogue": course.get_parent().url,
        "lesson": lesson.url,
        "session": f"/lop/{session.pk}/",
        "enrolments": f"/admin/courses/sessions/{session.pk}/enrolments/",
        "roll_call": f"/admin/attendance/days/{marked.day_id}/" if marked else "/admin/",
        "quiz": f"/bai-kiem-tra/{quiz.pk}/",
        "section": (section.first() or HandbookSectionPage.objects.live().first()).url,
        "register": f"/admin/attendance/sessions/{marked.day.session_id}/" if marked else "/admin/",
        "eligibility": f"/admin/certificates/sessions/{marked.day.session_id}/" if marked else "/admin/",
        "invitations": f"/admin/nominations/sessions/{session.pk}/",
        "results": f"/admin/quizzes/results/{marked.day.session_id}/{quiz.pk}/" if marked else "/admin/",
    }


def shots(facts: dict[str, str]) -> list[tuple[str, str, str | None]]:
    """(name, path, who is signed in) for every screenshot."""
    return [
        ("home", "/", None),
        ("catalogue", facts["catalogue"], TRAINEE),
        ("course", facts["course"], TRAINEE),
        ("session", facts["session"], TRAINEE),
        ("lesson", facts["lesson"], TRAINEE),
        ("handbook-section", facts["section"], None),
        ("search", "/tim-kiem/?q=người+phát+ngôn", None),
        ("dashboard", "/hoc-tap-cua-toi/", TRAINEE),
        ("quiz", facts["quiz"], TRAINEE),
        ("signup", "/tai-khoan/signup/", None),
        ("login", "/tai-khoan/login/", None),
        ("admin-home", "/admin/", TRAINER),
        ("admin-enrolments", facts["enrolments"], MANAGER),
        ("admin-roll-call", facts["roll_call"], MANAGER),
        ("admin-register", facts["register"], MANAGER),
        ("admin-eligibility", facts["eligibility"], MANAGER),
        ("admin-invitations", facts["invitations"], MANAGER),
        ("admin-focal-points", "/admin/nominations/focal-points/", MANAGER),
        ("admin-quiz-results", facts["results"], MANAGER),
        ("admin-coverage", "/admin/programme-reports/coverage/", MANAGER),
        ("admin-annual", "/admin/programme-reports/annual/", MANAGER),
        ("admin-records", "/admin/programme-reports/training-record/", MANAGER),
        ("admin-editions", "/admin/handbook/editions/", MANAGER),
        ("admin-unlisted", "/admin/people/unlisted-work-units/", MANAGER),
    ]


def photograph(base_url: str, out: Path, *, widths: list[int], only: set[str]) -> list[str]:
    import django  # noqa: PLC0415 - settings come from the environment main() sets first
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - a dev dependency

    django.setup()
    facts = demo_facts()
    cookies = session_cookies(base_url)
    problems: list[str] = []
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width in widths:
            contexts = {}
            for name, path, who in shots(facts):
                if only and name not in only:
                    continue
                if who not in contexts:
                    contexts[who] = browser.new_context(
                        viewport={"width": width, "height": 900}, locale="vi-VN"
                    )
                    if who:
                        contexts[who].add_cookies([cookies[who]])
                page = contexts[who].new_page()
                page.goto(base_url + path)
                if name == "quiz":
                    start = page.locator("form[action$='/bat-dau/'] button, .quiz-box form button").first
                    if start.count():
                        start.click()
                        page.wait_for_load_state()
                    else:
                        resume = page.locator(".quiz-box a.button").first
                        if resume.count():
                            resume.click()
                            page.wait_for_load_state()
                    answers = page.locator(".quiz-question input[type=radio]")
                    for index in range(0, min(answers.count(), 12), 4):
                        answers.nth(index).check()
                facts_now = page.evaluate(MEASURE_JS)
                overflow = facts_now["scrollWidth"] > facts_now["innerWidth"]
                line = f"{width:>5} px  {name:<18} width {facts_now['scrollWidth']:>5}" + (
                    "  SCROLLS SIDEWAYS" if overflow else ""
                )
                if facts_now["clipped"]:
                    line += f"  CUT OFF: {', '.join(facts_now['clipped'][:6])}"
                    problems.append(f"{name} at {width} px: controls cut off")
                if facts_now["small"]:
                    line += f"  small targets: {', '.join(facts_now['small'][:6])}"
                print(line, flush=True)  # noqa: T201 - a command-line tool
                if overflow:
                    problems.append(f"{name} at {width} px")
                page.screenshot(path=str(out / f"{name}-{width}.png"), full_page=True)
                page.close()
            for context in contexts.values():
                context.close()
        browser.close()
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--widths", default="390,1280")
    parser.add_argument("--only", default="", help="comma-separated names (home, lesson, quiz, ...)")
    parser.add_argument(
        "--database-url", default="", help="use this seeded database instead of a new scratch one"
    )
    parser.add_argument("--url", default="", help="photograph a server already running on this database")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="lms-screenshots-") as scratch:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
            "DATABASE_URL": options.database_url or f"sqlite:///{scratch}/screenshots.sqlite3",
            "MEDIA_ROOT": os.environ.get("MEDIA_ROOT") if options.database_url else f"{scratch}/media",
            "PRIVATE_ROOT": os.environ.get("PRIVATE_ROOT") if options.database_url else f"{scratch}/private",
            "CELERY_BROKER_URL": "",
        }
        env = {key: value for key, value in env.items() if value is not None}
        os.environ.update(env)
        if not options.database_url:
            print("Preparing a scratch database with the demo content (about a minute)…", flush=True)  # noqa: T201
            manage("migrate", "--noinput", "-v0", env=env)
            manage("seed_demo", env=env, stdout=subprocess.DEVNULL)
        with contextlib.ExitStack() as stack:
            base_url = options.url.rstrip("/")
            if base_url:
                wait_for(base_url + "/")
            else:
                port = stack.enter_context(serving(runserver, env=env))
                base_url = f"http://127.0.0.1:{port}"
            out = Path(options.out)
            widths = [int(width) for width in options.widths.split(",") if width]
            only = {name for name in options.only.split(",") if name}
            problems = photograph(base_url, out, widths=widths, only=only)
    print(f"Screenshots in {out}")  # noqa: T201
    if problems:
        print("Pages wider than the window: " + "; ".join(problems))  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
