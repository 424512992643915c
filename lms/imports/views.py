"""The screens of every import: upload, preview row by row (nothing written), then confirm.

The upload is read for the preview straight from the request and kept in the private store only once the
preview has succeeded; the confirmation reads it back by its token and deletes it whatever happens. A file
that cannot be read, or a rule that refuses the import, gives the person a message, never a 500.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath
from typing import IO, Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views import View

from lms.errors import DomainError

from .forms import SpreadsheetUploadForm
from .results import ImportReport, finished_message
from .store import discard_upload, open_upload, store_upload


class PreviewThenConfirmView(View):
    """Upload, preview, confirm. Subclasses give `preview()` and `confirm()` and a template that extends
    "imports/admin/import.html" (blocks: back, instructions, preview, confirm)."""

    http_method_names = ["get", "post"]
    form_class = SpreadsheetUploadForm
    template_name = ""
    heading = ""
    permission_required: str | None = None
    confirm_label = ""
    # Errors whose message is shown to the person (a TableError is a DomainError).
    refused_errors: tuple[type[Exception], ...] = (DomainError,)

    def dispatch(self, request, *args, **kwargs):
        if self.permission_required and not request.user.has_perm(self.permission_required):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    # What a subclass says -------------------------------------------------------------------------------

    def preview(self, upload: IO[bytes], filename: str) -> Any:
        """Read the file and say what importing it would do; writes nothing."""
        raise NotImplementedError

    def confirm(self, upload: IO[bytes], filename: str) -> HttpResponse:
        """Import the file previewed earlier and answer (a page or a redirect)."""
        raise NotImplementedError

    def can_confirm(self, preview: Any) -> bool:
        """Whether the preview leaves anything to import (the confirm button shows only then)."""
        return bool(getattr(preview, "valid", True))

    def get_restart_url(self) -> str:
        return self.request.path

    def get_context_data(self, **kwargs) -> dict:
        return {"view": self, "heading": self.heading, "restart_url": self.get_restart_url(), **kwargs}

    # The flow --------------------------------------------------------------------------------------------

    def render(self, **context) -> HttpResponse:
        return TemplateResponse(self.request, self.template_name, self.get_context_data(**context))

    def get(self, request, *args, **kwargs):
        return self.render(form=self.form_class())

    def post(self, request, *args, **kwargs):
        if "token" in request.POST:
            return self.post_confirmation(request.POST["token"])
        form = self.form_class(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(form=form)
        upload = form.cleaned_data["file"]
        try:
            preview = self.preview(upload, upload.name)
        except self.refused_errors as exc:
            form.add_error("file", getattr(exc, "message", str(exc)))
            return self.render(form=form)
        token = store_upload(upload)
        return self.render(
            form=form,
            preview=preview,
            token=token,
            filename=PurePath(upload.name).name,
            can_confirm=self.can_confirm(preview),
        )

    def post_confirmation(self, token: str) -> HttpResponse:
        handle, name = open_upload(token)
        if handle is None:
            messages.error(self.request, _("The uploaded file has expired; please upload it again."))
            return redirect(self.get_restart_url())
        try:
            with handle:
                return self.confirm(handle, name)
        except self.refused_errors as exc:
            messages.error(self.request, getattr(exc, "message", str(exc)))
            return redirect(self.get_restart_url())
        finally:
            discard_upload(token)


class ReportImportView(PreviewThenConfirmView):
    """An import whose preview and write both answer an ImportReport; the result is shown on the same page.

    The two services are given to `as_view()`: `preview_import(upload, filename)` and
    `apply_import(upload, filename, acting_user=...)`, or a subclass overrides `preview()` and `apply()`.
    """

    preview_import: Callable[[IO[bytes], str], ImportReport] | None = None
    apply_import: Callable[..., ImportReport] | None = None

    @classmethod
    def for_model(
        cls,
        model: type[Model],
        *,
        heading: str,
        preview_import: Callable[[IO[bytes], str], ImportReport],
        apply_import: Callable[..., ImportReport],
    ):
        """The import screen of `model`'s rows: template "<app label>/admin/<model name>_import.html", open to
        those who may add rows (the URL is named `<app label>_<model name>_import`, as ImportableIndexView
        links it)."""
        options = model._meta
        return cls.as_view(
            template_name=f"{options.app_label}/admin/{options.model_name}_import.html",
            heading=heading,
            permission_required=f"{options.app_label}.add_{options.model_name}",
            preview_import=preview_import,
            apply_import=apply_import,
        )

    def preview(self, upload: IO[bytes], filename: str) -> ImportReport:
        return self.preview_import(upload, filename)

    def apply(self, upload: IO[bytes], filename: str) -> ImportReport:
        """Write every valid row; rows with errors are skipped and reported."""
        return self.apply_import(upload, filename, acting_user=self.request.user)

    def confirm(self, upload: IO[bytes], filename: str) -> HttpResponse:
        report = self.apply(upload, filename)
        messages.success(self.request, finished_message(report))
        return self.render(form=self.form_class(), preview=report, done=True)
