"""Quiz lists with the signed-in person's state: `{% course_quizzes page %}` on a course page and
`{% my_quizzes %}` on the dashboard (one selector call each, a constant number of queries)."""

from __future__ import annotations

from django import template

from .. import selectors

register = template.Library()


@register.inclusion_tag("quizzes/includes/course_quizzes.html", takes_context=True)
def course_quizzes(context, course) -> dict:
    request = context.get("request")
    user = getattr(request, "user", None)
    return {"quiz_items": selectors.course_quizzes(course, user=user), "request": request}


@register.inclusion_tag("quizzes/includes/my_quizzes.html", takes_context=True)
def my_quizzes(context) -> dict:
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    return {"quiz_items": selectors.my_quizzes(user), "request": request}


@register.simple_tag
def enrolments_with_quiz_outcome(session, enrolments) -> list[tuple]:
    """`{% enrolments_with_quiz_outcome session enrolments as rows %}`: (enrolment, passed or None) pairs for
    a session's admin list, read in two queries."""
    enrolments = list(enrolments)
    outcomes = selectors.quiz_outcomes(session, enrolments)
    return [(enrolment, outcomes.get(enrolment.pk)) for enrolment in enrolments]
