"""English formats: Django's own for display; dates typed dd/mm/yyyy as in Vietnamese (the admin's date
pickers write WAGTAIL_DATE_FORMAT in every language)."""

from django.conf.locale.en.formats import *  # noqa: F403

from ..vi.formats import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS, TIME_INPUT_FORMATS  # noqa: F401
