"""Where files live: the public media storage ("default") and the private one ("private").

Embedded default: the filesystem (MEDIA_ROOT, PRIVATE_ROOT). With AWS_STORAGE_BUCKET_NAME set (several web
nodes), both are S3 buckets through django-storages, so every node and worker sees the same files:

- "default" (media: Wagtail images, renditions, documents, handbook PDF editions): bucket
  AWS_STORAGE_BUCKET_NAME. Its URLs stay under MEDIA_URL (same origin, so the Content Security Policy holds):
  the web server proxies MEDIA_URL to the bucket, or Django streams it with SERVE_MEDIA=1 (lms.urls).
- "private" (certificates, import uploads, bulk enrolment files, the demo signing key): bucket
  AWS_PRIVATE_BUCKET_NAME, objects private; served only by the permission-checked views (streamed), or by a
  signed URL valid AWS_PRIVATE_URL_SECONDS (default 300).

Code never uses a file's `.path`: always the storage's open/save/exists/delete.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.conf import settings
from django.core.files.storage import Storage, storages
from django.core.signals import setting_changed
from django.utils.encoding import filepath_to_uri
from django.utils.functional import LazyObject, empty

try:  # the runtime dependency; optional only so that a broken install fails on use, not on import
    from botocore.config import Config
    from storages.backends.s3 import S3Storage
    from storages.utils import clean_name
except ImportError:  # pragma: no cover
    S3Storage = None

S3_BACKEND = "storages.backends.s3.S3Storage"


def object_storages(env: Mapping[str, str]) -> dict[str, dict]:
    """The STORAGES entries "default" and "private" on S3, from environment variables (see the README)."""
    addressing_style = env.get("AWS_S3_ADDRESSING_STYLE") or "path"
    common = {
        "endpoint_url": env.get("AWS_S3_ENDPOINT_URL") or None,
        "access_key": env.get("AWS_ACCESS_KEY_ID") or None,
        "secret_key": env.get("AWS_SECRET_ACCESS_KEY") or None,
        "region_name": env.get("AWS_S3_REGION_NAME") or None,
        "signature_version": "s3v4",
        # Path-style URLs (endpoint/bucket/key): what SeaweedFS and MinIO answer without wildcard DNS.
        "addressing_style": addressing_style,
        # Fail in seconds, not minutes, when the object store is down (the health check, a page's upload).
        "client_config": Config(
            s3={"addressing_style": addressing_style},
            signature_version="s3v4",
            connect_timeout=int(env.get("AWS_S3_CONNECT_TIMEOUT") or 3),
            read_timeout=int(env.get("AWS_S3_READ_TIMEOUT") or 30),
            retries={"max_attempts": 3, "mode": "standard"},
        ),
        # Two uploads of the same name keep both (Django adds a suffix), as on the filesystem.
        "file_overwrite": False,
        "default_acl": None,
    }
    private_bucket = env.get("AWS_PRIVATE_BUCKET_NAME") or env["AWS_STORAGE_BUCKET_NAME"]
    private_location = "" if env.get("AWS_PRIVATE_BUCKET_NAME") else "private"
    return {
        "default": {
            "BACKEND": "lms.storage.MediaStorage",
            "OPTIONS": {**common, "bucket_name": env["AWS_STORAGE_BUCKET_NAME"], "querystring_auth": False},
        },
        "private": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": {
                **common,
                "bucket_name": private_bucket,
                "location": private_location,
                "querystring_auth": True,
                "querystring_expire": int(env.get("AWS_PRIVATE_URL_SECONDS") or 300),
            },
        },
    }


if S3Storage is not None:

    class MediaStorage(S3Storage):
        """The public media bucket, its URLs under MEDIA_URL (same origin) rather than the endpoint's."""

        def url(self, name, parameters=None, expire=None, http_method=None):
            return f"{settings.MEDIA_URL}{filepath_to_uri(clean_name(name))}"


def is_object_storage(storage: Storage) -> bool:
    """True when the storage keeps its files in a bucket (no local path)."""
    while isinstance(storage, LazyObject):
        if storage._wrapped is empty:
            storage._setup()
        storage = storage._wrapped
    return S3Storage is not None and isinstance(storage, S3Storage)


class _PrivateStorage(LazyObject):
    """storages["private"], looked up on first use and again after STORAGES changes (tests switch it)."""

    def _setup(self):
        self._wrapped = storages["private"]


_private = _PrivateStorage()


def _reset(*, setting, **kwargs):
    if setting == "STORAGES":
        _private._wrapped = empty


setting_changed.connect(_reset)


def private_storage() -> Storage:
    """The private storage: PRIVATE_ROOT, or the private bucket. Never served directly; read only by the app."""
    return _private


def modified_time(storage: Storage, name: str):
    """When the file was last written, or None when it is gone (another node or worker deleted it meanwhile).

    The filesystem says so with FileNotFoundError, S3 with a 404 ClientError from botocore.
    """
    try:
        return storage.get_modified_time(name)
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001 - only the S3 backend's "not found" is swallowed
        response = getattr(error, "response", None) or {}
        if str(response.get("Error", {}).get("Code")) in {"404", "NoSuchKey", "NotFound"}:
            return None
        raise
