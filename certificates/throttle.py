"""A per-client request budget for the public verification page and API, counted in the shared cache."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone


def rate_limited(request, *, bucket: str = "verify") -> bool:
    """Count this client's requests in the shared cache; True past CERTIFICATE_VERIFY_RATE a minute."""
    client = request.META.get("REMOTE_ADDR", "unknown")
    key = f"certificates:{bucket}:{client}:{timezone.now():%Y%m%d%H%M}"
    if cache.add(key, 1, timeout=70):
        return False
    try:
        count = cache.incr(key)
    except ValueError:
        return False
    return count > settings.CERTIFICATE_VERIFY_RATE
