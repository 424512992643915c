"""What "Góc học tập" puts first: the trainee's next things to do, in the order they matter."""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from lms import pagecache

from . import selectors
from .attendance.selectors import attendance_summary_for
from .models import EnrolmentStatus
from .quizzes import selectors as quiz_selectors


def next_steps(dashboard: dict[str, Any], quiz_items: list[dict[str, Any]], *, limit: int = 3) -> list[dict]:
    """The next things to do, most pressing first: a quiz attempt left open, a graded quiz to take (not yet
    passed), the next lesson of a course in progress, then the next session the person has a seat in.

    Pure: it orders what the dashboard's selectors already read (`courses.selectors.my_learning` and
    `courses.quizzes.selectors.my_quizzes`), no query of its own.
    """
    steps: list[dict] = []
    for item in quiz_items:
        if item["open_attempt"] is not None:
            steps.append({"kind": "continue_quiz", "quiz": item["quiz"], "attempt": item["open_attempt"]})
    for item in quiz_items:
        final = item["final_attempt"]
        if item["can_start"] and not item["quiz"].is_practice and not (final and final.passed):
            steps.append(
                {"kind": "take_quiz", "quiz": item["quiz"], "remaining": item["remaining"], "final": final}
            )
    for entry in dashboard["courses_in_progress"]:
        if entry["next_lesson"] is not None:
            steps.append(
                {
                    "kind": "lesson",
                    "course": entry["course"],
                    "lesson": entry["next_lesson"],
                    "progress": entry["progress"],
                }
            )
    for item in dashboard["upcoming"]:
        if item["enrolment"].status == EnrolmentStatus.CONFIRMED and item["first"] is not None:
            steps.append({"kind": "session", "session": item["session"], "first": item["first"]})
            break
    return steps[:limit]


# --- The cached dashboard --------------------------------------------------------------------------------
# "Góc học tập" is built from some fifteen reads; a trainee who comes back to it gets the same HTML from the
# shared cache until something it shows changes. Each change below touches a tag (lms.pagecache) after its
# transaction commits, and a dashboard carrying that tag is built again on the next visit:
# - the person's own rows (enrolments, lesson progress, quiz attempts): learner:<user id>;
# - a session they are enrolled in (its dates, status, policy, and every seat change: `courses.locking`
#   takes the session's lock for each of them, bulk imports and waitlist moves included): session:<id>;
# - an enrolment's attendance marks and certificate: enrolment:<id>;
# - any quiz of any course (its window, attempts allowed): quizzes; any publish: pages.
# The key holds the day (sessions move from upcoming to past at midnight) and the language; the entry lasts
# PAGE_CACHE_SECONDS at most, which bounds how late a time-dependent line (a quiz window closing) can be.

QUIZZES_TAG = "quizzes"


def my_learning_body(request) -> str:
    """The dashboard's content (without the site's header and footer, which hold the CSRF token), from the
    cache when nothing it shows has changed."""
    user = request.user

    def build() -> tuple[str, list[str]]:
        context = selectors.my_learning(user)
        # The enrolments are read once, with their sessions and days, for the quizzes and the attendance too.
        quiz_items = quiz_selectors.my_quizzes(user, enrolments=context["enrolments"])
        html = render_to_string(
            "courses/includes/my_learning_body.html",
            {
                **context,
                "quiz_items": quiz_items,
                "next_steps": next_steps(context, quiz_items),
                "attendance_summary": attendance_summary_for(user, enrolments=context["enrolments"]),
            },
            request=request,
        )
        items = [*context["upcoming"], *context["past"]]
        tags = [pagecache.learner_tag(user.pk), pagecache.ALL_PAGES, QUIZZES_TAG]
        tags += [pagecache.session_tag(item["session"].pk) for item in items]
        tags += [pagecache.enrolment_tag(item["enrolment"].pk) for item in items]
        return html, tags

    name = f"my-learning:{user.pk}:{get_language()}:{timezone.localdate().isoformat()}"
    html, _tags = pagecache.remember_for(name, build, tags=lambda built: built[1])
    return html
