"""What "Góc học tập" puts first: the trainee's next things to do, in the order they matter."""

from __future__ import annotations

from typing import Any

from .models import EnrolmentStatus


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
