"""Public pages of a unit's focal point: the unit's invitations, quota used and left, nominate, withdraw,
replace. Another unit's invitation or nominee is not found (404)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lms.errors import DomainError
from lms.people.models import User

from . import follow_up, letters, selectors, services
from .forms import NewPersonForm
from .models import Nomination


def _invitation(request, pk: int):
    invitation = selectors.invitation_for_focal_point(request.user, pk)
    if invitation is None:
        raise Http404
    return invitation


def _nomination(request, pk: int) -> Nomination:
    nomination = (
        Nomination.objects.select_related("invitation", "user")
        .filter(pk=pk, invitation__organisation_id__in=selectors.focal_point_units(request.user))
        .first()
    )
    if nomination is None:
        raise Http404
    return nomination


def _for_focal_point(load: Callable[[Any, int], Any], method: Callable) -> Callable:
    """A focal point's action on one of their unit's invitations or nominees: signed in, `method` checked,
    and the view given what `load` found for the URL's id instead of the id (another unit's is not found)."""

    def decorate(view: Callable) -> Callable:
        @login_required
        @method
        @wraps(view)
        def answer(request, pk: int) -> HttpResponse:
            return view(request, load(request, pk))

        return answer

    return decorate


def _done(request, invitation_id: int, message: str):
    messages.success(request, message)
    return redirect("nominations:invitation", pk=invitation_id)


def act_then_back(request, back: str, action: Callable[[], Any], success: Callable[[Any], str]):
    """Call one service, then back to `back` with its refusal in words or `success(result)`."""
    try:
        result = action()
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, success(result))
    return redirect(back)


def _act(request, invitation_id: int, action: Callable[[], Any], success: Callable[[Any], str]):
    return act_then_back(request, reverse("nominations:invitation", args=[invitation_id]), action, success)


def _act_on_person(
    request, invitation_id: int, action: Callable[[User], Any], success: Callable[[User, Any], str]
):
    """`_act` with the account picked in the form (any unit: the service refuses another unit's staff, in
    words); without one, back to the invitation saying so."""
    value = request.POST.get("person", "")
    person = User.objects.filter(pk=int(value)).first() if value.isdigit() else None
    if person is None:
        messages.error(request, _("Choose a person from the list."))
        return redirect("nominations:invitation", pk=invitation_id)
    return _act(request, invitation_id, lambda: action(person), lambda result: success(person, result))


@login_required
@require_GET
def focal_home(request):
    invitations = selectors.focal_point_invitations(request.user)
    if not selectors.focal_point_units(request.user):
        return render(
            request,
            "notice.html",
            {
                "page_title": _("Nominations of my unit"),
                "message": _(
                    "You are not the focal point of any organisation. The organisers appoint each invited "
                    "unit's focal points; please contact them if your unit has chosen you."
                ),
            },
            status=403,
        )
    return render(request, "nominations/home.html", {"invitations": invitations})


def _invitation_page(request, invitation, form: NewPersonForm, *, status: int = 200) -> HttpResponse:
    return render(
        request,
        "nominations/invitation.html",
        {
            "invitation": invitation,
            "session": invitation.session,
            "nominations": selectors.current_nominations(invitation),
            "staff": selectors.staff_to_nominate(invitation),
            "new_person_form": form,
        },
        status=status,
    )


@_for_focal_point(_invitation, require_GET)
def invitation_detail(request, invitation):
    follow_up.mark_invitation_opened(invitation, acting_user=request.user)
    return _invitation_page(request, invitation, NewPersonForm())


@_for_focal_point(_invitation, require_POST)
def nominate(request, invitation):
    return _act_on_person(
        request,
        invitation.pk,
        lambda person: services.nominate_person(invitation, person, acting_user=request.user),
        lambda _person, nomination: (
            _("%(person)s has been nominated.") % {"person": nomination.user.full_name}
        ),
    )


@_for_focal_point(_invitation, require_POST)
def nominate_new(request, invitation):
    form = NewPersonForm(request.POST)
    if form.is_valid():
        try:
            nomination = services.nominate_new_person(
                invitation, acting_user=request.user, **form.cleaned_data
            )
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            return _done(
                request,
                invitation.pk,
                _("%(person)s has been nominated and will receive an e-mail to activate their account.")
                % {"person": nomination.user.full_name},
            )
    return _invitation_page(request, invitation, form, status=400)


@_for_focal_point(_nomination, require_POST)
def withdraw(request, nomination):
    return _act(
        request,
        nomination.invitation_id,
        lambda: services.withdraw_nomination(nomination, acting_user=request.user),
        lambda _result: _("%(person)s has been withdrawn.") % {"person": nomination.user.full_name},
    )


@_for_focal_point(_nomination, require_POST)
def replace(request, nomination):
    return _act_on_person(
        request,
        nomination.invitation_id,
        lambda person: services.replace_nomination(nomination, person, acting_user=request.user),
        lambda person, _result: (
            _("%(old)s has been replaced by %(new)s.")
            % {"old": nomination.user.full_name, "new": person.full_name}
        ),
    )


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def pdf_or_back(request, make_pdf: Callable[[], bytes], *, filename: str, back: str) -> HttpResponse:
    """The PDF as a download, or back to `back` with the refusal in words (letters not set up, not signed)."""
    try:
        pdf = make_pdf()
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect(back)
    return pdf_response(pdf, filename)


@_for_focal_point(_invitation, require_GET)
def letter(request, invitation):
    """The signed invitation letter to the focal point's unit."""
    return pdf_or_back(
        request,
        lambda: letters.invitation_letter_pdf(invitation),
        filename=letters.letter_filename(invitation),
        back=reverse("nominations:invitation", args=[invitation.pk]),
    )


@_for_focal_point(_invitation, require_POST)
def decline(request, invitation):
    return _act(
        request,
        invitation.pk,
        lambda: services.decline_invitation(invitation, acting_user=request.user),
        lambda _result: _("Your unit has declined the invitation."),
    )
