"""A per-client request budget for the public verification page and API, counted in the shared cache."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone


def client_address(request) -> str:
    """The client's address: behind TRUSTED_PROXY_COUNT proxies (a load balancer), the entry of
    X-Forwarded-For that the outermost trusted proxy appended; the connection's address otherwise."""
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count > 0:
        hops = [hop.strip() for hop in request.headers.get("X-Forwarded-For", "").split(",") if hop.strip()]
        if len(hops) >= count:
            return hops[-count]
    return request.META.get("REMOTE_ADDR", "unknown")


def rate_limited(request, *, bucket: str = "verify") -> bool:
    """Count this client's requests in the shared cache; True past CERTIFICATE_VERIFY_RATE a minute."""
    client = client_address(request)
    key = f"certificates:{bucket}:{client}:{timezone.now():%Y%m%d%H%M}"
    if cache.add(key, 1, timeout=70):
        return False
    try:
        count = cache.incr(key)
    except ValueError:
        return False
    return count > settings.CERTIFICATE_VERIFY_RATE
