"""Images printed on certificates (seal, logo, border), checked with Pillow before they are used.

A real PNG or JPEG, within a size and a dimension limit (decompression bombs refused); the EXIF orientation
is applied, so a photo of a seal taken with a phone prints upright.
"""

from __future__ import annotations

import io

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import ImageOps

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_SIDE = 6000
ALLOWED_FORMATS = {"PNG", "JPEG"}


def checked_image_bytes(data: bytes) -> bytes:
    """The image as PNG or JPEG bytes, upright per its EXIF orientation; ValidationError when unfit."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError(
            _("The image is larger than %(size)d MB.") % {"size": MAX_IMAGE_BYTES // (1024 * 1024)}
        )
    try:
        with PILImage.open(io.BytesIO(data)) as probe:
            kind = probe.format
            width, height = probe.size
            if kind not in ALLOWED_FORMATS:
                raise ValidationError(_("Use a PNG or JPEG image."))
            if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
                raise ValidationError(
                    _("The image is larger than %(side)d pixels on a side.") % {"side": MAX_IMAGE_SIDE}
                )
            probe.verify()
        with PILImage.open(io.BytesIO(data)) as image:
            image.load()
            upright = ImageOps.exif_transpose(image)
            if upright is image:
                return data
            buffer = io.BytesIO()
            upright.save(buffer, format=kind)
            return buffer.getvalue()
    except ValidationError:
        raise
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exc:
        raise ValidationError(_("The image has too many pixels.")) from exc
    except Exception as exc:  # noqa: BLE001 - whatever Pillow cannot read is not an image we print
        raise ValidationError(_("The file is not a readable image.")) from exc
