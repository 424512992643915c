"""JSON API of the courses app (django-ninja, mounted at /api/v1/ by lms/api.py).

Writes are for the signed-in user: a session cookie with its CSRF token, or a personal API token sent as
`Authorization: Bearer <token>` (Wagtail's APIToken, created on the profile page).
"""

from __future__ import annotations

from datetime import date

from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Router, Schema, Status

from lms.errors import ErrorOut, error_response
from lms.people.tokens import api_auth

from . import selectors, services
from .errors import CoursesError, NotEnrolledError
from .models import Enrolment, SessionStatus, TrainingSession

router = Router(tags=["courses"])
auth = api_auth()


class SessionOut(Schema):
    id: int
    code: str
    title: str
    course: str
    course_url: str | None
    mode: str
    venue: str
    starts_on: date | None
    ends_on: date | None
    capacity: int
    seats_left: int
    waitlisted: int
    requires_approval: bool
    enrolment_mode: str
    enrolment_open: bool
    url: str


class EnrolmentOut(Schema):
    id: int
    session_id: int
    session_code: str
    session_title: str
    status: str
    waitlist_position: int | None
    starts_on: date | None = None
    ends_on: date | None = None


def _session_out(session: TrainingSession) -> SessionOut:

    return SessionOut(
        id=session.pk,
        code=session.code,
        title=session.title,
        course=session.course.title,
        course_url=session.course.url,
        mode=session.mode,
        venue=session.venue,
        starts_on=session.starts_on,
        ends_on=session.ends_on,
        capacity=session.capacity,
        seats_left=session.seats_left,
        waitlisted=session.waitlisted_count,
        requires_approval=session.requires_approval,
        enrolment_mode=session.enrolment_mode,
        enrolment_open=session.enrolment_open,
        url=reverse("courses:session_detail", args=[session.pk]),
    )


def _enrolment_out(enrolment: Enrolment, session: TrainingSession | None = None) -> EnrolmentOut:
    session = session or enrolment.session
    return EnrolmentOut(
        id=enrolment.pk,
        session_id=session.pk,
        session_code=session.code,
        session_title=session.title,
        status=enrolment.status,
        waitlist_position=enrolment.waitlist_position,
        starts_on=enrolment.starts_on if hasattr(enrolment, "starts_on") else session.first_day(),
        ends_on=enrolment.ends_on if hasattr(enrolment, "ends_on") else session.last_day(),
    )


def _public_session(session_id: int) -> TrainingSession:
    return get_object_or_404(
        TrainingSession.objects.exclude(status=SessionStatus.DRAFT)
        .select_related("course")
        .prefetch_related("days"),
        pk=session_id,
    )


@router.get("/sessions/", response=list[SessionOut], summary="Open and upcoming sessions")
def list_sessions(request):
    return [_session_out(session) for session in selectors.api_sessions()]


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
    try:
        enrolled = services.enrol_in_session(
            session_id, request.user, acting_user=request.user, hide_drafts=True
        )
    except CoursesError as exc:
        return error_response(exc)
    return Status(201 if enrolled.placed else 200, _enrolment_out(enrolled.enrolment, enrolled.session))


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
        return error_response(NotEnrolledError())
    try:
        enrolment = services.cancel_enrolment(enrolment, acting_user=request.user)
    except CoursesError as exc:
        return error_response(exc)
    return Status(200, _enrolment_out(enrolment, session))


@router.get(
    "/me/enrolments/", auth=auth, response=list[EnrolmentOut], summary="The signed-in user's enrolments"
)
def my_enrolments(request):
    return [_enrolment_out(enrolment) for enrolment in selectors.my_enrolments(request.user)]
