"""The access tests share one dataset per module, built once in a transaction rolled back afterwards."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client, override_settings
from django.utils import translation


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, demo_identity, tmp_path_factory):
    from tests.access import world as builder

    signing = override_settings(
        CERTIFICATE_SIGNING_KEY=demo_identity.key_path,
        CERTIFICATE_SIGNING_CERT=demo_identity.cert_path,
        CERTIFICATE_SIGNING_PKCS12="",
        CERTIFICATE_SIGNING_PASSPHRASE="",
        SITE_URL="https://lophoc.example.vn",
        MEDIA_ROOT=tmp_path_factory.mktemp("access-media"),
    )
    with django_db_blocker.unblock(), signing:
        cache.clear()
        translation.activate("vi")
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            world = builder.build()
            world.clients = {role: signed_in(user) for role, user in world.users.items()}
            yield world
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            translation.deactivate()
            cache.clear()


def signed_in(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="vi")
    if user is not None:
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture(autouse=True)
def _media_root():
    """MEDIA_ROOT stays the module's (see `world`): the dataset's files must outlive one test."""
