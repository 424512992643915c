"""Local development: the embedded default (SQLite, eager Celery, console e-mail)."""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")

from .base import *  # noqa: E402

SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-change-me"  # noqa: S105
