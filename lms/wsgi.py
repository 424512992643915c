"""WSGI entry point; the settings module comes from DJANGO_SETTINGS_MODULE (default in `lms/__init__.py`)."""

from django.core.wsgi import get_wsgi_application

import lms  # noqa: F401  (sets the default settings module)

application = get_wsgi_application()
