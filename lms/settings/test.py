"""Test settings: fast hashing, eager Celery (tests that need a worker start one), in-memory mail."""

import os

os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("ACCOUNT_EMAIL_VERIFICATION", "mandatory")

from .base import *  # noqa: E402

SECRET_KEY = "test-secret-key-not-for-production"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
MEDIA_ROOT = BASE_DIR / ".test-media"
PRIVATE_ROOT = BASE_DIR / ".test-private"
STORAGES["private"]["OPTIONS"]["location"] = PRIVATE_ROOT
ACCOUNT_RATE_LIMITS = False
ALLOWED_HOSTS = ["*"]
# Off: the in-process cache outlives each test's database; the page cache's own tests turn it on.
PAGE_CACHE_SECONDS = 0
# A second alias on the same test database, for the report router's tests (lms.dbrouter): reports read from
# it only when a test sets REPORTS_DATABASE_ALIAS = "replica".
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}
REPORTS_DATABASE_ALIAS = None
