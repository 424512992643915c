"""What a destructive step on an enrolment will do, in words, for the page that asks before doing it.

A confirmation names the person, the session and the consequence ("the seat goes to the first person on the
waitlist"), so nobody takes someone out of a class by a slip of the finger. The services still decide; this
only describes what they will do.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .models import Enrolment, EnrolmentStatus


@dataclass(frozen=True)
class Confirmation:
    question: str
    consequence: str


def _session_label(enrolment: Enrolment) -> str:
    session = enrolment.session
    return f"{session.code} ({session.course.title})" if session.course_id else session.code


def _seat_consequence(enrolment: Enrolment, *, waitlisted: int, own: bool) -> str:
    if enrolment.status == EnrolmentStatus.CONFIRMED:
        if waitlisted:
            return (
                _("Your seat will go to the first person on the waitlist.")
                if own
                else _("The seat will go to the first person on the waitlist.")
            )
        return _("Your seat will be freed for someone else.") if own else _("The seat will be freed.")
    if enrolment.status == EnrolmentStatus.WAITLISTED:
        return (
            _("You will lose your place (number %(position)s) on the waitlist.")
            if own
            else _("Their place (number %(position)s) on the waitlist will be given up.")
        ) % {"position": enrolment.waitlist_position}
    return _("Your request will be withdrawn.") if own else _("The request will be withdrawn.")


def withdraw_confirmation(enrolment: Enrolment, *, waitlisted: int) -> Confirmation:
    """The trainee's own "cancel my enrolment": what they lose, and that enrolling again means the back of the queue."""
    return Confirmation(
        question=_("Cancel your enrolment in %(session)s?") % {"session": _session_label(enrolment)},
        consequence=" ".join(
            [
                _seat_consequence(enrolment, waitlisted=waitlisted, own=True),
                _(
                    "If you enrol again later, you will take the next free place, after those already waiting."
                ),
            ]
        ),
    )


def removal_confirmation(enrolment: Enrolment, *, waitlisted: int) -> Confirmation:
    """Staff taking a person out of a session: who, from which session, what happens to the place."""
    return Confirmation(
        question=_("Cancel the enrolment of %(person)s in %(session)s?")
        % {"person": enrolment.user.full_name or enrolment.user.email, "session": _session_label(enrolment)},
        consequence=" ".join(
            [
                _seat_consequence(enrolment, waitlisted=waitlisted, own=False),
                _("The person is told by e-mail; only the organisers can enrol them again."),
            ]
        ),
    )
