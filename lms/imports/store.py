"""Spreadsheets kept between an import's preview and its confirmation, in private storage."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from pathlib import PurePath

from django.core.files import File
from django.utils import timezone

from lms.storage import modified_time, private_storage

IMPORT_FOLDER = "imports"
_TOKEN = re.compile(r"[0-9a-f]{32}\.[a-z0-9]{1,5}")


def store_upload(upload: File) -> str:
    """Keep an uploaded spreadsheet between the preview and the confirmation; returns its token."""
    suffix = PurePath(upload.name).suffix.lower()
    token = f"{uuid.uuid4().hex}{suffix}"
    upload.seek(0)  # the preview has read it
    private_storage().save(f"{IMPORT_FOLDER}/{token}", upload)
    return token


def _path(token: str) -> str | None:
    """Where the upload of this token is kept; None for anything that is not a token (never a path)."""
    if not isinstance(token, str) or not _TOKEN.fullmatch(token):
        return None
    return f"{IMPORT_FOLDER}/{token}"


def open_upload(token: str) -> tuple[File | None, str]:
    """The upload kept under this token and its name (None when it has expired or never existed)."""
    path = _path(token)
    if path is None or not private_storage().exists(path):
        return None, ""
    return private_storage().open(path, "rb"), token


def discard_upload(token: str) -> None:
    """Delete the upload kept under this token, if it is still there."""
    path = _path(token)
    if path is not None and private_storage().exists(path):
        private_storage().delete(path)


def purge_stale_uploads(*, max_age: timedelta = timedelta(hours=24)) -> int:
    """Delete uploads whose preview was never confirmed; returns how many were removed."""
    storage = private_storage()
    cutoff = timezone.now() - max_age
    try:
        _folders, names = storage.listdir(IMPORT_FOLDER)
    except FileNotFoundError:
        return 0
    removed = 0
    for name in names:
        path = f"{IMPORT_FOLDER}/{name}"
        written = modified_time(storage, path)
        if written is not None and written < cutoff:  # None: another purge removed it meanwhile
            storage.delete(path)
            removed += 1
    return removed
