"""The one upload field of every import: spreadsheet types only, and a size limit checked before reading."""

from __future__ import annotations

from collections.abc import Sequence

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

SPREADSHEET_EXTENSIONS = (".xlsx", ".csv")


class SpreadsheetField(forms.FileField):
    """An .xlsx or .csv upload (or the `extensions` given), refused above IMPORT_MAX_UPLOAD_BYTES unread."""

    def __init__(self, *, extensions: Sequence[str] = SPREADSHEET_EXTENSIONS, **kwargs):
        self.extensions = tuple(extensions)
        kwargs.setdefault("label", _("Spreadsheet (.xlsx or .csv)"))
        kwargs.setdefault("help_text", _("The first row holds the column names."))
        kwargs.setdefault("widget", forms.ClearableFileInput(attrs={"accept": ",".join(self.extensions)}))
        super().__init__(**kwargs)

    @staticmethod
    def max_bytes() -> int:
        return settings.IMPORT_MAX_UPLOAD_BYTES

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return upload
        if not upload.name.lower().endswith(self.extensions):
            raise forms.ValidationError(
                _("Upload a file of one of these types: %(types)s.") % {"types": ", ".join(self.extensions)},
                code="extension",
            )
        if upload.size > self.max_bytes():
            raise forms.ValidationError(
                _("The file is larger than %(size)s.") % {"size": filesizeformat(self.max_bytes())},
                code="too_large",
            )
        return upload


class SpreadsheetUploadForm(forms.Form):
    """The upload step of an import (see views.PreviewThenConfirmView)."""

    file = SpreadsheetField()
