"""Small cross-cutting middleware: framing, the Content Security Policy, malformed query strings."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpResponseBadRequest
from django.template import loader


class AdminPreviewFrameMiddleware:
    """Let the Wagtail admin frame its own pages (live preview) while the rest of the site is X-Frame DENY."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = getattr(settings, "WAGTAIL_ADMIN_PREFIX", "/admin/")

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.admin_prefix):
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy (CONTENT_SECURITY_POLICY_ADMIN_DIRECTIVES) on
    the Wagtail admin's paths; every other page gets the strict CONTENT_SECURITY_POLICY."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        admin_prefix = getattr(settings, "WAGTAIL_ADMIN_PREFIX", "/admin/")
        if not report_only and parts.config is None and request.path_info.startswith(admin_prefix):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN_DIRECTIVES
        return parts


class RejectNulBytesMiddleware:
    """A NUL byte in the query string is refused with a 400 page before any view sees it.

    No field of ours may hold one, PostgreSQL refuses them in text, and filters would fail with a 500.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request.GET):
            return HttpResponseBadRequest(loader.render_to_string("400.html", request=request))
        return self.get_response(request)


def _has_nul(query) -> bool:
    return any("\x00" in key or any("\x00" in value for value in values) for key, values in query.lists())
