"""Small cross-cutting middleware."""

from django.conf import settings


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
