"""Custom admin views: a session's enrolments (bulk confirm/reject, staff enrol, move, remove), bulk import."""

from __future__ import annotations

from pathlib import PurePath

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.admin.views.reports.audit_logging import LogEntriesView

from lms.exports import Table, csv_response, person_cells, person_headers, xlsx_response
from lms.http import found, id_or_none
from lms.imports.views import PreviewThenConfirmView

from . import selectors, services
from .bulk import create_bulk_enrolment_job, preview_bulk_enrolment, template_tables
from .confirmations import removal_confirmation
from .errors import CoursesError
from .forms import MoveForm, StaffEnrolForm
from .models import (
    BulkEnrolmentJob,
    Enrolment,
    EnrolmentSource,
    EnrolmentStatus,
    TrainingSession,
)
from .permissions import may_see_site_history


def _managed_session(request, pk: int) -> TrainingSession:
    session = found(
        selectors.sessions_visible_to(request.user).filter(pk=pk).with_dates().with_counts().first()
    )
    return session


@require_http_methods(["GET", "POST"])
def session_enrolments(request, pk: int):
    session = _managed_session(request, pk)
    other_sessions = (
        selectors.sessions_visible_to(request.user)
        .exclude(pk=session.pk)
        .exclude(status__in=["cancelled", "completed"])
    )
    enrol_form = StaffEnrolForm(prefix="enrol")
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action in {"confirm", "reject"}:
                ids = [int(value) for value in request.POST.getlist("selected") if value.isdigit()]
                step = services.confirm_enrolments if action == "confirm" else services.reject_enrolments
                done, errors = step(session, ids, acting_user=request.user, note=request.POST.get("note", ""))
                if done:
                    messages.success(request, _("%(count)d enrolments updated.") % {"count": done})
                for error in errors:
                    messages.warning(request, error)
                if not ids:
                    messages.warning(request, _("Select at least one person."))
            elif action == "enrol":
                enrol_form = StaffEnrolForm(request.POST, prefix="enrol")
                if enrol_form.is_valid():
                    enrolment = services.enrol_trainee(
                        session,
                        enrol_form.user,
                        acting_user=request.user,
                        source=EnrolmentSource.STAFF,
                        note=enrol_form.cleaned_data["note"],
                    )
                    messages.success(
                        request,
                        _("%(person)s: %(status)s.")
                        % {"person": enrol_form.user, "status": enrolment.get_status_display()},
                    )
                    return redirect("courses_session_enrolments", pk=session.pk)
            elif action == "remove":
                enrolment = get_object_or_404(
                    Enrolment, pk=id_or_none(request.POST.get("enrolment")), session=session
                )
                services.remove_enrolment(
                    enrolment, acting_user=request.user, note=request.POST.get("note", "")
                )
                messages.success(request, _("%(person)s has been removed.") % {"person": enrolment.user})
            elif action == "move":
                form = MoveForm(request.POST, sessions=other_sessions)
                if form.is_valid():
                    enrolment = get_object_or_404(
                        Enrolment, pk=form.cleaned_data["enrolment"], session=session
                    )
                    moved = services.move_enrolment(
                        enrolment, to_session=form.cleaned_data["to_session"], acting_user=request.user
                    )
                    messages.success(
                        request,
                        _("%(person)s moved to %(session)s (%(status)s).")
                        % {
                            "person": moved.user,
                            "session": moved.session.code,
                            "status": moved.get_status_display(),
                        },
                    )
                else:
                    messages.error(request, _("Choose the session to move to."))
        except CoursesError as exc:
            messages.error(request, exc.message)
        if action != "enrol" or enrol_form.is_valid():
            return redirect(f"{request.path}?{request.GET.urlencode()}")
    status = request.GET.get("status") or ""
    if status not in EnrolmentStatus.values:
        status = ""
    if request.GET.get("export") == "csv":
        enrolments = selectors.session_enrolments(session, status=status or None)
        return csv_response(f"hoc-vien-lop-{session.pk}.csv", _enrolments_table(session, enrolments))
    enrolments = selectors.session_enrolments(session, status=status or None)
    events = selectors.enrolment_history(session, limit=50)
    jobs = BulkEnrolmentJob.objects.filter(session=session).select_related("created_by")[:10]
    return render(
        request,
        "courses/admin/session_enrolments.html",
        {
            "session": session,
            "enrolments": enrolments,
            "status": status,
            "status_choices": EnrolmentStatus.choices,
            "counts": selectors.counts_by_status(session),
            "enrol_form": enrol_form,
            "other_sessions": list(other_sessions),
            "events": events,
            "jobs": jobs,
        },
    )


def _managed_enrolment(request, pk: int) -> tuple[Enrolment, TrainingSession]:
    enrolment = found(Enrolment.objects.select_related("user", "user__organisation").filter(pk=pk).first())
    return enrolment, _managed_session(request, enrolment.session_id)


@require_GET
def enrolment_remove(request, pk: int):
    """Ask before taking a person out: who, from which session, what happens to the seat.

    The form posts to the enrolments page's "remove" action, the one path to `remove_enrolment`.
    """
    enrolment, session = _managed_enrolment(request, pk)
    if not enrolment.is_active:
        messages.warning(request, _("%(person)s is no longer enrolled.") % {"person": enrolment.user})
        return redirect("courses_session_enrolments", pk=session.pk)
    enrolment.session = session
    return render(
        request,
        "courses/admin/enrolment_remove.html",
        {
            "session": session,
            "enrolment": enrolment,
            "confirmation": removal_confirmation(enrolment, waitlisted=session.waitlisted_count),
        },
    )


@require_GET
def enrolment_move(request, pk: int):
    """Choose the session to move a person to (each named with its course), then move on the enrolments page."""
    enrolment, session = _managed_enrolment(request, pk)
    if not enrolment.is_active:
        return redirect("courses_session_enrolments", pk=session.pk)
    other_sessions = (
        selectors.sessions_visible_to(request.user)
        .exclude(pk=session.pk)
        .exclude(status__in=["cancelled", "completed"])
        .select_related("course")
        .order_by("course__title", "code")
    )
    return render(
        request,
        "courses/admin/enrolment_move.html",
        {"session": session, "enrolment": enrolment, "other_sessions": list(other_sessions)},
    )


@require_GET
def import_template(request):
    """An empty enrolment spreadsheet with the columns the import reads, and one example row."""
    return xlsx_response("mau-nhap-hoc-vien.xlsx", *template_tables())


def _enrolments_table(session: TrainingSession, enrolments: list[Enrolment]) -> Table:
    return Table(
        title=session.code,
        headers=[
            *person_headers(),
            pgettext("trainee category", "Category"),
            _("Phone"),
            _("Status"),
            _("Waitlist position"),
            _("Source"),
        ],
        rows=(
            [
                *person_cells(enrolment.user),
                enrolment.user.get_trainee_category_display(),
                enrolment.user.phone,
                enrolment.get_status_display(),
                enrolment.waitlist_position,
                enrolment.get_source_display(),
            ]
            for enrolment in enrolments
        ),
    )


class SessionImportView(PreviewThenConfirmView):
    """Upload, preview row by row, then confirm: a Celery task imports the valid rows in one transaction."""

    template_name = "courses/admin/session_import.html"
    heading = gettext_lazy("Import enrolments")

    def dispatch(self, request, *args, pk: int, **kwargs):
        self.session = _managed_session(request, pk)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs) -> dict:
        return super().get_context_data(session=self.session, subtitle=self.session, **kwargs)

    def preview(self, upload, filename):
        return preview_bulk_enrolment(self.session, upload, filename)

    def confirm(self, upload, filename):
        original_name = self.request.POST.get("filename") or filename
        job = create_bulk_enrolment_job(
            self.session,
            upload=upload,
            filename=_safe_name(original_name, filename),
            acting_user=self.request.user,
        )
        return redirect("courses_bulk_job", pk=job.pk)


session_import = SessionImportView.as_view()


def _safe_name(original: str, fallback: str) -> str:
    name = PurePath(original or "").name
    suffix = PurePath(fallback).suffix
    if not name.lower().endswith(suffix):
        name = f"{name}{suffix}"
    return name[:200] or fallback


@require_GET
def bulk_job(request, pk: int):
    job = get_object_or_404(BulkEnrolmentJob.objects.select_related("session", "created_by"), pk=pk)
    _managed_session(request, job.session_id)
    return render(
        request,
        "courses/admin/bulk_job.html",
        {"job": job, "session": job.session, "running": job.status in {"pending", "running"}},
    )


class SiteHistoryView(LogEntriesView):
    """Wagtail's site history report (and its export), closed to trainers: it shows every session's edits.

    A trainer reads the history of their own sessions on each session's history page instead.
    """

    def dispatch(self, request, *args, **kwargs):
        if not may_see_site_history(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
