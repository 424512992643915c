"""The Celery application: tasks are discovered in every installed app's tasks.py.

The settings module comes from DJANGO_SETTINGS_MODULE, defaulted once in `lms/__init__.py`."""

from celery import Celery

app = Celery("lms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
