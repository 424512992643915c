"""Spreadsheets kept between an import's preview and its confirmation, in private storage."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import PurePath

from django.core.files.base import ContentFile
from django.utils import timezone

from lms.storage import private_storage

IMPORT_FOLDER = "imports"


def store_upload(upload) -> str:
    """Keep an uploaded spreadsheet between the preview and the confirmation; returns its token."""
    suffix = PurePath(upload.name).suffix.lower()
    token = f"{uuid.uuid4().hex}{suffix}"
    private_storage().save(f"{IMPORT_FOLDER}/{token}", ContentFile(upload.read()))
    return token


def open_upload(token: str):
    name = PurePath(token).name  # never a path from the request
    path = f"{IMPORT_FOLDER}/{name}"
    if not private_storage().exists(path):
        return None, name
    return private_storage().open(path, "rb"), name


def discard_upload(token: str) -> None:
    path = f"{IMPORT_FOLDER}/{PurePath(token).name}"
    if private_storage().exists(path):
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
        if storage.get_modified_time(path) < cutoff:
            storage.delete(path)
            removed += 1
    return removed
