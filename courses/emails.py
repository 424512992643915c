"""Rendering and sending the enrolment e-mails (templates courses/email/<name>.subject.txt/.txt/.html)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import Enrolment, EnrolmentEvent, EnrolmentStatus

EMAILS_WITH_CALENDAR = {"confirmed", "promoted", "reminder", "invitation"}


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _language_for(user) -> str:
    language = getattr(user, "language", "") or settings.LANGUAGE_CODE or "vi"
    return language if language in dict(settings.LANGUAGES) else "vi"


def calendar_bytes(enrolment: Enrolment) -> bytes:
    from .selectors import session_calendar_for

    return session_calendar_for(enrolment.session)


def password_set_url(user) -> str:
    """A one-time link to choose a password (allauth's password-reset-from-key view)."""
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)},
    )
    return absolute(path)


def send_enrolment_email(enrolment: Enrolment, name: str, *, event: EnrolmentEvent | None = None) -> None:
    """Render one e-mail in the recipient's language (Vietnamese by default) and send it."""
    user = enrolment.user
    session = enrolment.session
    with translation.override(_language_for(user)):
        context = {
            "user": user,
            "enrolment": enrolment,
            "session": session,
            "course": session.course,
            "days": list(session.days.all()),
            "event": event,
            "removed_by_staff": bool(event and event.action == "courses.enrolment.removed"),
            "session_url": absolute(reverse("courses:session_detail", args=[session.pk])),
            "my_learning_url": absolute(reverse("courses:my_learning")),
            "site_name": settings.WAGTAIL_SITE_NAME,
            "show_meeting_link": enrolment.status == EnrolmentStatus.CONFIRMED and bool(session.meeting_link),
        }
        if name == "invitation":
            context["password_url"] = password_set_url(user)
        subject = " ".join(render_to_string(f"courses/email/{name}.subject.txt", context).split())
        text = render_to_string(f"courses/email/{name}.txt", context)
        html = render_to_string(f"courses/email/{name}.html", context)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[user.email])
    message.attach_alternative(html, "text/html")
    if name in EMAILS_WITH_CALENDAR and enrolment.status == EnrolmentStatus.CONFIRMED:
        message.attach(f"{session.code.replace('/', '-')}.ics", calendar_bytes(enrolment), "text/calendar")
    message.send()
