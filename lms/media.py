"""Media files served by Django (SERVE_MEDIA=1 or DEBUG), from the filesystem or the media bucket alike."""

from __future__ import annotations

import mimetypes
import posixpath

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_safe
from django.views.static import serve

from lms.storage import is_object_storage


@require_safe
def serve_media(request: HttpRequest, path: str):
    """The media file at `path`: django.views.static on the filesystem, streamed from the bucket otherwise."""
    if not is_object_storage(default_storage):
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    name = posixpath.normpath(path).lstrip("/")
    if name != path or name.startswith("..") or not name:
        raise Http404
    try:
        handle = default_storage.open(name, "rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    content_type, encoding = mimetypes.guess_type(name)
    response = FileResponse(handle, content_type=content_type or "application/octet-stream")
    if encoding:
        response.headers["Content-Encoding"] = encoding
    response["Cache-Control"] = "public, max-age=3600"
    return response
