"""The project package. Importing it sets the one default settings module for every entry point
(manage.py, WSGI/ASGI, the Celery app); deployments set DJANGO_SETTINGS_MODULE=lms.settings.production."""

import os

DEFAULT_SETTINGS_MODULE = "lms.settings.dev"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", DEFAULT_SETTINGS_MODULE)

from .celery import app as celery_app  # noqa: E402

__all__ = ("DEFAULT_SETTINGS_MODULE", "celery_app")
