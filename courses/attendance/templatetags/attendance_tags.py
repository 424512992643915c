from django import template

from ..selectors import attendance_summary_for

register = template.Library()


@register.inclusion_tag("attendance/includes/my_attendance.html", takes_context=True)
def my_attendance(context):
    """The signed-in trainee's attendance per session, for the dashboard: `{% my_attendance %}`."""
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    summary = context.get("attendance_summary")
    if summary is None:
        summary = attendance_summary_for(user)
    return {"attendance_summary": summary, "request": request}
