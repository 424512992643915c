"""Files on S3-compatible object storage (a real SeaweedFS server, tools/seaweed.py), as on a cluster: every node
sees the same media, handbook PDFs, certificates and import uploads; private objects need a signature."""

from __future__ import annotations

import io
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from lms.imports.store import discard_upload, open_upload, purge_stale_uploads, store_upload
from lms.media import serve_media
from lms.storage import is_object_storage, object_storages, private_storage
from tests.conftest import login

pytestmark = pytest.mark.django_db


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - the local test server
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _another_node(settings, env: dict) -> None:
    """Forget every storage instance (a second node builds its own clients from the same settings)."""
    settings.STORAGES = {**settings.STORAGES, **object_storages(env)}


def _png(name: str = "anh.png") -> ImageFile:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 48), "#a50e0e").save(buffer, format="PNG")
    return ImageFile(buffer, name=name)


def test_both_storages_are_buckets_and_the_filesystem_stays_the_default(settings, object_storage):
    assert is_object_storage(default_storage)
    assert is_object_storage(private_storage())
    assert not any(
        "private" in str(getattr(storage, "location", "")) for storage in (default_storage, private_storage())
    )


def test_without_bucket_settings_files_stay_on_the_filesystem():
    assert not is_object_storage(default_storage)
    assert not is_object_storage(private_storage())


def test_a_private_object_needs_a_signature(object_storage):
    storage = private_storage()
    name = storage.save("imports/secret.csv", ContentFile(b"email,phone\nnhung@example.vn,0912\n"))
    plain = f"{object_storage['AWS_S3_ENDPOINT_URL']}/{object_storage['AWS_PRIVATE_BUCKET_NAME']}/{name}"
    assert _status(plain) == 403
    signed = storage.url(name)
    assert "X-Amz-Signature=" in signed
    assert "X-Amz-Expires=300" in signed
    with urllib.request.urlopen(signed, timeout=5) as response:  # noqa: S310
        assert response.read().startswith(b"email,phone")


def test_media_urls_stay_on_this_site_and_django_can_stream_them(object_storage):
    name = default_storage.save("documents/thong-tu.txt", ContentFile("Thông tư số 1".encode()))
    assert default_storage.url(name) == f"/media/{name}"
    response = serve_media(RequestFactory().get(f"/media/{name}"), name)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).decode() == "Thông tư số 1"
    from django.http import Http404

    with pytest.raises(Http404):
        serve_media(RequestFactory().get("/media/khong-co.txt"), "khong-co.txt")
    with pytest.raises(Http404):
        serve_media(RequestFactory().get("/media/../x"), "../x")


def test_wagtail_renditions_are_made_from_and_kept_in_the_bucket(settings, object_storage):
    image = get_image_model().objects.create(title="Ảnh họp báo", file=_png())
    assert default_storage.exists(image.file.name)
    rendition = image.get_rendition("fill-32x24")
    assert default_storage.exists(rendition.file.name)
    assert rendition.url.startswith("/media/images/")
    _another_node(settings, object_storage)
    again = get_image_model().objects.get(pk=image.pk).get_rendition("max-16x16")
    with default_storage.open(again.file.name, "rb") as handle:
        assert PillowImage.open(handle).size == (16, 12)


def test_an_import_previewed_on_one_node_is_confirmed_on_another(settings, object_storage):
    token = store_upload(SimpleUploadedFile("danh-sach.xlsx", b"PK\x03\x04 workbook bytes"))
    _another_node(settings, object_storage)
    handle, name = open_upload(token)
    assert name == token
    with handle:
        assert handle.read() == b"PK\x03\x04 workbook bytes"
    discard_upload(token)
    assert open_upload(token) == (None, "")


def test_stale_uploads_are_purged_from_the_bucket_and_a_second_run_finds_nothing(object_storage):
    store_upload(SimpleUploadedFile("a.csv", b"a"))
    store_upload(SimpleUploadedFile("b.csv", b"b"))
    assert purge_stale_uploads(max_age=timedelta(hours=1)) == 0
    assert purge_stale_uploads(max_age=timedelta(seconds=-60)) == 2
    assert purge_stale_uploads(max_age=timedelta(seconds=-60)) == 0


def test_the_handbook_pdf_is_built_into_the_bucket_and_served_by_any_node(client, settings, object_storage):
    from cms_site.models import HomePage
    from handbook.services import build_handbook_edition
    from tests.handbook.factories import make_book

    book = make_book(HomePage.objects.get(), [1])
    edition = build_handbook_edition(book)
    assert edition.status == "ready"
    assert default_storage.exists(edition.file.name)
    _another_node(settings, object_storage)
    response = client.get(book.url + "pdf/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_the_demo_signing_key_made_on_one_node_is_used_by_every_node(settings, object_storage, tmp_path):
    from lms.signatures import configured_identity, make_demo_identity, share_demo_identity

    settings.CERTIFICATE_SIGNING_KEY = settings.CERTIFICATE_SIGNING_CERT = (
        settings.CERTIFICATE_SIGNING_PKCS12
    ) = ""
    first = tmp_path / "node-a"
    make_demo_identity(first, common_name="Cục Báo chí (DEMO)", organisation="Thử nghiệm")
    assert share_demo_identity(first)
    settings.CERTIFICATE_DEMO_KEY_DIR = tmp_path / "node-b"
    identity = configured_identity()
    assert identity.configured
    assert Path(identity.key_path).read_bytes() == (first / "demo-signing-key.pem").read_bytes()
    assert Path(identity.key_path).stat().st_mode & 0o077 == 0


def test_a_certificate_issued_on_one_node_downloads_from_another(client, settings, object_storage, signing):
    from certificates import services
    from certificates.models import CertificateSettings
    from tests.attendance.factories import confirmed_trainees
    from tests.certificates.conftest import attend_all, finished_session
    from tests.conftest import site_settings
    from tests.factories import UserFactory

    trainer = UserFactory(roles=[settings.ROLE_TRAINERS])
    site_settings(
        CertificateSettings,
        parent_body="Bộ Văn hóa, Thể thao và Du lịch",
        issuing_body="Cục Báo chí",
        place="Hà Nội",
        signer_title="Cục trưởng",
        signer_name="Trần Văn Minh",
    )
    session = finished_session(trainers=[trainer])
    (enrolment,) = confirmed_trainees(session, 1)
    attend_all(session, [enrolment], by=trainer)
    certificate = services.issue_certificate(enrolment, acting_user=trainer).certificate
    assert storages["private"].exists(certificate.pdf.name)
    _another_node(settings, object_storage)
    login(client, enrolment.user)
    response = client.get(f"/hoc-tap-cua-toi/chung-nhan/{certificate.pk}/tai-ve/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_two_purges_at_once_remove_each_stale_upload_once(object_storage):
    import threading

    for index in range(6):
        store_upload(SimpleUploadedFile(f"{index}.csv", b"x"))
    counts: list[int] = []
    errors: list = []
    barrier = threading.Barrier(2)

    def purge():
        try:
            barrier.wait()
            counts.append(purge_stale_uploads(max_age=timedelta(seconds=-60)))
        except Exception as error:  # noqa: BLE001 - asserted below
            errors.append(error)

    threads = [threading.Thread(target=purge) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert sum(counts) >= 6  # a file both saw may be counted by both; none is left
    assert private_storage().listdir("imports")[1] == []
