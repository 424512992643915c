"""Deploy checks for what keeps accounts safe across processes."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Tags, register

# Caches that each process (or each machine) keeps for itself.
PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
}


@register(Tags.security, deploy=True)
def check_shared_cache(app_configs=None, **kwargs) -> list[Error]:
    """The login rate limits count in the default cache: a per-process cache lets every worker count alone."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in PROCESS_LOCAL_CACHES:
        return [
            Error(
                f"The default cache ({backend}) is not shared between processes, so each web worker counts "
                "failed logins on its own and the login rate limits do not hold.",
                hint="Set CACHE_URL to a Redis server shared by every web process, "
                "e.g. CACHE_URL=redis://127.0.0.1:6379/1.",
                id="lms.E001",
            )
        ]
    return []
