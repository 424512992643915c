"""Digital signatures of PDFs (PAdES, pyHanko): sign with the configured key, check a signed file, and make
a clearly labelled demo key and certificate. Part of the shared PDF blocks (`lms.pdf` re-exports it).

pyHanko and cryptography are imported inside the functions on purpose: pyHanko alone takes about 0.7 s to
import here, and most processes that draw PDFs (web workers, the handbook task) never sign one.
"""

from __future__ import annotations

import asyncio
import io
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from lms.text import nfc as text_nfc


def nfc(text: Any) -> str:
    return text_nfc(str(text or ""), squash=False)


class SigningError(Exception):
    """The PDF could not be signed (no key configured, unreadable key or certificate, wrong passphrase)."""


@dataclass(frozen=True)
class SigningIdentity:
    """Where the signer's key and certificate are: key + certificate files (PEM/DER) or a PKCS#12 file."""

    key_path: str = ""
    cert_path: str = ""
    pkcs12_path: str = ""
    passphrase: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.pkcs12_path or (self.key_path and self.cert_path))


def configured_identity() -> SigningIdentity:
    """The issuing authority's key and certificate from the settings (environment); without any, the demo
    pair `seed_demo` made, if it exists. Certificates and invitation letters sign with it."""
    from django.conf import settings

    identity = SigningIdentity(
        key_path=settings.CERTIFICATE_SIGNING_KEY,
        cert_path=settings.CERTIFICATE_SIGNING_CERT,
        pkcs12_path=settings.CERTIFICATE_SIGNING_PKCS12,
        passphrase=settings.CERTIFICATE_SIGNING_PASSPHRASE,
    )
    if identity.configured:
        return identity
    demo = Path(settings.CERTIFICATE_DEMO_KEY_DIR)
    key, cert = demo / DEMO_KEY_NAME, demo / DEMO_CERT_NAME
    if (key.is_file() and cert.is_file()) or fetch_shared_demo_identity(demo):
        return SigningIdentity(key_path=str(key), cert_path=str(cert))
    return identity


# With object storage, the demo pair `seed_demo` made on one node is kept in the private bucket too, and
# every other node (web or worker) copies it to its own CERTIFICATE_DEMO_KEY_DIR on first use: all sign with
# the same demo key. A real key (CERTIFICATE_SIGNING_*) is provisioned on each node by the deployment.
DEMO_STORAGE_FOLDER = "demo-signing"


def _shared_storage():
    from lms.storage import is_object_storage, private_storage

    storage = private_storage()
    return storage if is_object_storage(storage) else None


def share_demo_identity(directory: Path) -> bool:
    """Copy the demo pair in `directory` to the private bucket (object storage only); True when copied."""
    storage = _shared_storage()
    if storage is None:
        return False
    from django.core.files.base import ContentFile

    for name in (DEMO_CERT_NAME, DEMO_KEY_NAME):  # the key last: its presence means the pair is complete
        target = f"{DEMO_STORAGE_FOLDER}/{name}"
        if storage.exists(target):
            storage.delete(target)
        storage.save(target, ContentFile((directory / name).read_bytes()))
    return True


def fetch_shared_demo_identity(directory: Path) -> bool:
    """Copy the shared demo pair from the private bucket into `directory`; False when there is none."""
    storage = _shared_storage()
    if storage is None or not storage.exists(f"{DEMO_STORAGE_FOLDER}/{DEMO_KEY_NAME}"):
        return False
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    for name in (DEMO_KEY_NAME, DEMO_CERT_NAME):
        with storage.open(f"{DEMO_STORAGE_FOLDER}/{name}", "rb") as handle:
            data = handle.read()
        partial = directory / f".{name}.{threading.get_ident()}.part"
        partial.write_bytes(data)
        partial.chmod(0o600)
        partial.replace(directory / name)  # atomic: a concurrent reader sees the whole file or none
    return True


_signers: dict[SigningIdentity, Any] = {}
_signers_lock = threading.Lock()


def load_signer(identity: SigningIdentity):
    """The pyHanko signer of an identity, loaded once per process; SigningError when it cannot be used."""
    from pyhanko.sign import signers

    if not identity.configured:
        raise SigningError("no signing key and certificate are configured")
    with _signers_lock:
        cached = _signers.get(identity)
        if cached is not None:
            return cached
        passphrase = identity.passphrase.encode() if identity.passphrase else None
        paths = [identity.pkcs12_path] if identity.pkcs12_path else [identity.key_path, identity.cert_path]
        missing = [path for path in paths if not Path(path).is_file()]
        if missing:
            raise SigningError(f"file not found: {', '.join(missing)}")
        try:
            if identity.pkcs12_path:
                signer = signers.SimpleSigner.load_pkcs12(identity.pkcs12_path, passphrase=passphrase)
            else:
                signer = signers.SimpleSigner.load(
                    identity.key_path, identity.cert_path, key_passphrase=passphrase
                )
        except Exception as exc:  # noqa: BLE001 - pyHanko raises many kinds; all mean "unusable key"
            raise SigningError(f"the signing key or certificate could not be read: {exc}") from exc
        if signer is None:
            raise SigningError("the signing key or certificate could not be read")
        signer.signed_attr_prov_spec = _pades_attributes(signer.signing_cert)
        _signers[identity] = signer
        return signer


def _pades_attributes(signing_cert):
    """The signed attributes of a PAdES signature by this certificate, built once per process.

    Why: a PAdES signature's only signed attribute besides the content type and the digest is the signing
    certificate's reference (ESS signing-certificate-v2; the signing time is in the PDF's signature
    dictionary, PAdES forbids it in the CMS). pyHanko builds that reference from Python values for every
    signature, and asn1crypto serialises it and everything around it again: about a third of a signature's
    time. Here it is built once, by pyHanko, and kept as parsed DER, which asn1crypto copies without
    serialising. The result is the same attribute pyHanko's own PAdES settings give.
    """
    from asn1crypto import cms
    from pyhanko.sign.attributes import CMSAttributeProvider, SignedAttributeProviderSpec
    from pyhanko.sign.general import as_signing_certificate_v2, simple_cms_attribute

    der = simple_cms_attribute("signing_certificate_v2", as_signing_certificate_v2(signing_cert)).dump()

    class SigningCertificateReference(CMSAttributeProvider):
        attribute_type = "signing_certificate_v2"

        async def get_attribute(self, dry_run=False):
            return cms.CMSAttribute.load(der)

    class PadesAttributes(SignedAttributeProviderSpec):
        def signed_attr_providers(self, data_digest, digest_algorithm):
            yield SigningCertificateReference()

    return PadesAttributes()


def _outside_event_loop(function: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """Call a pyHanko entry point that runs its own event loop (asyncio.run).

    Why: asyncio.run refuses to start inside a running loop, and a thread may have one (an ASGI server, a
    Playwright session in the same process). There the call runs in a short-lived thread of its own.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return function(*args, **kwargs)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args, **kwargs).result()


def sign_pdf(
    pdf: bytes,
    *,
    identity: SigningIdentity,
    reason: str = "",
    location: str = "",
    field_name: str = "ChuKySo",
) -> bytes:
    """The PDF with a PAdES signature (ETSI.CAdES.detached) over all of it; SigningError on any failure."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = load_signer(identity)
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=nfc(reason) or None,
        location=nfc(location) or None,
    )
    reserved = _reserved_sizes.get(identity)

    def sign(bytes_reserved: int | None) -> bytes:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        return _outside_event_loop(
            signers.sign_pdf, writer, metadata, signer=signer, bytes_reserved=bytes_reserved
        ).getvalue()

    try:
        try:
            output = sign(reserved)
        except Exception:
            if reserved is None:
                raise
            # The space kept from an earlier signature was too small: let pyHanko size it again.
            _reserved_sizes.pop(identity, None)
            reserved = None
            output = sign(None)
    except Exception as exc:  # noqa: BLE001 - any failure stops the issuance with a clear error
        raise SigningError(f"the PDF could not be signed: {exc}") from exc
    if reserved is None:
        _reserved_sizes[identity] = _reserved_size(output)
    return output


# Why: without `bytes_reserved` pyHanko sizes the signature's space by signing a dummy first, which is
# about 40% of a signature's cost. The size depends only on the signer (key, certificate chain) and the
# attributes, so the estimate of an identity's first signature (pyHanko's, with its margin) is reused.
_reserved_sizes: dict[SigningIdentity, int | None] = {}


def _reserved_size(signed: bytes) -> int | None:
    """The space pyHanko reserved for the signature in a PDF it just signed (hex digits of /Contents)."""
    start = signed.rfind(b"/Contents <")
    end = signed.find(b">", start)
    return end - start - len(b"/Contents <") if start >= 0 and end > start else None


@dataclass(frozen=True)
class SignatureCheck:
    """What a PDF's first signature says: whether it is there, untouched, and who signed."""

    signed: bool
    intact: bool = False  # the signed bytes are unchanged and the signature matches them
    covers_whole_file: bool = False  # nothing was added after signing
    trusted: bool = False  # the signer's certificate is one of the trusted ones given
    signer: str = ""
    signed_at: datetime | None = None

    @property
    def valid(self) -> bool:
        return self.signed and self.intact and self.covers_whole_file


def check_pdf_signature(pdf: bytes, *, trusted_certificates: Sequence[bytes] = ()) -> SignatureCheck:
    """Validate the first signature of a PDF (pyHanko), trusting the given certificates (PEM or DER)."""
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception:  # noqa: BLE001 - not a PDF, or a broken one: it carries no valid signature
        return SignatureCheck(signed=False)
    if not signatures:
        return SignatureCheck(signed=False)
    roots = [cert for data in trusted_certificates for cert in load_certs_from_pemder_data(data)]
    context = ValidationContext(trust_roots=roots, allow_fetching=False) if roots else None
    try:
        status = _outside_event_loop(validate_pdf_signature, signatures[0], signer_validation_context=context)
    except Exception:  # noqa: BLE001 - a malformed signature is an invalid one
        return SignatureCheck(signed=True)
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    return SignatureCheck(
        signed=True,
        intact=bool(status.intact and status.valid),
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        trusted=bool(status.trusted),
        signer=status.signing_cert.subject.human_friendly if status.signing_cert else "",
        signed_at=status.signer_reported_dt,
    )


def _at_most_64_bytes(value: str) -> str:
    """X.509 name fields hold at most 64 bytes of UTF-8 (a Vietnamese letter may take three)."""
    value = nfc(value)
    while len(value.encode()) > 64:
        value = value[:-1]
    return value.rstrip()


DEMO_KEY_NAME = "demo-signing-key.pem"
DEMO_CERT_NAME = "demo-signing-cert.pem"


def make_demo_identity(
    directory: Path, *, common_name: str, organisation: str, days: int = 3650
) -> SigningIdentity:
    """Write a self-signed EC P-256 key and certificate for demos and tests; returns their identity.

    The certificate is labelled as a demo in its subject: it proves nothing about who signed.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    directory.mkdir(parents=True, exist_ok=True)
    key_path, cert_path = directory / DEMO_KEY_NAME, directory / DEMO_CERT_NAME
    if key_path.is_file() and cert_path.is_file():
        return SigningIdentity(key_path=str(key_path), cert_path=str(cert_path))
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, _at_most_64_bytes(organisation)),
            x509.NameAttribute(NameOID.COMMON_NAME, _at_most_64_bytes(common_name)),
        ]
    )
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    key_path.chmod(0o600)
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return SigningIdentity(key_path=str(key_path), cert_path=str(cert_path))
