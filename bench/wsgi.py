"""WSGI entry point for the page benchmarks (bench.settings: production with the trivial baseline view)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
application = get_wsgi_application()
