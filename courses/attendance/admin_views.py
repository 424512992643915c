"""Admin screens of attendance: sessions, a session's register and rules, the roll-call grid and its JSON
endpoints, the QR check-in screen, the meeting-report import, and the exports (XLSX register, PDF sheet)."""

from __future__ import annotations

import json
from functools import wraps

import segno
from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.models import Enrolment, SessionDay, TrainingSession
from lms.admin import render_admin_page
from lms.exports import xlsx_response
from lms.http import found
from lms.imports.views import PreviewThenConfirmView

from . import codes, exports, selectors, services
from .errors import AttendanceError, NotAllowedToMarkError
from .forms import MeetingReportForm, PolicyForm
from .imports import import_meeting_report, preview_meeting_import
from .models import AttendancePolicy, AttendanceStatus
from .pdf import render_sign_in_sheet


def _session(request, pk: int) -> TrainingSession:
    session = (
        TrainingSession.objects.select_related("course").with_dates().with_counts().filter(pk=pk).first()
    )
    if session is None:
        raise Http404
    services.require_manager(session, request.user)
    return session


def _found_day(pk: int) -> SessionDay:
    """The day with its session and course, whoever asks (the service checks who may change it)."""
    day = found(SessionDay.objects.select_related("session__course").filter(pk=pk).first())
    return day


def _day(request, pk: int) -> SessionDay:
    day = _found_day(pk)
    services.require_manager(day.session, request.user)
    return day


def _error(exc: AttendanceError) -> JsonResponse:
    return JsonResponse({"ok": False, "error": exc.message, "code": exc.code}, status=exc.status_code)


def answers_403(*, json: bool = False):
    """A trainer of another session gets a plain 403 with the reason (Wagtail would redirect to its home)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except NotAllowedToMarkError as exc:
                if json:
                    return _error(exc)
                return render_admin_page(
                    request,
                    "attendance/admin/forbidden.html",
                    {"message": exc.message},
                    title=_("Attendance"),
                    icon="clipboard-list",
                    status=403,
                )

        return wrapped

    return decorator


# The columns of the session list (courses/admin/includes/session_table.html).
SESSION_COLUMNS = ("course", "dates", "mode", "status", "confirmed", "days")


@require_GET
def session_list(request):
    return render_admin_page(
        request,
        "attendance/admin/session_list.html",
        {
            "sessions": list(selectors.managed_sessions(request.user)),
            "columns": SESSION_COLUMNS,
            "today": timezone.localdate(),
        },
        title=_("Attendance"),
        icon="clipboard-list",
    )


@require_http_methods(["GET", "POST"])
@answers_403(json=False)
def session_overview(request, pk: int):
    """A session's days with their rates, its trainees with theirs (flagged under the threshold), its rules."""
    session = _session(request, pk)
    policy = AttendancePolicy.for_session(session)
    form = PolicyForm(request.POST or None, instance=policy)
    if request.method == "POST" and form.is_valid():
        services.update_policy(session, acting_user=request.user, **form.cleaned_data)
        messages.success(request, _("The attendance rules have been saved."))
        return redirect("attendance_session", pk=session.pk)
    register = selectors.session_register(session)
    return render_admin_page(
        request,
        "attendance/admin/session_overview.html",
        {
            "session": session,
            "register": register,
            "form": form,
            "today": timezone.localdate(),
            "statuses": AttendanceStatus.choices,
        },
        title=_("Attendance"),
        subtitle=session,
        icon="clipboard-list",
    )


@require_GET
@answers_403(json=False)
def roll_call(request, pk: int):
    day = _day(request, pk)
    data = selectors.roll_call(day)
    return render_admin_page(
        request,
        "attendance/admin/roll_call.html",
        {
            "day": day,
            "session": day.session,
            "roll": data,
            "statuses": AttendanceStatus.choices,
            "today": timezone.localdate(),
        },
        title=_("Roll call"),
        subtitle=day.session,
        icon="clipboard-list",
    )


@require_POST
def mark(request, pk: int):
    """JSON: set one trainee's status and/or note for the day; answers the row as saved."""
    day = _found_day(pk)
    try:
        payload = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"ok": False, "error": _("The request could not be read.")}, status=400)
    if not isinstance(payload, dict):
        return JsonResponse({"ok": False, "error": _("The request could not be read.")}, status=400)
    enrolment_id = payload.get("enrolment")
    enrolment = None
    if isinstance(enrolment_id, int) or (isinstance(enrolment_id, str) and enrolment_id.isdigit()):
        enrolment = Enrolment.objects.filter(pk=int(enrolment_id), session_id=day.session_id).first()
    try:
        if enrolment is None:
            services.require_manager(day.session, request.user)
            raise AttendanceError(_("This trainee is not enrolled in the session of that day."))
        status = payload.get("status")
        note = payload.get("note")
        if note is not None and not isinstance(note, str):
            raise AttendanceError(_("The request could not be read."))
        if status:
            record = services.record_attendance(
                enrolment, day, status=str(status), acting_user=request.user, note=note
            )
        elif note is not None:
            record = services.save_note(enrolment, day, note=note, acting_user=request.user)
            if record is None:
                raise AttendanceError(_("Choose a status first, then add a note."))
        else:
            raise AttendanceError(_("Nothing to save."))
    except AttendanceError as exc:
        return _error(exc)
    return JsonResponse({"ok": True, "record": selectors.record_payload(record, enrolment_id=enrolment.pk)})


@require_POST
def mark_all(request, pk: int):
    """JSON: mark present everyone without a record; answers every record of the day."""
    day = _found_day(pk)
    try:
        created = services.mark_all_present(day, acting_user=request.user)
    except AttendanceError as exc:
        return _error(exc)
    return JsonResponse({"ok": True, "created": created, "records": selectors.day_records_payload(day)})


@require_GET
@answers_403(json=False)
def check_in_screen(request, pk: int):
    day = _day(request, pk)
    return render_admin_page(
        request,
        "attendance/admin/check_in.html",
        {
            "day": day,
            "session": day.session,
            "is_today": day.date == timezone.localdate(),
            "rotate_seconds": codes.rotate_seconds(),
            "qr": _qr_payload(day) if day.date == timezone.localdate() else None,
            "live": selectors.checked_in(day),
        },
        title=_("QR check-in"),
        subtitle=day.session,
        icon="clipboard-list",
    )


@require_GET
@answers_403(json=False)
def check_in_projector(request, pk: int):
    """The QR screen for a projector: full screen, the rotating code large, the short code and the address for
    phones that cannot scan, and the list of who has checked in (refreshed by the same JSON as the QR screen)."""
    day = _day(request, pk)
    if day.date != timezone.localdate():
        return redirect("attendance_check_in_screen", pk=day.pk)
    return render(
        request,
        "attendance/admin/check_in_projector.html",
        {
            "day": day,
            "session": day.session,
            "rotate_seconds": codes.rotate_seconds(),
            "qr": _qr_payload(day),
            "live": selectors.checked_in(day, limit=PROJECTOR_NAMES),
        },
    )


# How many of the latest arrivals the projector lists (the QR screen shows fewer).
PROJECTOR_NAMES = 30


def _qr_payload(day: SessionDay) -> dict:
    now = timezone.now()
    code = codes.make_code(session_id=day.session_id, day_id=day.pk, now=now)
    url = codes.check_in_url(day_id=day.pk, code=code)
    qr = segno.make(url, error="m")
    return {
        "url": url,
        "short_code": codes.make_short_code(day_id=day.pk, now=now),
        "short_url": codes.short_check_in_url(),
        "svg": qr.svg_inline(
            scale=1,
            border=4,  # the quiet zone QR readers expect
            dark="#111",
            title=_("Check-in QR code"),
            svgclass="checkin-qr__svg",
            omitsize=True,
        ),
        "expires_in": codes.seconds_left(now),
    }


@require_GET
@answers_403(json=True)
def check_in_code(request, pk: int):
    """JSON polled by the check-in screen: the current QR code and the live count."""
    day = _day(request, pk)
    if day.date != timezone.localdate():
        return JsonResponse({"ok": False, "error": _("Check-in is only open on the day itself.")}, status=409)
    limit = PROJECTOR_NAMES if request.GET.get("names") == "all" else 8
    response = JsonResponse({"ok": True, **_qr_payload(day), "live": selectors.checked_in(day, limit=limit)})
    response["Cache-Control"] = "no-store"
    return response


@require_GET
@answers_403(json=False)
def register_xlsx(request, pk: int):
    session = _session(request, pk)
    table = exports.register_table(selectors.session_register(session))
    return xlsx_response(f"diem-danh-lop-{session.pk}.xlsx", table)


@require_GET
@answers_403(json=False)
def sign_in_sheet(request, pk: int):
    day = _day(request, pk)
    # A paper document of the Vietnamese administration: always in Vietnamese.
    with translation.override(settings.LANGUAGE_CODE):
        content = render_sign_in_sheet(selectors.sign_in_sheet(day))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="danh-sach-ky-ten-{day.date:%Y-%m-%d}.pdf"'
    return response


class MeetingImportView(PreviewThenConfirmView):
    """Upload a participants report, preview who is present, then confirm: written in one transaction."""

    form_class = MeetingReportForm
    template_name = "attendance/admin/meeting_import.html"
    heading = gettext_lazy("Import meeting report")
    confirm_label = gettext_lazy("Record this attendance")

    def dispatch(self, request, *args, pk: int, **kwargs):
        self.day = _day(request, pk)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs) -> dict:
        return super().get_context_data(
            day=self.day, session=self.day.session, subtitle=self.day.session, **kwargs
        )

    def preview(self, upload, filename):
        return preview_meeting_import(self.day, upload, filename)

    def can_confirm(self, preview) -> bool:
        return bool(preview.trainees)

    def confirm(self, upload, filename):
        result = import_meeting_report(self.day, upload, filename, acting_user=self.request.user)
        messages.success(
            self.request,
            _("Attendance imported: %(present)d present, %(absent)d absent, %(unmatched)d rows not matched.")
            % {
                "present": result.present_count,
                "absent": result.absent_count,
                "unmatched": len(result.unmatched),
            },
        )
        return redirect("attendance_roll_call", pk=self.day.pk)


meeting_import = answers_403(json=False)(MeetingImportView.as_view())
