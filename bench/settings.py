"""Production settings with the bench's URLs (the trivial baseline view); used only by `make bench`."""

from lms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
