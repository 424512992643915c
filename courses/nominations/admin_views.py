"""Admin screens of nominations: sessions, a session's invitations (invite units, quota used and left), and
the focal points of organisations. Thin: validate, call one service, render or redirect."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Count
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from courses.permissions import is_manager
from courses.selectors import sessions_visible_to
from lms.admin import render_admin_page
from lms.errors import DomainError

from . import follow_up, letters, selectors, services
from .forms import FocalPointForm, InviteForm, MoveQuotaForm, QuotaForm
from .models import FocalPoint, Invitation
from .views import act_then_back, pdf_or_back


def _session(request, pk: int):
    """Trainers reach only the sessions they are assigned to: others are not found (404)."""
    session = sessions_visible_to(request.user).with_dates().filter(pk=pk).first()
    if session is None:
        raise Http404
    return session


def _invitation(request, pk: int) -> Invitation:
    """An invitation of a session the person may reach (see `_session`); any other is not found (404)."""
    invitation = Invitation.objects.filter(pk=pk).first()
    if invitation is None:
        raise Http404
    _session(request, invitation.session_id)
    return invitation


# The columns of the session list (courses/admin/includes/session_table.html).
SESSION_COLUMNS = ("start", "enrolment_mode", "capacity", "invitations")


def session_list(request):
    sessions = (
        sessions_visible_to(request.user)
        .with_dates()
        .annotate(invitation_count=Count("invitations", distinct=True))
        .order_by("-year", "code")
    )
    return render_admin_page(
        request,
        "nominations/admin/session_list.html",
        {
            "sessions": list(sessions),
            "columns": SESSION_COLUMNS,
            "can_manage_focal_points": is_manager(request.user),
        },
        title=_("Nominations"),
        icon="mail",
    )


@require_http_methods(["GET", "POST"])
def session_invitations(request, pk: int):
    session = _session(request, pk)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        units = selectors.organisations_to_invite(
            level=data["level"],
            province=data["province"],
            saved_list=data["saved_list"],
            chosen=data["organisations"],
        )
        try:
            created = services.invite_organisations(
                session,
                units,
                quota=data["quota"],
                deadline=data["deadline"],
                replace_until=data["replace_until"],
                allow_over_invitation=data["allow_over_invitation"],
                acting_user=request.user,
            )
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(
                request,
                _("%(count)s units invited (units already invited are left as they were).")
                % {"count": len(created)},
            )
            return redirect("nominations_session", pk=session.pk)
    return _session_page(request, session, form=form)


def _session_page(
    request, session, *, form: InviteForm | None = None, move_form: MoveQuotaForm | None = None
):
    invitations = follow_up.session_follow_up(session.pk)
    return render_admin_page(
        request,
        "nominations/admin/session_invitations.html",
        {
            "session": session,
            "invitations": invitations,
            "form": form or InviteForm(),
            "move_form": move_form or MoveQuotaForm(),
            "quota_total": sum(invitation.quota for invitation in invitations),
        },
        title=session.code,
        subtitle=session.title,
        icon="mail",
    )


def _forbidden_unless_manager(request) -> HttpResponseForbidden | None:
    """A plain 403 with the reason (Wagtail would redirect a PermissionDenied to its home)."""
    if is_manager(request.user):
        return None
    return HttpResponseForbidden(_("Only programme managers appoint focal points."))


@require_http_methods(["GET", "POST"])
def focal_points(request):
    if forbidden := _forbidden_unless_manager(request):
        return forbidden
    form = FocalPointForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            services.invite_focal_point(data.pop("organisation"), acting_user=request.user, **data)
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, _("The focal point has been appointed."))
            return redirect("nominations_focal_points")
    return render_admin_page(
        request,
        "nominations/admin/focal_points.html",
        {"form": form, "focal_points": list(selectors.focal_points())},
        title=_("Focal points of organisations"),
        icon="user",
    )


@require_POST
def focal_point_remove(request, pk: int):
    if forbidden := _forbidden_unless_manager(request):
        return forbidden
    focal_point = FocalPoint.objects.filter(pk=pk).first()
    if focal_point is None:
        raise Http404
    services.remove_focal_point(focal_point, acting_user=request.user)
    messages.success(request, _("The focal point has been removed."))
    return redirect("nominations_focal_points")


def session_letter(request, pk: int):
    """The combined letter ("Kính gửi: Như danh sách kèm theo") for the document system."""
    session = _session(request, pk)
    return pdf_or_back(
        request,
        lambda: letters.combined_letter_pdf(session),
        filename=f"giay-moi-lop-{session.pk}.pdf",
        back=reverse("nominations_session", args=[session.pk]),
    )


def invitation_letter(request, pk: int):
    invitation = _invitation(request, pk)
    return pdf_or_back(
        request,
        lambda: letters.invitation_letter_pdf(invitation),
        filename=letters.letter_filename(invitation),
        back=reverse("nominations_session", args=[invitation.session_id]),
    )


@require_POST
def session_release(request, pk: int):
    """After the deadline: each unit keeps the places it used; the rest is released to the waitlist."""
    session = _session(request, pk)
    return act_then_back(
        request,
        reverse("nominations_session", args=[session.pk]),
        lambda: services.release_unused_quota(session, acting_user=request.user),
        lambda released: _("%(count)s unused places released.") % {"count": released},
    )


@require_POST
def invitation_quota(request, pk: int):
    """One unit's quota, changed from its row of the session's invitations."""
    invitation = _invitation(request, pk)
    form = QuotaForm(request.POST)
    back = reverse("nominations_session", args=[invitation.session_id])
    if not form.is_valid():
        messages.error(request, _("Enter a quota of at least 1."))
        return redirect(back)
    return act_then_back(
        request,
        back,
        lambda: services.change_invitation_quota(invitation, acting_user=request.user, **form.cleaned_data),
        lambda changed: (
            _("The quota of %(organisation)s is now %(quota)s.")
            % {"organisation": changed.organisation, "quota": changed.quota}
        ),
    )


@require_POST
def session_move_quota(request, pk: int):
    """After the deadline: the places units left unused move to the units the organiser picks."""
    session = _session(request, pk)
    form = MoveQuotaForm(request.POST)
    if form.is_valid():
        try:
            moved = services.move_unused_quota(
                session,
                form.cleaned_data["organisations"],
                deadline=form.cleaned_data["deadline"],
                acting_user=request.user,
            )
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, _("%(count)s unused places moved.") % {"count": moved})
            return redirect("nominations_session", pk=session.pk)
    return _session_page(request, session, move_form=form)
