"""JSON API of the courses app (django-ninja, mounted at /api/v1/ by lms/api.py).

Writes are for the signed-in user: a session cookie with its CSRF token, or a personal API token sent as
`Authorization: Bearer <token>` (Wagtail's APIToken, created on the profile page).
"""

from __future__ import annotations

from datetime import date

from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status

from lms.errors import ErrorOut
from lms.people.tokens import api_auth

from . import selectors, services
from .errors import NotEnrolledError
from .models import Enrolment, SessionStatus, TrainingSession

router = Router(tags=["courses"])
auth = api_auth()


# The endpoints answer with the objects and ninja reads each field from them: an alias names the attribute or
# method it is read from, a dotted one follows a relation.
class SessionOut(Schema):
    id: int
    code: str
    title: str
    course: str = Field(alias="course.title")
    course_url: str | None = Field(alias="course.url")
    mode: str
    venue: str
    starts_on: date | None
    ends_on: date | None
    capacity: int
    seats_left: int
    waitlisted: int = Field(alias="waitlisted_count")
    requires_approval: bool
    enrolment_mode: str
    enrolment_open: bool
    url: str = Field(alias="get_absolute_url")


class EnrolmentOut(Schema):
    id: int
    session_id: int
    session_code: str = Field(alias="session.code")
    session_title: str = Field(alias="session.title")
    status: str
    waitlist_position: int | None
    starts_on: date | None = None
    ends_on: date | None = None

    # The dates: `selectors.my_enrolments` annotates them; a single enrolment reads its session's days.
    @staticmethod
    def resolve_starts_on(enrolment: Enrolment) -> date | None:
        return enrolment.starts_on if hasattr(enrolment, "starts_on") else enrolment.session.first_day()

    @staticmethod
    def resolve_ends_on(enrolment: Enrolment) -> date | None:
        return enrolment.ends_on if hasattr(enrolment, "ends_on") else enrolment.session.last_day()


def _in_session(enrolment: Enrolment, session: TrainingSession) -> Enrolment:
    """The enrolment to answer as `EnrolmentOut`, holding the session the service read (and locked): no second read."""
    enrolment.session = session
    return enrolment


def _public_session(session_id: int) -> TrainingSession:
    return get_object_or_404(
        TrainingSession.objects.exclude(status=SessionStatus.DRAFT)
        .select_related("course")
        .prefetch_related("days"),
        pk=session_id,
    )


@router.get("/sessions/", response=list[SessionOut], summary="Open and upcoming sessions")
def list_sessions(request):
    return selectors.api_sessions()


@router.post(
    "/sessions/{session_id}/enrol",
    auth=auth,
    response={
        200: EnrolmentOut,
        201: EnrolmentOut,
        403: ErrorOut,
        404: ErrorOut,
        409: ErrorOut,
        400: ErrorOut,
    },
    summary="Enrol the signed-in user (same enrolment when already enrolled)",
)
def enrol(request, session_id: int):
    enrolled = services.enrol_in_session(session_id, request.user, acting_user=request.user, hide_drafts=True)
    return Status(201 if enrolled.placed else 200, _in_session(enrolled.enrolment, enrolled.session))


@router.post(
    "/sessions/{session_id}/cancel",
    auth=auth,
    response={200: EnrolmentOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 400: ErrorOut},
    summary="Cancel the signed-in user's enrolment",
)
def cancel(request, session_id: int):
    session = _public_session(session_id)
    enrolment = Enrolment.objects.filter(session=session, user=request.user).first()
    if enrolment is None:
        raise NotEnrolledError()
    enrolment = services.cancel_enrolment(enrolment, acting_user=request.user)
    return Status(200, _in_session(enrolment, session))


@router.get(
    "/me/enrolments/", auth=auth, response=list[EnrolmentOut], summary="The signed-in user's enrolments"
)
def my_enrolments(request):
    return selectors.my_enrolments(request.user)
