"""Admin screens of certificates: sessions, a session's eligibility list (filters, XLSX, issuing), the
progress of a bulk issuance, a certificate with its revocation. Trainers reach only their own sessions."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.models import Enrolment
from lms.admin import render_admin_page
from lms.http import found, id_or_none
from lms.text import fold

from . import eligibility as rulebook
from . import exports, selectors, services
from .eligibility import Eligibility
from .errors import CertificatesError
from .models import IssuanceStatus
from .views import certificate_file

FILTERS = {
    "eligible": lambda item: item.eligible and not item.issued,
    "not_eligible": lambda item: not item.eligible and not item.issued,
    "issued": lambda item: item.issued,
    "revoked": lambda item: bool(item.history),
}


def _session(request, pk: int):
    return found(selectors.managed_session(request.user, pk))


def filtered(results: list[Eligibility], *, state: str, query: str) -> list[Eligibility]:
    """The rows a trainer asked for: by state (eligible, not eligible, issued, revoked) and name or unit."""
    if state in FILTERS:
        results = [item for item in results if FILTERS[state](item)]
    words = fold(query).split()
    if words:
        results = [
            item
            for item in results
            if all(
                word in fold(f"{item.user.full_name} {item.user.email} {item.user.work_unit}")
                for word in words
            )
        ]
    return results


# The columns of the session list (courses/admin/includes/session_table.html).
SESSION_COLUMNS = ("course", "dates", "status", "confirmed")


@require_GET
def session_list(request):
    return render_admin_page(
        request,
        "certificates/admin/session_list.html",
        {"sessions": list(selectors.managed_sessions(request.user)), "columns": SESSION_COLUMNS},
        title=_("Certificates"),
        icon="doc-full",
    )


@require_GET
def session_eligibility(request, pk: int):
    session = _session(request, pk)
    results = rulebook.session_eligibility(session)
    state = request.GET.get("trang_thai", "")
    query = request.GET.get("q", "")[:100]
    rows = filtered(results, state=state, query=query)
    return render_admin_page(
        request,
        "certificates/admin/session.html",
        {
            "session": session,
            "rows": rows,
            "total": len(results),
            "counts": {name: sum(1 for item in results if rule(item)) for name, rule in FILTERS.items()},
            "state": state,
            "query": query,
            "states": [
                ("", _("All")),
                ("eligible", _("Eligible, not issued")),
                ("not_eligible", _("Not eligible")),
                ("issued", _("Issued")),
                ("revoked", _("With a revoked certificate")),
            ],
            "jobs": selectors.latest_jobs(session),
        },
        title=_("Certificates"),
        subtitle=session,
        icon="doc-full",
    )


@require_GET
def eligibility_xlsx(request, pk: int):
    session = _session(request, pk)
    rows = filtered(
        rulebook.session_eligibility(session),
        state=request.GET.get("trang_thai", ""),
        query=request.GET.get("q", "")[:100],
    )
    return exports.eligibility_response(session, rows)


@require_POST
def issue(request, pk: int):
    """Issue one (at once), a selection or every eligible trainee (in the background, with progress)."""
    session = _session(request, pk)
    ids = [id_or_none(value) for value in request.POST.getlist("enrolment")]
    one = request.POST.get("one")
    if None in ids or (one is not None and id_or_none(one) is None):
        messages.error(request, _("The selection could not be read."))
        return redirect("certificates_session", pk=session.pk)
    mode = "one" if one is not None else request.POST.get("mode", "selection")
    try:
        if mode == "one":
            enrolment = found(Enrolment.objects.filter(session=session, pk=id_or_none(one)).first())
            result = services.issue_certificate(enrolment, acting_user=request.user)
            template = (
                _("Certificate %(number)s issued to %(name)s.")
                if result.created
                else _("%(name)s already holds certificate %(number)s.")
            )
            messages.success(
                request,
                template % {"number": result.certificate.number, "name": result.certificate.full_name},
            )
            return redirect("certificates_session", pk=session.pk)
        if mode != "all" and not ids:
            messages.error(request, _("Tick the trainees to issue to, or issue to every eligible trainee."))
            return redirect("certificates_session", pk=session.pk)
        job = services.start_issuance(
            session, acting_user=request.user, enrolment_ids=None if mode == "all" else ids
        )
    except CertificatesError as exc:
        messages.error(request, exc.message)
        return redirect("certificates_session", pk=session.pk)
    return redirect("certificates_job", pk=job.pk)


@require_GET
def job_progress(request, pk: int):
    job = found(selectors.managed_job(request.user, pk))
    return render_admin_page(
        request,
        "certificates/admin/job.html",
        {
            "job": job,
            "session": job.session,
            "running": job.status in {IssuanceStatus.PENDING, IssuanceStatus.RUNNING},
        },
        title=_("Issuing certificates"),
        subtitle=job.session,
        icon="doc-full",
    )


@require_GET
def certificate_detail(request, pk: int):
    certificate = found(selectors.managed_certificate(request.user, pk))
    return render_admin_page(
        request,
        "certificates/admin/certificate.html",
        {"certificate": certificate, "session": certificate.enrolment.session},
        title=_("Certificate"),
        subtitle=certificate.number,
        icon="doc-full",
    )


@require_http_methods(["POST"])
def revoke(request, pk: int):
    """Revoke with a reason; "re-issue" also issues the corrected certificate with a new number."""
    certificate = found(selectors.managed_certificate(request.user, pk))
    reason = request.POST.get("reason", "")[:2000]
    try:
        if request.POST.get("reissue"):
            new = services.reissue_certificate(certificate, reason=reason, acting_user=request.user)
            messages.success(
                request,
                _("Certificate %(old)s revoked and replaced by %(new)s.")
                % {"old": certificate.number, "new": new.number},
            )
            return redirect("certificates_certificate", pk=new.pk)
        services.revoke_certificate(certificate, reason=reason, acting_user=request.user)
    except CertificatesError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Certificate %(number)s revoked.") % {"number": certificate.number})
    return redirect("certificates_certificate", pk=certificate.pk)


@require_GET
def certificate_pdf(request, pk: int):
    return certificate_file(request, selectors.managed_certificate(request.user, pk))
