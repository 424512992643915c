"""The handbook across nodes: a publish through node A clears the shared page cache that node B serves from,
and the PDF edition the worker builds is one object in object storage that both nodes serve."""

import time
from pathlib import Path

import boto3
import pytest

from .conftest import ADMIN, Visitor, marker, wait_for

pytestmark = pytest.mark.cluster

SECTION = """
from handbook.models import HandbookEdition, HandbookSectionPage
section = HandbookSectionPage.objects.live().order_by("path").first()
book = section.get_parent().get_parent().specific
newest = HandbookEdition.objects.filter(book=book, status="ready").order_by("-pk").first()
result = {"id": section.pk, "url": section.url, "title": section.title, "book": book.pk,
          "pdf_url": book.pdf_url(), "edition": newest.pk if newest else 0}
"""


@pytest.fixture(scope="module")
def published(cluster):
    """A new title saved as a draft, then published by an editor through node A's admin."""
    section = cluster.django(SECTION)
    visitor = Visitor()
    # The anonymous page is in the shared cache before the publish (two reads, the second from the cache).
    for _ in range(2):
        before = visitor.get(cluster.b, section["url"])
        assert before.status_code == 200
    title = f"{section['title'].split(' · ')[0]} · {marker()}"
    cluster.django(
        "from handbook.models import HandbookSectionPage\nfrom lms.people.models import User\n"
        f"page = HandbookSectionPage.objects.get(pk={section['id']})\npage.title = {title!r}\n"
        f"page.save_revision(user=User.objects.get(email={ADMIN!r}))\nresult = True"
    )
    assert title not in visitor.get(cluster.b, section["url"]).text  # a draft shows nowhere

    editor = Visitor()
    editor.sign_in(cluster.a, ADMIN)
    path = f"/admin/bulk/wagtailcore/page/publish/?id={section['id']}"
    response = editor.post_form(cluster.a, path, {})
    assert response.status_code == 302, response.text[:500]
    return {**section, "title": title, "published_at": time.time(), "reader": visitor}


def test_a_section_published_through_a_shows_on_b_at_the_next_request(cluster, published):
    response = published["reader"].get(cluster.b, published["url"])
    assert response.status_code == 200
    assert published["title"] in response.text


def test_the_pdf_built_by_the_worker_is_served_by_both_nodes_from_object_storage(cluster, published):
    edition = wait_for(
        lambda: cluster.django(
            "from handbook.models import HandbookEdition\n"
            f"e = HandbookEdition.objects.filter(book={published['book']}, status='ready',"
            f" pk__gt={published['edition']}).order_by('-pk').first()\n"
            "from storages.backends.s3 import S3Storage\n"
            "result = e and {'name': e.file.name, 's3': isinstance(e.file.storage._wrapped, S3Storage),"
            " 'bucket': getattr(e.file.storage, 'bucket_name', ''), 'key': getattr(e.file.storage, '_normalize_name',"
            " lambda n: n)(e.file.name), 'size': e.size}"
        ),
        seconds=240,
        what="a new PDF edition built by the worker",
    )
    assert edition["s3"], edition
    stored = (
        boto3.client(
            "s3",
            endpoint_url=cluster.env["AWS_S3_ENDPOINT_URL"],
            aws_access_key_id=cluster.env["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=cluster.env["AWS_SECRET_ACCESS_KEY"],
            region_name=cluster.env.get("AWS_S3_REGION_NAME", "us-east-1"),
        )
        .get_object(Bucket=edition["bucket"], Key=edition["key"])["Body"]
        .read()
    )
    assert stored.startswith(b"%PDF")
    anonymous = Visitor()
    for base in (cluster.a, cluster.b):
        response = anonymous.get(base, published["pdf_url"])
        if response.status_code in (301, 302):  # a redirect to a signed object-storage URL is fine too
            response = anonymous.http.get(response.headers["Location"], timeout=30)
        assert response.status_code == 200, base
        assert response.content == stored, base
    # Nothing of it on a node's disk.
    assert not list((Path(cluster.env["MEDIA_ROOT"]) / "handbook").rglob("*.pdf"))
