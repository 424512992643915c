"""The trainee's own profile, and the organisation import screens of the admin."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from lms.admin import render_admin_page
from lms.http import id_or_none
from lms.imports.views import ReportImportView

from .forms import ProfileForm
from .models import Organisation, Spokesperson
from .selectors import current_organisations, unlisted_work_units
from .services import (
    import_organisations,
    match_unlisted_work_unit,
    preview_organisation_import,
    update_profile,
)
from .spokespersons import import_spokespersons, preview_spokesperson_import


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


# Upload, preview row by row, then confirm: only the valid rows are written, in one transaction.
organisation_import = ReportImportView.for_model(
    Organisation,
    heading=gettext_lazy("Import organisations"),
    preview_import=preview_organisation_import,
    apply_import=import_organisations,
)
spokesperson_import = ReportImportView.for_model(
    Spokesperson,
    heading=gettext_lazy("Import spokespersons"),
    preview_import=preview_spokesperson_import,
    apply_import=import_spokespersons,
)


@require_http_methods(["GET", "POST"])
def unlisted_work_units_view(request):
    """Managers match the work units people typed at sign-up to organisations of the directory."""

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
    return render_admin_page(
        request,
        "people/admin/unlisted_work_units.html",
        {"groups": unlisted_work_units(), "organisations": current_organisations()},
        title=_("Work units to match"),
        icon="site",
    )
