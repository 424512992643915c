"""The trainee's own training record on "Góc học tập": the page and its PDF (their own record, no one else's)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .admin_views import pdf_response
from .exports import record_filename, record_pdf
from .records import training_record


@login_required
@require_GET
def my_training_record(request):
    record = training_record(request.user)
    return render(
        request,
        "reports/trainee/training_record.html",
        {"record": record, "page_title": _("My training record")},
    )


@login_required
@require_GET
def my_training_record_pdf(request):
    record = training_record(request.user)
    return pdf_response(record_pdf(record), record_filename(record, "pdf"))
