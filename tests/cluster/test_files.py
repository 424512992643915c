"""Files every node sees: an import previewed on A is confirmed on B; private files are never public;
certificates issued by the worker download from either node."""

import hashlib

import pytest
import requests

from .conftest import MANAGER, Visitor, csrf_token, marker, wait_for

pytestmark = pytest.mark.cluster

IMPORT_PATH = "/admin/people/organisations/import/"


def _preview(visitor, base) -> tuple[str, str, str]:
    """Upload a one-row organisations spreadsheet and see its preview: (token, code, name)."""
    code = f"CL-{marker()}".upper()
    name = f"Sở Thử cụm {code}"
    page = visitor.get(base, IMPORT_PATH)
    assert page.status_code == 200
    preview = visitor.request(
        "POST",
        base,
        IMPORT_PATH,
        data={"csrfmiddlewaretoken": csrf_token(page.text)},
        files={"file": ("don-vi.csv", f"Mã,Tên,Cấp\n{code},{name},province\n".encode(), "text/csv")},
    )
    assert preview.status_code == 200
    assert code in preview.text
    return preview.text.split('name="token" value="', 1)[1].split('"', 1)[0], code, name


def _confirm(visitor, base, token) -> None:
    page = visitor.get(base, IMPORT_PATH)
    confirmed = visitor.request(
        "POST", base, IMPORT_PATH, data={"csrfmiddlewaretoken": csrf_token(page.text), "token": token}
    )
    assert confirmed.status_code in (200, 302), confirmed.status_code


def test_an_import_previewed_on_a_is_confirmed_on_b(cluster, visitor):
    visitor.sign_in(cluster.a, MANAGER)
    token, code, name = _preview(visitor, cluster.a)

    _confirm(visitor, cluster.b, token)  # the other node never saw the upload

    after = cluster.django(
        "from lms.people.models import Organisation\nfrom lms.storage import private_storage\n"
        f"result = {{'names': list(Organisation.objects.filter(code={code!r}).values_list('name', flat=True)),"
        f" 'kept': private_storage().exists('imports/{token}')}}"
    )
    assert after == {"names": [name], "kept": False}


def test_a_private_upload_is_not_reachable_by_its_storage_url_without_a_signature(cluster, visitor):
    visitor.sign_in(cluster.a, MANAGER)
    token, _code, _name = _preview(visitor, cluster.a)
    kept = cluster.django(
        "from lms.storage import private_storage\nfrom storages.backends.s3 import S3Storage\n"
        f"s = private_storage(); path = 'imports/{token}'\n"
        "result = {'exists': s.exists(path), 'url': s.url(path), 's3': isinstance(s, S3Storage)}"
    )
    try:
        assert kept["exists"]
        assert kept["s3"], kept
        signed = kept["url"]
        assert "Signature" in signed
        # The private bucket answers a signed, short-lived URL; the same address without its signature, or
        # with a wrong one, is refused.
        assert requests.get(signed, timeout=10).status_code == 200
        assert requests.get(signed.split("?", 1)[0], timeout=10).status_code == 403
        assert requests.get(signed.replace("Signature=", "Signature=0"), timeout=10).status_code == 403
    finally:
        _confirm(visitor, cluster.b, token)


ISSUE = """
from certificates import services
from certificates.models import Certificate
from django.test import Client
from lms.people.models import User
manager = User.objects.get(email=%(manager)r)
old = Certificate.objects.valid().select_related("enrolment__session", "enrolment__user").order_by("pk").first()
services.revoke_certificate(old, reason="Cluster test: issued again by the worker", acting_user=manager)
job = services.start_issuance(old.enrolment.session, acting_user=manager, enrolment_ids=[old.enrolment_id])
client = Client()
client.force_login(old.enrolment.user, backend="django.contrib.auth.backends.ModelBackend")
result = {"job": job.pk, "enrolment": old.enrolment_id, "old": old.pk,
          "session_cookie": client.cookies["sessionid"].value}
"""


def test_a_certificate_issued_by_the_worker_downloads_from_either_node(cluster):
    issued = cluster.django(ISSUE % {"manager": MANAGER})
    certificate = wait_for(
        lambda: cluster.django(
            "from certificates.models import Certificate, IssuanceJob\nfrom storages.backends.s3 import S3Storage\n"
            f"job = IssuanceJob.objects.get(pk={issued['job']})\n"
            f"c = Certificate.objects.valid().filter(enrolment={issued['enrolment']}).first()\n"
            "result = job.status == 'done' and c and bool(c.pdf) and "
            "{'pk': c.pk, 's3': isinstance(getattr(c.pdf.storage, '_wrapped', c.pdf.storage), S3Storage)}"
        ),
        seconds=180,
        what="the worker's issuance",
    )
    assert certificate["pk"] != issued["old"]
    trainee = Visitor()
    trainee.cookies["sessionid"] = issued["session_cookie"]
    digests = set()
    for base in (cluster.a, cluster.b, cluster.url):
        response = trainee.get(base, f"/hoc-tap-cua-toi/chung-nhan/{certificate['pk']}/tai-ve/")
        assert response.status_code == 200, base
        assert response.content.startswith(b"%PDF"), base
        digests.add(hashlib.sha256(response.content).hexdigest())
    assert len(digests) == 1
    assert certificate["s3"], certificate
