"""Signed, short-lived check-in codes for the QR screen: one per session day and time window."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import timezone, translation

# One salt per purpose: a check-in code cannot be replayed as any other signed value of the site.
CHECK_IN_SALT = "courses.attendance.check-in"
# A code stays valid for its own window and the one after it, so a trainee who scans just before the
# screen changes still gets through; a photo sent to someone at home is useless a minute later.
ACCEPTED_PAST_WINDOWS = 1


def rotate_seconds() -> int:
    return max(5, int(settings.ATTENDANCE_QR_ROTATE_SECONDS))


def window_at(moment: datetime) -> int:
    return int(moment.timestamp()) // rotate_seconds()


def _signer() -> signing.Signer:
    # "." is outside the URL-safe base64 alphabet, so the code needs no escaping in a URL.
    return signing.Signer(salt=CHECK_IN_SALT, sep=".")


def make_code(*, session_id: int, day_id: int, now: datetime | None = None) -> str:
    window = window_at(now or timezone.now())
    return _signer().sign(f"{session_id}-{day_id}-{window}")


@dataclass(frozen=True)
class CheckInCode:
    session_id: int
    day_id: int
    window: int

    def is_current(self, now: datetime) -> bool:
        current = window_at(now)
        return current - ACCEPTED_PAST_WINDOWS <= self.window <= current


def read_code(code: str) -> CheckInCode:
    """The content of a code; raises signing.BadSignature when it was not made by this server."""
    value = _signer().unsign(code)
    try:
        session_id, day_id, window = (int(part) for part in value.split("-"))
    except ValueError as exc:
        raise signing.BadSignature("malformed check-in code") from exc
    return CheckInCode(session_id=session_id, day_id=day_id, window=window)


def check_in_path(*, day_id: int, code: str) -> str:
    # Printed in a QR code: always the short, unprefixed Vietnamese URL, whatever the trainer's language.
    with translation.override(settings.LANGUAGE_CODE):
        return reverse("attendance:check_in", kwargs={"day_id": day_id, "code": code})


def check_in_url(*, day_id: int, code: str) -> str:
    return f"{settings.SITE_URL}{check_in_path(day_id=day_id, code=code)}"


def seconds_left(now: datetime | None = None) -> int:
    now = now or timezone.now()
    rotate = rotate_seconds()
    return rotate - int(now.timestamp()) % rotate


# --- the short code, for phones that cannot scan -------------------------------------------------------
# Six digits typed at a short address: they name no session, so they are checked against the days of the
# trainee's own confirmed sessions (a handful), in the same windows as the QR code. Guessing one needs a
# confirmed enrolment in a session held today and a million tries within a minute; a trainee gets
# ATTENDANCE_SHORT_CODE_TRIES wrong codes in a pause window of ten minutes, then waits for the next window.
SHORT_CODE_DIGITS = 6
SHORT_CODE_PAUSE_SECONDS = 10 * 60
SHORT_CODE_SALT = "courses.attendance.short-code"


def short_code(*, day_id: int, window: int) -> str:
    key = hashlib.sha256(f"{SHORT_CODE_SALT}:{settings.SECRET_KEY}".encode()).digest()
    digest = hmac.new(key, f"{day_id}-{window}".encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big") % 10**SHORT_CODE_DIGITS
    return f"{number:0{SHORT_CODE_DIGITS}d}"


def make_short_code(*, day_id: int, now: datetime | None = None) -> str:
    return short_code(day_id=day_id, window=window_at(now or timezone.now()))


def match_short_code(code: str, *, day_ids: Iterable[int], now: datetime) -> tuple[int, int] | None:
    """The (day, window) whose short code this is, among the given days and the accepted windows; else None."""
    typed = "".join(character for character in code if character.isdigit())
    if len(typed) != SHORT_CODE_DIGITS:
        return None
    current = window_at(now)
    for day_id in day_ids:
        for window in range(current, current - ACCEPTED_PAST_WINDOWS - 1, -1):
            if hmac.compare_digest(short_code(day_id=day_id, window=window), typed):
                return day_id, window
    return None


def window_start(window: int) -> datetime:
    return datetime.fromtimestamp(window * rotate_seconds(), tz=UTC)


def short_check_in_url() -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return f"{settings.SITE_URL}{reverse('attendance:check_in_short')}"
