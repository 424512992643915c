"""Records that are evidence cannot be deleted: say so in the admin instead of answering with a server error.

Models protect their evidence with `on_delete=PROTECT` (enrolment events, attendance marks, quiz attempts,
certificates); a delete that would remove it raises ProtectedError. Screens that know their model hide the
delete action where it cannot succeed; this middleware is the net under every other admin delete.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.db.models import ProtectedError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst
from django.utils.translation import gettext as _


def protected_message(error: ProtectedError) -> str:
    """The Vietnamese explanation of a refused delete, naming the kinds of records that hold it."""
    kinds = sorted({capfirst(str(obj._meta.verbose_name_plural)) for obj in error.protected_objects})
    return _(
        "This cannot be deleted: records that must be kept depend on it (%(records)s). Cancel or archive it instead."
    ) % {"records": ", ".join(kinds)}


class ProtectedDeleteMiddleware:
    """In the admin, a delete refused by `on_delete=PROTECT` comes back to the page it came from, with a message."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response
        self.admin_prefix = getattr(settings, "WAGTAIL_ADMIN_PREFIX", "/admin/")

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, ProtectedError) or not request.path.startswith(self.admin_prefix):
            return None
        messages.error(request, protected_message(exception))
        target = request.headers.get("referer", "")
        if not url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            target = self.admin_prefix
        return HttpResponseRedirect(target)
