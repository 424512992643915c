"""Where files that must never be public live (uploaded spreadsheets with people's contact details)."""

from django.core.files.storage import Storage, storages


def private_storage() -> Storage:
    """The storage under PRIVATE_ROOT: not served by the web server or Django; read only by the app."""
    return storages["private"]
