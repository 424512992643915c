"""Public views of the courses app: session page, enrol/cancel, calendar, lesson progress, dashboard."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import selectors, services
from .confirmations import withdraw_confirmation
from .dashboard import my_learning_body
from .errors import CoursesError
from .models import Enrolment, EnrolmentStatus, LessonPage


def _session_or_404(request, pk: int):
    session = selectors.public_session(pk, user=request.user)
    if session is None:
        raise Http404
    return session


@require_GET
def session_detail(request, pk: int):
    session = _session_or_404(request, pk)
    context = selectors.session_page(session, user=request.user)
    return render(request, "courses/session_detail.html", {**context, "page_title": session.title})


def status_message(enrolment: Enrolment) -> str:
    if enrolment.status == EnrolmentStatus.CONFIRMED:
        return _("You are enrolled: your seat is confirmed.")
    if enrolment.status == EnrolmentStatus.WAITLISTED:
        return _("The session is full: you are number %(position)d on the waitlist.") % {
            "position": enrolment.waitlist_position
        }
    if enrolment.status == EnrolmentStatus.PENDING:
        return _("Your request has been received and awaits the organisers' approval.")
    if enrolment.status == EnrolmentStatus.CANCELLED:
        return _("Your enrolment is cancelled.")
    return _("Your request was declined.")


@login_required
@require_POST
def session_enrol(request, pk: int):
    session = _session_or_404(request, pk)
    try:
        enrolment = services.enrol_trainee(session, request.user, acting_user=request.user)
    except CoursesError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, status_message(enrolment))
    return redirect("courses:session_detail", pk=session.pk)


@login_required
@require_http_methods(["GET", "POST"])
def session_cancel(request, pk: int):
    """GET asks first (who loses what), POST cancels: a trainee never withdraws by a slip of the finger."""
    session = _session_or_404(request, pk)
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("session__course"), session=session, user=request.user
    )
    if request.method == "GET":
        if not enrolment.is_active:
            return redirect("courses:session_detail", pk=session.pk)
        confirmation = withdraw_confirmation(enrolment, waitlisted=session.waitlisted_count)
        return render(
            request,
            "courses/session_cancel_confirm.html",
            {
                "session": session,
                "enrolment": enrolment,
                "confirmation": confirmation,
                "page_title": confirmation.question,
            },
        )
    try:
        services.cancel_enrolment(enrolment, acting_user=request.user)
    except CoursesError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Your enrolment is cancelled."))
    return redirect("courses:session_detail", pk=session.pk)


@require_GET
def session_calendar(request, pk: int):
    session = _session_or_404(request, pk)
    response = HttpResponse(
        selectors.session_calendar_for(session), content_type="text/calendar; charset=utf-8"
    )
    filename = f"lop-{session.pk}.ics"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_POST
def lesson_done(request, page_id: int):
    """Mark a lesson done (or take the mark back) and come back to the same lesson, where the message shows;
    the lesson then offers the next one."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=page_id)
    if request.POST.get("undo"):
        services.unmark_lesson_done(lesson, user=request.user)
        messages.success(request, _("The lesson is no longer marked as done."))
    else:
        services.mark_lesson_done(lesson, user=request.user)
        messages.success(request, _("Lesson marked as done."))
    target = request.POST.get("next") or lesson.url
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = lesson.url
    return redirect(target)


@login_required
@require_GET
def my_learning(request):
    return render(
        request,
        "courses/my_learning.html",
        {"body": my_learning_body(request), "page_title": _("My learning")},
    )
