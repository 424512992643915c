"""Public views: verify a certificate by its code or by its signed PDF; a trainee downloads their own PDF."""

from __future__ import annotations

import logging
from pathlib import Path

from django import forms
from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from lms.pdf import check_pdf_signature

from . import selectors
from .models import normalise_code
from .throttle import rate_limited

logger = logging.getLogger(__name__)

MAX_PDF_BYTES = 5 * 1024 * 1024


def _too_many(request):
    return render(request, "certificates/too_many.html", {"page_title": _("Too many requests")}, status=429)


class CodeForm(forms.Form):
    ma = forms.CharField(label=gettext_lazy("Verification code"), max_length=40)


class PdfForm(forms.Form):
    tep = forms.FileField(label=gettext_lazy("Certificate PDF file"))

    def clean_tep(self):
        upload = self.cleaned_data["tep"]
        if upload.size > MAX_PDF_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        data = upload.read()
        if not data.startswith(b"%PDF-"):
            raise forms.ValidationError(_("This is not a PDF file."))
        return data


@require_GET
def lookup(request):
    """The form to type a code (GET ?ma=...), which leads to the certificate's page."""
    form = CodeForm(request.GET or None)
    if form.is_valid():
        code = normalise_code(form.cleaned_data["ma"])
        if code:
            return redirect("certificates:verify", code=code)
    return render(
        request,
        "certificates/lookup.html",
        {"form": form, "pdf_form": PdfForm(), "page_title": _("Verify a certificate")},
    )


@require_GET
def verify(request, code: str):
    if rate_limited(request):
        return _too_many(request)
    certificate = selectors.certificate_by_code(code)
    if certificate is None:
        return render(
            request,
            "certificates/not_found.html",
            {"code": code, "form": CodeForm(), "page_title": _("Certificate not found")},
            status=404,
        )
    return render(
        request,
        "certificates/verify.html",
        {
            "certificate": certificate,
            "state": certificate.state,
            "page_title": _("Certificate %(number)s") % {"number": certificate.number},
        },
    )


def _trusted_certificates() -> list[bytes]:
    path = settings.CERTIFICATE_SIGNING_CERT
    return [Path(path).read_bytes()] if path and Path(path).is_file() else []


@require_http_methods(["GET", "POST"])
def check_file(request):
    """Upload a PDF: is its signature valid, and which certificate is it?"""
    if request.method == "GET":
        return redirect("certificates:lookup")
    if rate_limited(request, bucket="file"):
        return _too_many(request)
    form = PdfForm(request.POST, request.FILES)
    context = {"form": CodeForm(), "pdf_form": form, "page_title": _("Verify a certificate")}
    if not form.is_valid():
        return render(request, "certificates/lookup.html", context, status=400)
    data = form.cleaned_data["tep"]
    check = check_pdf_signature(data, trusted_certificates=_trusted_certificates())
    certificate = None
    if check.valid:
        certificate = selectors.certificate_in_pdf(data)
    context.update(
        {
            "check": check,
            "certificate": certificate,
            "state": certificate.state if certificate else "",
        }
    )
    return render(request, "certificates/file_result.html", context)


def certificate_file(request, certificate, *, as_attachment: bool = False) -> HttpResponse:
    """The certificate's PDF as a response named after its number; no certificate or no PDF is not found.

    A PDF lost from storage (restored from an older backup, say) is said so, not a server error: the
    certificate stays valid and verifiable by its code, and the training office can restore the file.
    """
    if certificate is None or not certificate.pdf:
        raise Http404
    if not certificate.pdf.storage.exists(certificate.pdf.name):
        logger.error(
            "certificate %s: its PDF %s is missing from storage", certificate.number, certificate.pdf.name
        )
        return render(request, "certificates/pdf_missing.html", {"certificate": certificate}, status=503)
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=as_attachment,
        filename=f"giay-chung-nhan-{certificate.number.replace('/', '-')}.pdf",
        content_type="application/pdf",
    )


@require_GET
def download(request, pk: int):
    """The trainee's own certificate PDF; another person's id is not found."""
    return certificate_file(request, selectors.certificate_of(request.user, pk), as_attachment=True)
