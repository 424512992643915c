"""Write operations of the certificates app: issue (one, a selection, a session), revoke, re-issue.

Issuing takes the enrolment's row lock, then the year's counter row lock, renders and signs the PDF and saves
it with the row in one transaction: a failure (not eligible, no signing key) leaves nothing behind and no
number used. The partial unique constraint keeps one valid certificate per enrolment whatever happens.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Enrolment, TrainingSession
from courses.permissions import can_manage_session
from lms import pagecache
from lms.outbox.services import queue_email, queue_emails
from lms.pdf import SigningError, SigningIdentity, sign_pdf
from lms.signatures import configured_identity

from . import authority
from .eligibility import (
    Eligibility,
    enrolment_eligibility,
    enrolments_eligibility,
    percent_text,
    session_eligibility,
    session_hours,
)
from .errors import (
    AlreadyRevokedError,
    CertificatesError,
    NotAllowedError,
    NotEligibleError,
    ReasonRequiredError,
    SigningFailedError,
)
from .models import Certificate, CertificateYear, IssuanceJob, IssuanceStatus
from .notifications import issued_email, verification_url
from .pdf import CertificateDocument, render_certificate_pdf
from .tasks import run_issuance

logger = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.5  # seconds between two progress updates of a bulk job
BATCH_SIZE = 25  # enrolments a bulk run issues in one transaction

__all__ = [
    "issue_certificate",
    "issue_certificates",
    "reissue_certificate",
    "revoke_certificate",
    "run_issuance_job",
    "start_issuance",
]


def require_manager(session: TrainingSession, acting_user) -> None:
    """Only the session's trainers and programme managers issue or revoke its certificates.

    `acting_user=None` is the operator on the server (the management command), who may do everything.
    """
    if acting_user is not None and not can_manage_session(acting_user, session):
        raise NotAllowedError


def signing_identity() -> SigningIdentity:
    """The configured key and certificate (shared with the invitation letters: `lms.signatures`)."""
    return configured_identity()


def _next_number(year: int, count: int = 1) -> int:
    # Why: numbers are consecutive per year with no gaps. The year's counter row is the one mutex for them:
    # the UPDATE locks it, concurrent issuances queue there, and since the increment commits (or rolls back)
    # with the certificate, a failed issuance gives its number back. Taken after the enrolment lock, always
    # in that order. Two queries: increment, then read the value this transaction wrote.
    # `count` numbers at once for a batch: the first of them is returned, the others follow it.
    counters = CertificateYear.objects.filter(year=year)
    if not counters.update(last_number=F("last_number") + count):
        CertificateYear.objects.get_or_create(year=year)  # a year's first certificate (unique: one row wins)
        counters.update(last_number=F("last_number") + count)
    return counters.values_list("last_number", flat=True).get() - count + 1


def _document(certificate: Certificate, template: authority.Template) -> CertificateDocument:
    return CertificateDocument(
        number=certificate.number,
        full_name=certificate.full_name,
        date_of_birth=certificate.date_of_birth,
        organisation=certificate.organisation,
        course_title=certificate.course_title,
        session_code=certificate.session_code,
        starts_on=certificate.starts_on,
        ends_on=certificate.ends_on,
        hours=percent_text(certificate.hours),
        issued_on=timezone.localtime(certificate.issued_at).date(),
        verification_url=verification_url(certificate.code),
        verification_code=certificate.display_code,
        issuing_body=template.snapshot["issuing_body"],
        parent_body=template.snapshot["parent_body"],
        place=template.snapshot["place"],
        title=template.snapshot["title"],
        completion_wording=template.snapshot["completion_wording"],
        signer_title=template.snapshot["signer_title"],
        signer_name=template.snapshot["signer_name"],
        seal_image=template.seal_image,
        logo_image=template.logo_image,
        background_image=template.background_image,
    )


def _signed_pdf(certificate: Certificate, template: authority.Template, identity: SigningIdentity) -> bytes:
    pdf = render_certificate_pdf(_document(certificate, template))
    try:
        return sign_pdf(
            pdf,
            identity=identity,
            reason=f"{template.snapshot['title']} {certificate.number}",
            location=template.snapshot["place"],
        )
    except SigningError as exc:
        logger.error("certificate %s not signed: %s", certificate.number, exc)
        raise SigningFailedError from exc


def _snapshot(certificate: Certificate, eligibility: Eligibility, days: list | None = None) -> None:
    enrolment = eligibility.enrolment
    user, session = enrolment.user, enrolment.session
    if days is None:
        days = list(session.days.all())
    days = sorted(days, key=lambda day: (day.date, day.start_time))
    certificate.full_name = unicodedata.normalize("NFC", user.full_name)
    certificate.date_of_birth = user.date_of_birth
    certificate.organisation = user.work_unit or ""
    certificate.position = user.position
    certificate.course_title = session.course.title
    certificate.session_code = session.code
    certificate.session_title = session.title
    certificate.starts_on, certificate.ends_on = days[0].date, days[-1].date
    certificate.hours = session_hours(days)
    certificate.evidence = eligibility.evidence


@dataclass
class Issued:
    certificate: Certificate
    created: bool


def issue_certificate(
    enrolment: Enrolment,
    *,
    acting_user,
    replaces: Certificate | None = None,
    template: authority.Template | None = None,
    identity: SigningIdentity | None = None,
) -> Issued:
    """Issue the enrolment's certificate if it earns one; an enrolment holding a valid one gets it back.

    A bulk run passes the `template` and signing `identity` it read once for all its certificates.
    """
    require_manager(enrolment.session, acting_user)
    template = template or authority.current_template()
    identity = identity or signing_identity()
    with transaction.atomic():
        # Why: two issuances of one enrolment at once (a double click, a bulk task run twice) queue on this
        # row; the second then finds the first's certificate and returns it instead of making another.
        locked = (
            Enrolment.objects.select_for_update(of=("self",))
            .select_related("user__organisation", "session__course")
            .get(pk=enrolment.pk)
        )
        existing = Certificate.objects.valid().filter(enrolment=locked).first()
        if existing is not None:
            return Issued(existing, created=False)
        eligibility = enrolment_eligibility(locked)
        if not eligibility.eligible:
            raise NotEligibleError(
                _("No certificate for %(name)s: %(reasons)s.")
                % {"name": locked.user.full_name, "reasons": "; ".join(eligibility.reasons)}
            )
        issued_at = timezone.now()
        year = timezone.localtime(issued_at).year
        sequence = _next_number(year)
        certificate = _numbered_certificate(
            locked,
            template,
            year=year,
            sequence=sequence,
            issued_at=issued_at,
            acting_user=acting_user,
            replaces=replaces,
        )
        _snapshot(certificate, eligibility)
        pdf = _signed_pdf(certificate, template, identity)
        certificate.pdf.save(f"{year}-{certificate.code}.pdf", ContentFile(pdf), save=False)
        try:
            with transaction.atomic():
                certificate.save()
        except IntegrityError:
            # The lock above makes this unreachable in practice; the constraint is the last word.
            certificate.pdf.storage.delete(certificate.pdf.name)
            existing = Certificate.objects.valid().filter(enrolment=locked).first()
            if existing is None:
                raise
            return Issued(existing, created=False)
        # Queued in this transaction: the e-mail exists exactly when the certificate does (its key is unique).
        queue_email(**issued_email(certificate, pdf))
    return Issued(certificate, created=True)


@dataclass
class IssueReport:
    issued: list[Certificate] = field(default_factory=list)
    already: list[Certificate] = field(default_factory=list)
    refused: list[tuple[Enrolment, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "issued": [certificate.number for certificate in self.issued],
            "already": [certificate.number for certificate in self.already],
            "refused": [
                {"enrolment": enrolment.pk, "name": enrolment.user.full_name, "reason": reason}
                for enrolment, reason in self.refused
            ],
        }


def issue_certificates(enrolments: Iterable[Enrolment], *, acting_user, on_progress=None) -> IssueReport:
    """Issue to each enrolment that earns one, in batches of `BATCH_SIZE` (a transaction each); refusals
    are reported, not raised. A signing or configuration failure stops the run: it would fail for everyone
    after (the batch it happened in leaves nothing behind; the batches before it stay issued).
    """
    report = IssueReport()
    template = authority.current_template()
    identity = signing_identity()
    enrolments = list(enrolments)
    for start in range(0, len(enrolments), BATCH_SIZE):
        batch = enrolments[start : start + BATCH_SIZE]
        try:
            _issue_batch(batch, acting_user=acting_user, template=template, identity=identity, report=report)
        except _BatchConflict:
            # Unreachable with the locks taken (see `_issue_batch`); one by one, each finds its certificate.
            for enrolment in batch:
                _issue_one_into(
                    report, enrolment, acting_user=acting_user, template=template, identity=identity
                )
        if on_progress is not None:
            on_progress(report)
    return report


def _issue_one_into(report: IssueReport, enrolment: Enrolment, **kwargs) -> None:
    try:
        result = issue_certificate(enrolment, **kwargs)
    except (NotEligibleError, NotAllowedError) as exc:
        report.refused.append((enrolment, exc.message))
    else:
        (report.issued if result.created else report.already).append(result.certificate)


class _BatchConflict(Exception):
    """A batch's certificates met the unique constraint: the batch is rolled back and issued one by one."""


def _issue_batch(
    batch: list[Enrolment],
    *,
    acting_user,
    template: authority.Template,
    identity: SigningIdentity,
    report: IssueReport,
) -> None:
    """Issue a batch of enrolments in one transaction: the same rules and locks as `issue_certificate`,
    with the reads, the numbers, the inserts and the e-mails done once for the batch instead of each."""
    refusal_of: dict[int, str] = {}  # session id -> why this user may not issue there ("" when they may)
    for enrolment in batch:
        if enrolment.session_id not in refusal_of:
            try:
                require_manager(enrolment.session, acting_user)
            except NotAllowedError as exc:
                refusal_of[enrolment.session_id] = exc.message
            else:
                refusal_of[enrolment.session_id] = ""
    report.refused.extend(
        (enrolment, refusal_of[enrolment.session_id])
        for enrolment in batch
        if refusal_of[enrolment.session_id]
    )
    # Each enrolment once, in the order given (a list naming one twice issues it once).
    wanted = list(dict.fromkeys(e.pk for e in batch if not refusal_of[e.session_id]))
    if not wanted:
        return
    with transaction.atomic():
        # Why: the same row locks as `issue_certificate`, taken in primary key order so that two batches
        # (or a batch and a single issuance) never wait on each other crosswise; the year's counter after.
        locked = {
            enrolment.pk: enrolment
            for enrolment in Enrolment.objects.select_for_update(of=("self",))
            .select_related("user__organisation", "session__course")
            .filter(pk__in=wanted)
            .order_by("pk")
        }
        held = {
            certificate.enrolment_id: certificate
            for certificate in Certificate.objects.valid().filter(enrolment_id__in=locked)
        }
        # Numbers go in the order given (the official order of names), not in the order of the locks.
        pending = [locked[pk] for pk in wanted if pk in locked and pk not in held]
        issued, refusals = [], []
        eligible = []
        for eligibility in enrolments_eligibility(pending):
            if eligibility.eligible:
                eligible.append(eligibility)
            else:
                refusals.append(
                    (
                        eligibility.enrolment,
                        _("No certificate for %(name)s: %(reasons)s.")
                        % {
                            "name": eligibility.enrolment.user.full_name,
                            "reasons": "; ".join(eligibility.reasons),
                        },
                    )
                )
        if eligible:
            issued = _make_certificates(
                eligible, acting_user=acting_user, template=template, identity=identity
            )
    report.already.extend(held[pk] for pk in wanted if pk in held)
    report.refused.extend(refusals)
    report.issued.extend(certificate for certificate, _pdf in issued)


def _make_certificates(
    eligible: list[Eligibility], *, acting_user, template: authority.Template, identity: SigningIdentity
) -> list[tuple[Certificate, bytes]]:
    """Number, render, sign and store the certificates of a batch, then queue their e-mails (in the
    caller's transaction, under its locks)."""
    issued_at = timezone.now()
    year = timezone.localtime(issued_at).year
    first = _next_number(year, len(eligible))
    days_of: dict[int, list] = {}
    made: list[tuple[Certificate, bytes]] = []
    try:
        for offset, eligibility in enumerate(eligible):
            enrolment = eligibility.enrolment
            if enrolment.session_id not in days_of:
                days_of[enrolment.session_id] = list(enrolment.session.days.all())
            sequence = first + offset
            certificate = _numbered_certificate(
                enrolment,
                template,
                year=year,
                sequence=sequence,
                issued_at=issued_at,
                acting_user=acting_user,
            )
            _snapshot(certificate, eligibility, days_of[enrolment.session_id])
            pdf = _signed_pdf(certificate, template, identity)
            certificate.pdf.save(f"{year}-{certificate.code}.pdf", ContentFile(pdf), save=False)
            made.append((certificate, pdf))
        try:
            with transaction.atomic():
                Certificate.objects.bulk_create([certificate for certificate, _pdf in made])
            # bulk_create sends no post_save: the trainees' dashboards list their certificates.
            pagecache.touch(
                *(pagecache.enrolment_tag(certificate.enrolment_id) for certificate, _pdf in made)
            )
        except IntegrityError as exc:
            raise _BatchConflict from exc
        # Queued in this transaction: the e-mails exist exactly when the certificates do (unique keys).
        queue_emails([issued_email(certificate, pdf) for certificate, pdf in made])
    except BaseException:
        for certificate, _pdf in made:  # the transaction rolls back: no file may outlive it
            certificate.pdf.storage.delete(certificate.pdf.name)
        raise
    return made


def eligible_enrolments(session: TrainingSession) -> list[Enrolment]:
    return [item.enrolment for item in session_eligibility(session) if item.eligible and not item.issued]


def start_issuance(
    session: TrainingSession, *, acting_user, enrolment_ids: list[int] | None = None
) -> IssuanceJob:
    """Queue the issuance of a session's certificates (all eligible, or the selected enrolments) as a task."""
    require_manager(session, acting_user)
    authority.current_template()  # refuse at once when the issuing authority is not configured
    ids = sorted({int(pk) for pk in enrolment_ids or []})
    if ids and Enrolment.objects.filter(session=session, pk__in=ids).count() != len(ids):
        raise CertificatesError(_("Some of the selected trainees are not in this session."))
    with transaction.atomic():
        job = IssuanceJob.objects.create(
            session=session,
            enrolment_ids=ids,
            created_by=acting_user if getattr(acting_user, "is_authenticated", False) else None,
        )
        transaction.on_commit(lambda: run_issuance.delay(job.pk))
    return job


def _claim_job(job_id: int) -> bool:
    """Take the job for this run: a pending job, or a running one whose run died past the time limit."""
    now = timezone.now()
    stale = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    claimed = IssuanceJob.objects.filter(pk=job_id, status=IssuanceStatus.PENDING).update(
        status=IssuanceStatus.RUNNING, started_at=now
    )
    if not claimed:
        claimed = IssuanceJob.objects.filter(
            pk=job_id, status=IssuanceStatus.RUNNING, started_at__lt=stale
        ).update(started_at=now)
    return bool(claimed)


def run_issuance_job(job_id: int) -> str:
    """Run an issuance job once; a job already taken by another run (or finished) is left alone."""
    if not _claim_job(job_id):
        return IssuanceJob.objects.filter(pk=job_id).values_list("status", flat=True).first() or ""
    job = IssuanceJob.objects.select_related("session", "created_by").get(pk=job_id)
    if job.enrolment_ids:
        enrolments = list(
            Enrolment.objects.filter(session=job.session, pk__in=job.enrolment_ids).select_related(
                "user", "session"
            )
        )
    else:
        enrolments = eligible_enrolments(job.session)
    IssuanceJob.objects.filter(pk=job.pk).update(total=len(enrolments), processed=0, issued=0)

    last_update = [0.0]

    def progress(report: IssueReport) -> None:
        # Why at most twice a second: each update is a commit of its own (a disk sync), as costly as a good
        # part of a certificate, and the progress bar polls slower than that anyway.
        now = time.monotonic()
        if now - last_update[0] < PROGRESS_INTERVAL:
            return
        last_update[0] = now
        IssuanceJob.objects.filter(pk=job.pk).update(
            processed=len(report.issued) + len(report.already) + len(report.refused),
            issued=len(report.issued),
        )

    try:
        report = issue_certificates(enrolments, acting_user=job.created_by, on_progress=progress)
    except CertificatesError as exc:
        IssuanceJob.objects.filter(pk=job.pk).update(
            status=IssuanceStatus.FAILED, error=exc.message, finished_at=timezone.now()
        )
        return IssuanceStatus.FAILED
    IssuanceJob.objects.filter(pk=job.pk).update(
        status=IssuanceStatus.DONE,
        report=report.as_dict(),
        processed=len(report.issued) + len(report.already) + len(report.refused),
        issued=len(report.issued),
        finished_at=timezone.now(),
    )
    return IssuanceStatus.DONE


def revoke_certificate(certificate: Certificate, *, reason: str, acting_user) -> Certificate:
    """Revoke a valid certificate with a reason; it stays on record and its page says it is revoked."""
    reason = unicodedata.normalize("NFC", reason or "").strip()
    if not reason:
        raise ReasonRequiredError
    with transaction.atomic():
        locked = (
            Certificate.objects.select_for_update(of=("self",))
            .select_related("enrolment__session")
            .get(pk=certificate.pk)
        )
        require_manager(locked.enrolment.session, acting_user)
        if locked.revoked_at is not None:
            raise AlreadyRevokedError
        locked.revoked_at = timezone.now()
        locked.revocation_reason = reason
        locked.revoked_by = acting_user if getattr(acting_user, "is_authenticated", False) else None
        locked.save(update_fields=["revoked_at", "revocation_reason", "revoked_by"])
    return locked


def reissue_certificate(certificate: Certificate, *, reason: str, acting_user) -> Certificate:
    """Revoke a certificate and issue its replacement (a new number) from today's records."""
    with transaction.atomic():
        revoked = revoke_certificate(certificate, reason=reason, acting_user=acting_user)
        return issue_certificate(revoked.enrolment, acting_user=acting_user, replaces=revoked).certificate


def _numbered_certificate(
    enrolment, template, *, year, sequence, issued_at, acting_user, **fields
) -> Certificate:
    """A certificate with its number from the configured pattern and the authority as it stands (not yet saved)."""
    return Certificate(
        enrolment=enrolment,
        year=year,
        sequence=sequence,
        number=template.snapshot["number_pattern"].format(n=sequence, year=year),
        issued_at=issued_at,
        issued_by=acting_user if getattr(acting_user, "is_authenticated", False) else None,
        authority=template.snapshot,
        **fields,
    )
