"""Reads of the certificates app, with their joins baked in."""

from __future__ import annotations

import re

from django.db.models import QuerySet

from courses.models import TrainingSession
from courses.selectors import sessions_visible_to
from lms.http import id_or_none

from .models import CODE_ALPHABET, CODE_LENGTH, Certificate, IssuanceJob, normalise_code

# The verification address is the link over the QR code; its URI is plain text in the PDF.
_CODE_IN_PDF = re.compile(rb"/chung-nhan/([" + CODE_ALPHABET.encode() + rb"]{%d})/" % CODE_LENGTH)


def certificate_by_code(code: str) -> Certificate | None:
    """The certificate a verification code names (as typed: case and dashes ignored), with its replacement."""
    code = normalise_code(code)
    if not code or len(code) > 32:
        return None
    return Certificate.objects.select_related("replaced_by", "replaces").filter(code=code).first()


def certificate_in_pdf(data: bytes) -> Certificate | None:
    """The certificate a PDF of ours links to (its verification address), if any."""
    match = _CODE_IN_PDF.search(data)
    return certificate_by_code(match.group(1).decode()) if match else None


def certificates_of(user) -> list[Certificate]:
    """A person's certificates, newest first (revoked ones too: the dashboard says they are revoked)."""
    if not getattr(user, "is_authenticated", False):
        return []
    return list(
        Certificate.objects.filter(enrolment__user=user)
        .select_related("replaced_by")
        .order_by("-issued_at", "-pk")
    )


def certificate_of(user, pk) -> Certificate | None:
    """A certificate of this person only (anyone else's id is not found)."""
    pk = id_or_none(pk)
    if pk is None or not getattr(user, "is_authenticated", False):
        return None
    return Certificate.objects.filter(pk=pk, enrolment__user=user).first()


def managed_sessions(user) -> QuerySet[TrainingSession]:
    """Sessions whose certificates the person manages (all for managers, their own for trainers)."""
    return sessions_visible_to(user).with_dates().with_counts().order_by("-year", "-starts_on", "code")


def managed_session(user, pk) -> TrainingSession | None:
    pk = id_or_none(pk)
    if pk is None:
        return None
    return managed_sessions(user).filter(pk=pk).first()


def managed_certificate(user, pk) -> Certificate | None:
    """A certificate of a session the person manages; others' are not found."""
    pk = id_or_none(pk)
    if pk is None:
        return None
    return (
        Certificate.objects.select_related("enrolment__session", "enrolment__user", "replaced_by", "replaces")
        .filter(pk=pk, enrolment__session__in=sessions_visible_to(user).values("pk"))
        .first()
    )


def managed_job(user, pk) -> IssuanceJob | None:
    pk = id_or_none(pk)
    if pk is None:
        return None
    return (
        IssuanceJob.objects.select_related("session__course", "created_by")
        .filter(pk=pk, session__in=sessions_visible_to(user).values("pk"))
        .first()
    )


def latest_jobs(session: TrainingSession, *, limit: int = 5) -> list[IssuanceJob]:
    return list(IssuanceJob.objects.filter(session=session).select_related("created_by")[:limit])
