"""Bulk enrolment from a spreadsheet (XLSX or CSV): a preview that writes nothing, then one transaction.

Rows name a person by e-mail; people without an account get one (Trainees group, an allauth e-mail address)
and an invitation with a link to choose their password. Rows already enrolled are reported and skipped, so
running the same file twice changes nothing the second time.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lms.exports import Table
from lms.imports.reading import Row, TableError, read_table
from lms.imports.results import ImportReport, RowResult, field_errors
from lms.people.models import Organisation, TraineeCategory, User
from lms.people.services import create_trainee_accounts
from lms.text import fold, nfc

from .eligibility import check_takes_enrolments
from .errors import CoursesError, NotAllowedError
from .models import ACTIVE_STATUSES, BulkEnrolmentJob, BulkJobStatus, Enrolment, TrainingSession
from .permissions import can_manage_session
from .services import enrol_people
from .tasks import run_bulk_enrolment

COLUMN_ALIASES = {
    "email": "email",
    "e-mail": "email",
    "e mail": "email",
    "thư điện tử": "email",
    "địa chỉ email": "email",
    "địa chỉ thư điện tử": "email",
    "họ": "family_name",
    "family name": "family_name",
    "family_name": "family_name",
    "tên đệm": "middle_name",
    "tên lót": "middle_name",
    "middle name": "middle_name",
    "middle_name": "middle_name",
    "tên": "given_name",
    "given name": "given_name",
    "given_name": "given_name",
    "họ và tên": "full_name",
    "họ tên": "full_name",
    "full name": "full_name",
    "full_name": "full_name",
    "name": "full_name",
    "đơn vị": "organisation",
    "đơn vị công tác": "organisation",
    "cơ quan": "organisation",
    "mã đơn vị": "organisation",
    "organisation": "organisation",
    "organization": "organisation",
    "đối tượng": "category",
    "nhóm đối tượng": "category",
    "loại học viên": "category",
    "category": "category",
    "điện thoại": "phone",
    "số điện thoại": "phone",
    "sđt": "phone",
    "phone": "phone",
    "chức vụ": "position",
    "position": "position",
}
REQUIRED_COLUMNS = {"email": "Email"}
CATEGORY_ALIASES = {
    "nguoi phat ngon": TraineeCategory.SPOKESPERSON,
    "can bo truyen thong": TraineeCategory.COMMUNICATION_OFFICER,
    "can bo lam cong tac truyen thong": TraineeCategory.COMMUNICATION_OFFICER,
    "phong vien": TraineeCategory.REPORTER,
    "bien tap vien": TraineeCategory.REPORTER,
    "phong vien, bien tap vien": TraineeCategory.REPORTER,
    "can bo thong tin co so": TraineeCategory.GRASSROOTS,
    "khac": TraineeCategory.OTHER,
}
logger = logging.getLogger(__name__)
PROGRESS_EVERY = 500
REPORT_ROW_LIMIT = 2000


@dataclass
class PlannedRow:
    line: int
    email: str
    user_id: int | None
    fields: dict = field(default_factory=dict)


@dataclass
class BulkPlan:
    report: ImportReport
    rows: list[PlannedRow]


class _Directory:
    """Organisations and categories, looked up by code or folded name, with close-match suggestions."""

    def __init__(self) -> None:
        self.by_code: dict[str, Organisation] = {}
        self.by_name: dict[str, list[Organisation]] = {}
        for organisation in Organisation.objects.only("pk", "code", "name", "name_folded", "valid_until"):
            if organisation.code:
                self.by_code[fold(organisation.code)] = organisation
            self.by_name.setdefault(organisation.name_folded or fold(organisation.name), []).append(
                organisation
            )
        self._names = list(self.by_name)
        self._suggestions: dict[str, list[str]] = {}
        self.categories: dict[str, str] = dict(CATEGORY_ALIASES)
        for value, label in TraineeCategory.choices:
            self.categories[fold(value)] = value
            for language in ("vi", "en"):
                with translation.override(language):
                    self.categories[fold(str(label))] = value

    def organisation(self, text: str) -> Organisation | None:
        key = fold(text).strip()
        if key in self.by_code:
            return self.by_code[key]
        matches = self.by_name.get(key, [])
        return matches[0] if len(matches) == 1 else None

    def ambiguous(self, text: str) -> bool:
        return len(self.by_name.get(fold(text).strip(), [])) > 1

    def suggestions(self, text: str) -> list[str]:
        key = fold(text).strip()
        if key not in self._suggestions:
            close = difflib.get_close_matches(key, self._names, n=3, cutoff=0.6)
            self._suggestions[key] = [self.by_name[name][0].name for name in close]
        return self._suggestions[key]

    def category(self, text: str) -> str | None:
        return self.categories.get(fold(text).strip())


def _existing_users(emails: list[str]) -> dict[str, User]:
    found: dict[str, User] = {}
    for start in range(0, len(emails), 2000):
        chunk = emails[start : start + 2000]
        for user in User.objects.filter(email__in=chunk).only("pk", "email", "trainee_category"):
            found[user.email] = user
    return found


def _active_enrolments(session: TrainingSession, user_ids: list[int]) -> set[int]:
    found: set[int] = set()
    for start in range(0, len(user_ids), 2000):
        chunk = user_ids[start : start + 2000]
        found.update(
            Enrolment.objects.filter(
                session=session, user_id__in=chunk, status__in=ACTIVE_STATUSES
            ).values_list("user_id", flat=True)
        )
    return found


def _name_parts(values: dict[str, str], result: RowResult) -> dict | None:
    family, middle, given = (nfc(values.get(key, "")) for key in ("family_name", "middle_name", "given_name"))
    if family and given:
        return {"family_name": family, "middle_name": middle, "given_name": given}
    full = nfc(values.get("full_name", ""))
    if not full:
        if family or given:
            result.errors.append(_("Both the family name (Họ) and the given name (Tên) are needed."))
        else:
            result.errors.append(_("Missing name: give Họ, Tên đệm, Tên (or at least Họ và tên)."))
        return None
    words = full.split(" ")
    if len(words) < 2:
        result.errors.append(
            _("“%(name)s” is a single word: give the family and given names.") % {"name": full}
        )
        return None
    # The full name cannot be split reliably (given names may be two words); take the last word as the
    # given name only because there is nothing better, and say so in the preview.
    parts = {"family_name": words[0], "middle_name": " ".join(words[1:-1]), "given_name": words[-1]}
    result.notes.append(
        _(
            "Name split from the full name: Họ “%(family)s”, tên đệm “%(middle)s”, tên “%(given)s”. Add Họ / Tên đệm / Tên columns to be exact."
        )
        % {"family": parts["family_name"], "middle": parts["middle_name"], "given": parts["given_name"]}
    )
    return parts


def plan_bulk_enrolment(
    session: TrainingSession, rows: list[Row], *, progress: Callable[[int], None] | None = None
) -> BulkPlan:
    """Check every row and say what enrolling it would do; reads only."""
    directory = _Directory()
    emails = [nfc(row.values.get("email", "")).lower() for row in rows]
    users = _existing_users([email for email in emails if email])
    enrolled = _active_enrolments(session, [user.pk for user in users.values()])
    seen: dict[str, int] = {}
    results: list[RowResult] = []
    planned: list[PlannedRow] = []
    for index, (row, email) in enumerate(zip(rows, emails, strict=True), start=1):
        if progress and index % PROGRESS_EVERY == 0:
            progress(index)
        result = RowResult(line=row.line, values=row.values)
        results.append(result)
        if not email:
            result.errors.append(_("Missing e-mail address."))
        else:
            try:
                validate_email(email)
            except ValidationError:
                result.errors.append(_("“%(email)s” is not a valid e-mail address.") % {"email": email})
            else:
                result.errors.extend(field_errors(User, {"email": email}))
        if email and email in seen:
            result.errors.append(
                _("Duplicate row: the same e-mail is on line %(line)d.") % {"line": seen[email]}
            )
        elif email:
            seen[email] = row.line
        user = users.get(email)
        fields: dict = {}
        if user is not None:
            if user.pk in enrolled:
                result.errors.append(_("Already enrolled in this session."))
            else:
                result.notes.append(_("Existing account: the profile is left as it is."))
        else:
            parts = _name_parts(row.values, result)
            if parts:
                fields.update(parts)
            organisation_text = nfc(row.values.get("organisation", ""))
            if organisation_text:
                organisation = directory.organisation(organisation_text)
                if organisation is None:
                    if directory.ambiguous(organisation_text):
                        result.errors.append(
                            _("Several units are called “%(value)s”: give the unit's code.")
                            % {"value": organisation_text}
                        )
                    else:
                        # As at sign-up: a unit missing from the directory is kept as typed, and a manager
                        # matches it later ("Work units to match"); the row is not refused for it.
                        fields["organisation_unlisted"] = organisation_text
                        suggestions = directory.suggestions(organisation_text)
                        message = _(
                            "Work unit “%(value)s” is not in the directory: it is kept as typed, to be matched by a manager."
                        ) % {"value": organisation_text}
                        if suggestions:
                            message += " " + _("Did you mean: %(names)s?") % {"names": "; ".join(suggestions)}
                        result.notes.append(message)
                fields["organisation_id"] = organisation.pk if organisation else None
            category_text = row.values.get("category", "")
            category = directory.category(category_text) if category_text else TraineeCategory.OTHER
            if category is None:
                result.errors.append(
                    _("Unknown trainee category “%(value)s” (use one of: %(choices)s).")
                    % {
                        "value": category_text,
                        "choices": ", ".join(str(label) for _v, label in TraineeCategory.choices),
                    }
                )
            fields["trainee_category"] = category or TraineeCategory.OTHER
            fields["phone"] = nfc(row.values.get("phone", ""))
            fields["position"] = nfc(row.values.get("position", ""))
            # What the preview accepts the import must write: every value fits the account's field.
            result.errors.extend(field_errors(User, fields))
        if result.errors:
            result.action = "error"
            continue
        result.action = "enrol" if user is not None else "create"
        planned.append(
            PlannedRow(line=row.line, email=email, user_id=user.pk if user else None, fields=fields)
        )
    if progress:
        progress(len(rows))
    return BulkPlan(report=ImportReport(rows=results), rows=planned)


TEMPLATE_HEADERS = ["Email", "Họ", "Tên đệm", "Tên", "Đơn vị", "Đối tượng", "Điện thoại", "Chức vụ"]


def template_tables() -> tuple[Table, Table]:
    """The import's spreadsheet template: the columns it reads (Vietnamese headers) with one example row, and
    a second sheet of instructions (kept apart so that nothing but people stands under the headers)."""
    people = Table(
        title=_("Trainees"),
        headers=TEMPLATE_HEADERS,
        rows=[
            [
                "nguyen.van.a@example.vn",
                "Nguyễn",
                "Văn",
                "A",
                _("Code or exact name of the unit"),
                str(TraineeCategory.COMMUNICATION_OFFICER.label),
                "0912 345 678",
                _("Specialist"),
            ]
        ],
        widths={1: 30, 2: 12, 3: 12, 4: 12, 5: 40, 6: 28, 7: 16, 8: 24},
    )
    instructions = Table(
        title=_("Instructions"),
        headers=[_("Instructions")],
        rows=[
            [_("One person per row, from the second row; replace the example row.")],
            [_("Only Email is required for people who already have an account.")],
            [
                _("Đối tượng (category): one of: %(choices)s.")
                % {"choices": "; ".join(str(label) for _v, label in TraineeCategory.choices)}
            ],
            [_("A unit not in the directory is kept as typed; a manager matches it later.")],
        ],
        widths={1: 100},
    )
    return people, instructions


def preview_bulk_enrolment(session: TrainingSession, upload: IO[bytes], filename: str) -> ImportReport:
    """Read the file and report, row by row, what the import would do; writes nothing."""
    rows = read_table(upload, filename, aliases=COLUMN_ALIASES, required=REQUIRED_COLUMNS)
    return plan_bulk_enrolment(session, rows).report


def apply_bulk_enrolment(
    session: TrainingSession, plan: BulkPlan, *, acting_user: User | None
) -> dict[str, int]:
    """Open the missing accounts and enrol every valid row in one transaction, under one seat lock.

    Accounts come from lms.people; seats, waitlist places, events and e-mails from the one enrolment
    service (`enrol_people`), so an import follows the same rules as staff enrolling the people one by one.
    """
    with transaction.atomic():
        if acting_user is not None and not can_manage_session(acting_user, session):
            raise NotAllowedError
        new_rows = [row for row in plan.rows if row.user_id is None]
        created = create_trainee_accounts([{"email": row.email, **row.fields} for row in new_rows])
        if new_rows:
            # Someone may have signed up between the preview and now: use their account.
            late = _existing_users([row.email for row in new_rows if row.email not in created])
            for row in new_rows:
                row.user_id = (created.get(row.email) or late[row.email]).pk
        counts = enrol_people(
            session,
            [row.user_id for row in plan.rows],
            acting_user=acting_user,
            invited={user.pk for user in created.values()},
        )
    return {"created": len(created), **counts}


def _report_json(report: ImportReport, counts: dict[str, int] | None = None) -> dict:
    rows = [
        {
            "line": row.line,
            "email": row.values.get("email", ""),
            "errors": row.errors,
            "notes": row.notes,
            "action": row.action,
        }
        for row in report.rows
        if row.errors or row.notes
    ]
    return {
        "summary": report.summary(),
        "counts": counts or {},
        "rows": rows[:REPORT_ROW_LIMIT],
        "rows_left_off": max(0, len(rows) - REPORT_ROW_LIMIT),
    }


def run_bulk_enrolment_job(job_id: int) -> str:
    """Run a queued job once: claim it, check the rows (with progress), write the valid ones."""
    claimed = BulkEnrolmentJob.objects.filter(pk=job_id, status=BulkJobStatus.PENDING).update(
        status=BulkJobStatus.RUNNING, started_at=timezone.now()
    )
    job = BulkEnrolmentJob.objects.select_related("session", "created_by").get(pk=job_id)
    if not claimed:
        return job.status
    try:
        with job.file.open("rb") as handle:
            rows = read_table(handle, job.filename, aliases=COLUMN_ALIASES, required=REQUIRED_COLUMNS)
        BulkEnrolmentJob.objects.filter(pk=job.pk).update(total=len(rows))

        def progress(done: int) -> None:
            BulkEnrolmentJob.objects.filter(pk=job.pk).update(processed=done)

        plan = plan_bulk_enrolment(job.session, rows, progress=progress)
        counts = apply_bulk_enrolment(job.session, plan, acting_user=job.created_by)
    except Exception as exc:  # noqa: BLE001 - any failure ends the job visibly in the admin
        if isinstance(exc, TableError | CoursesError):
            error = exc.message
        else:
            logger.exception("Bulk enrolment job %s failed", job_id)
            error = _(
                "The import stopped on an unexpected error and wrote nothing; the error has been logged."
            )
        _fail_job(job, error)
        return BulkJobStatus.FAILED
    BulkEnrolmentJob.objects.filter(pk=job.pk).update(
        status=BulkJobStatus.DONE, report=_report_json(plan.report, counts), finished_at=timezone.now()
    )
    return BulkJobStatus.DONE


def _fail_job(job: BulkEnrolmentJob, error: str) -> None:
    """End the job as failed with a message for people; the uploaded file (people's details) goes."""
    job.file.delete(save=False)
    BulkEnrolmentJob.objects.filter(pk=job.pk).update(
        status=BulkJobStatus.FAILED, error=error, file="", finished_at=timezone.now()
    )


def create_bulk_enrolment_job(
    session: TrainingSession, *, upload: IO[bytes], filename: str, acting_user: User
) -> BulkEnrolmentJob:
    """Store the file as a job and start the import task after commit."""

    if not can_manage_session(acting_user, session):
        raise NotAllowedError
    check_takes_enrolments(session)
    with transaction.atomic():
        job = BulkEnrolmentJob(session=session, filename=filename, created_by=acting_user)
        job.file.save(filename, ContentFile(upload.read()), save=False)
        job.save()
        transaction.on_commit(lambda: run_bulk_enrolment.delay(job.pk))
    return job
