"""`{% course_quizzes page %}`: the quizzes of a course with the signed-in person's result (one selector call)."""

from __future__ import annotations

from django import template

from .. import selectors

register = template.Library()


@register.inclusion_tag("quizzes/includes/course_quizzes.html", takes_context=True)
def course_quizzes(context, course) -> dict:
    request = context.get("request")
    user = getattr(request, "user", None)
    return {"quiz_items": selectors.course_quizzes(course, user=user), "request": request}
