"""The public verification page's and API's budget: CERTIFICATE_VERIFY_RATE requests a minute per client."""

from __future__ import annotations

from django.conf import settings

from lms.throttle import client_address, spend


def rate_limited(request, *, bucket: str = "verify") -> bool:
    """Count this client's request; True past CERTIFICATE_VERIFY_RATE a minute."""
    return not spend(
        f"certificates:{bucket}:{client_address(request)}", limit=settings.CERTIFICATE_VERIFY_RATE
    )
