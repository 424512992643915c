"""The trainee's own profile, and the organisation import screens of the admin."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from lms.http import id_or_none

from .forms import ImportUploadForm, ProfileForm
from .services import import_organisations, preview_organisation_import, update_profile
from .tabular import TableError
from .uploads import discard_upload, open_upload, store_upload


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        update_profile(request.user, data=form.person_data())
        messages.success(request, _("Your details have been saved."))
        return redirect("people:profile")
    return render(request, "people/profile.html", {"form": form})


def admin_login(request):
    """Wagtail's own login form is replaced: there is one login path, allauth's (verified e-mail, rate limits).

    Whatever the method, nobody is authenticated here; the person is sent to the site's login page and
    comes back to the admin page they asked for.
    """
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("wagtailadmin_home")
    return redirect_to_login(next_url, login_url=settings.WAGTAILADMIN_LOGIN_URL)


def import_finished_message(report) -> str:
    summary = report.summary()
    return _(
        "Import finished: %(created)d created, %(updated)d updated, %(unchanged)d unchanged, %(errors)d rows skipped with errors."
    ) % {
        "created": summary.get("create", 0),
        "updated": summary.get("update", 0),
        "unchanged": summary.get("unchanged", 0),
        "errors": summary.get("error", 0),
    }


def preview_then_confirm_import(
    request,
    *,
    form_class,
    preview: Callable,
    apply: Callable,
    template: str,
    restart_url: str,
    context: dict | None = None,
):
    """The import screens' flow: upload and preview row by row (nothing written), then confirm.

    `preview(handle, filename)` and `apply(handle, filename, acting_user=...)` return an ImportReport;
    the upload is kept between the two steps under a random token and deleted once imported.
    """
    context = {"form": form_class(), **(context or {})}
    if request.method == "POST" and "token" in request.POST:
        token = request.POST["token"]
        handle, name = open_upload(token)
        if handle is None:
            messages.error(request, _("The uploaded file has expired; please upload it again."))
            return redirect(restart_url)
        try:
            with handle:
                report = apply(handle, name, acting_user=request.user)
        except TableError as exc:
            messages.error(request, str(exc))
            return redirect(restart_url)
        discard_upload(token)
        messages.success(request, import_finished_message(report))
        context.update({"report": report, "done": True})
        return render(request, template, context)
    if request.method == "POST":
        form = form_class(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            token = store_upload(form.cleaned_data["file"])
            handle, name = open_upload(token)
            try:
                with handle:
                    report = preview(handle, name)
            except TableError as exc:
                discard_upload(token)
                form.add_error("file", str(exc))
            else:
                context.update({"report": report, "token": token})
    return render(request, template, context)


@require_http_methods(["GET", "POST"])
def organisation_import(request):
    """Upload, preview row by row, then confirm: only the valid rows are written, in one transaction."""
    if not request.user.has_perm("people.add_organisation"):
        raise PermissionDenied
    return preview_then_confirm_import(
        request,
        form_class=ImportUploadForm,
        preview=preview_organisation_import,
        apply=import_organisations,
        template="people/admin/organisation_import.html",
        restart_url=reverse("people_organisation_import"),
    )


@require_http_methods(["GET", "POST"])
def unlisted_work_units_view(request):
    """Managers match the work units people typed at sign-up to organisations of the directory."""
    from django.shortcuts import get_object_or_404

    from .models import Organisation
    from .selectors import current_organisations, unlisted_work_units
    from .services import match_unlisted_work_unit

    if not request.user.has_perm("people.change_organisation"):
        raise PermissionDenied
    if request.method == "POST":
        organisation_id = id_or_none(request.POST.get("organisation"))
        typed = request.POST.get("typed_name", "")
        if not organisation_id or not typed:
            messages.error(request, _("Choose an organisation for this work unit."))
        else:
            organisation = get_object_or_404(Organisation, pk=organisation_id)
            count = match_unlisted_work_unit(typed, organisation=organisation, acting_user=request.user)
            messages.success(
                request,
                _("%(count)d people now belong to %(organisation)s.")
                % {"count": count, "organisation": organisation.name},
            )
        return redirect("people_unlisted_work_units")
    return render(
        request,
        "people/admin/unlisted_work_units.html",
        {"groups": unlisted_work_units(), "organisations": current_organisations()},
    )
