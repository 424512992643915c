"""The issuing authority, signatory, wording and images as they stand now, read once per issuance run."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.models import Site

from .errors import NotConfiguredError
from .images import checked_image_bytes
from .models import CertificateSettings


@dataclass(frozen=True)
class Template:
    """What every certificate issued now copies: the authority snapshot and the images' bytes."""

    snapshot: dict
    seal_image: bytes | None = None
    logo_image: bytes | None = None
    background_image: bytes | None = None


def _image_bytes(image) -> bytes | None:
    if image is None:
        return None
    with image.file.open("rb") as handle:
        data = handle.read()
    try:
        return checked_image_bytes(data)
    except ValidationError as exc:
        raise NotConfiguredError(
            _("The image “%(title)s” of the certificate settings cannot be printed: %(error)s")
            % {"title": image.title, "error": " ".join(exc.messages)}
        ) from exc


def current_settings() -> CertificateSettings:
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return CertificateSettings.for_site(site)


def current_template() -> Template:
    """The authority and wording now; NotConfiguredError when there is no issuing body or signatory."""
    config = current_settings()
    if not config.issuing_body or not config.signer_name:
        raise NotConfiguredError
    snapshot = {
        "parent_body": config.parent_body,
        "issuing_body": config.issuing_body,
        "place": config.place,
        "signer_title": config.signer_title,
        "signer_name": config.signer_name,
        "title": config.title,
        "completion_wording": config.completion_wording,
        "number_pattern": config.number_pattern,
    }
    return Template(
        snapshot=snapshot,
        seal_image=_image_bytes(config.seal_image),
        logo_image=_image_bytes(config.logo_image),
        background_image=_image_bytes(config.background_image),
    )
