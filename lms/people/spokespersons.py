"""The spokesperson network: linking records to accounts, and the spreadsheet import (preview, then write)."""

from __future__ import annotations

from typing import IO

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from lms.imports.reading import read_table, row_dates
from lms.imports.results import ImportReport, RowResult, assign_changes, field_errors
from lms.text import fold, nfc

from .models import Organisation, Spokesperson, User

SPOKESPERSON_ALIASES = {
    "đơn vị": "organisation",
    "mã đơn vị": "organisation",
    "cơ quan": "organisation",
    "tổ chức": "organisation",
    "organisation": "organisation",
    "organization": "organisation",
    "họ và tên": "full_name",
    "họ tên": "full_name",
    "full name": "full_name",
    "full_name": "full_name",
    "họ": "family_name",
    "family name": "family_name",
    "family_name": "family_name",
    "tên đệm": "middle_name",
    "middle name": "middle_name",
    "middle_name": "middle_name",
    "tên": "given_name",
    "given name": "given_name",
    "given_name": "given_name",
    "chức vụ": "position",
    "position": "position",
    "điện thoại": "phone",
    "số điện thoại": "phone",
    "phone": "phone",
    "email": "email",
    "e-mail": "email",
    "thư điện tử": "email",
    "ngày bổ nhiệm": "appointed_on",
    "bổ nhiệm": "appointed_on",
    "appointed on": "appointed_on",
    "appointed_on": "appointed_on",
    "ngày thôi": "ended_on",
    "thôi giữ chức": "ended_on",
    "ended on": "ended_on",
    "ended_on": "ended_on",
}
SPOKESPERSON_REQUIRED = {"organisation": "Đơn vị (organisation)", "position": "Chức vụ (position)"}
_LABELS = {
    "family_name": "Họ",
    "middle_name": "Tên đệm",
    "given_name": "Tên",
    "position": "Chức vụ",
    "phone": "Điện thoại",
    "email": "Email",
}
_COMPARED = ("family_name", "middle_name", "given_name", "position", "phone", "appointed_on", "ended_on")


def split_full_name(full_name: str) -> tuple[str, str, str]:
    """ "Nguyễn Thị Hồng Nhung" -> ("Nguyễn", "Thị Hồng", "Nhung"): họ, tên đệm, tên, as Vietnamese names go."""
    words = nfc(full_name).split()
    if not words:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def account_for_email(email: str) -> User | None:
    """The user account whose login is this e-mail address, if any (case-insensitive)."""
    email = (email or "").strip().lower()
    if not email:
        return None
    return User.objects.filter(email__iexact=email).first()


class _Directory:
    """Organisations by code and folded name, accounts by e-mail, existing records: loaded once per import."""

    def __init__(self) -> None:
        self.by_code: dict[str, Organisation] = {}
        self.by_name: dict[str, list[Organisation]] = {}
        for organisation in Organisation.objects.all():
            if organisation.code:
                self.by_code[fold(organisation.code)] = organisation
            self.by_name.setdefault(fold(organisation.name), []).append(organisation)
        self.records: dict[tuple, Spokesperson] = {}
        for record in Spokesperson.objects.all():
            self.remember(record)

    def remember(self, record: Spokesperson) -> None:
        self.records[_record_key(record.organisation_id, record.email, record.full_name)] = record

    def organisation(self, value: str) -> tuple[Organisation | None, bool]:
        """The unit named by code or exact name, and whether the name was ambiguous."""
        key = fold(value)
        if key in self.by_code:
            return self.by_code[key], False
        matches = self.by_name.get(key, [])
        return (matches[0], False) if len(matches) == 1 else (None, len(matches) > 1)


def _record_key(organisation_id: int | None, email: str, full_name: str) -> tuple:
    """One record per person and unit: by e-mail when there is one, else by the folded full name."""
    if email:
        return (organisation_id, "email", email.strip().lower())
    return (organisation_id, "name", fold(full_name))


def _row_fields(values: dict[str, str], directory: _Directory, result: RowResult) -> dict:
    fields: dict = {}
    organisation_text = values.get("organisation", "")
    organisation, ambiguous = (
        directory.organisation(organisation_text) if organisation_text else (None, False)
    )
    if organisation is None:
        if not organisation_text:
            result.errors.append(_("Missing organisation."))
        elif ambiguous:
            result.errors.append(
                _("Several units are named “%(value)s”: give the unit's code.") % {"value": organisation_text}
            )
        else:
            result.errors.append(_("Unknown organisation “%(value)s”.") % {"value": organisation_text})
    fields["organisation"] = organisation
    family, middle, given = (
        nfc(values.get(name, "")) for name in ("family_name", "middle_name", "given_name")
    )
    if not (family or given) and values.get("full_name"):
        family, middle, given = split_full_name(values["full_name"])
    if not given or not family:
        result.errors.append(_("Missing name: give the family name and the given name (or the full name)."))
    fields.update(family_name=family, middle_name=middle, given_name=given)
    fields["position"] = nfc(values.get("position", ""))
    if not fields["position"]:
        result.errors.append(_("Missing position."))
    fields["phone"] = nfc(values.get("phone", ""))
    email = (values.get("email") or "").strip().lower()
    checked = {name: fields[name] for name in _LABELS if name != "email"}
    if email:
        try:
            validate_email(email)
            checked["email"] = email
        except ValidationError:
            result.errors.append(_("Invalid e-mail address “%(value)s”.") % {"value": email})
    fields["email"] = email
    fields.update(row_dates(values, ("appointed_on", "ended_on"), result.errors))
    if fields["appointed_on"] and fields["ended_on"] and fields["ended_on"] < fields["appointed_on"]:
        result.errors.append(_("The end of the term is before the appointment."))
    result.errors.extend(field_errors(Spokesperson, checked, labels=_LABELS))
    return fields


def _plan_rows(rows, *, apply: bool) -> ImportReport:
    directory = _Directory()
    accounts = {
        user.email: user
        for user in User.objects.filter(
            email__in=[(row.values.get("email") or "").strip().lower() for row in rows]
        )
    }
    seen: dict[tuple, int] = {}
    results = []
    for row in rows:
        result = RowResult(line=row.line, values=row.values)
        fields = _row_fields(row.values, directory, result)
        if not result.errors:
            full_name = " ".join(
                part for part in (fields["family_name"], fields["middle_name"], fields["given_name"]) if part
            )
            key = _record_key(fields["organisation"].pk, fields["email"], full_name)
            result.refuse_repeat(
                seen, key, _("Duplicate row: the same person and unit are on line %(line)d.")
            )
        if result.errors:
            result.action = "error"
            results.append(result)
            continue
        record = directory.records.get(key)
        account = accounts.get(fields["email"]) if fields["email"] else None
        if record is None:
            result.action = "create"
            record = Spokesperson(**fields, user=account)
        else:
            changed = assign_changes(record, fields, _COMPARED)
            if record.user_id is None and account is not None:
                changed.append("user")
                record.user = account
            result.action = "update" if changed else "unchanged"
        if account is not None:
            result.notes.append(_("Linked to the account %(email)s.") % {"email": account.email})
        if apply and result.action in {"create", "update"}:
            record.save()
            directory.remember(record)
        results.append(result)
    return ImportReport(rows=results)


def preview_spokesperson_import(upload: IO[bytes], filename: str) -> ImportReport:
    """Read a spokespersons spreadsheet and say, row by row, what importing it would do; writes nothing."""
    rows = read_table(upload, filename, aliases=SPOKESPERSON_ALIASES, required=SPOKESPERSON_REQUIRED)
    return _plan_rows(rows, apply=False)


def import_spokespersons(
    upload: IO[bytes], filename: str, *, acting_user: User | None = None
) -> ImportReport:
    """Write every valid row of a spokespersons spreadsheet in one transaction; bad rows are reported.

    A row updates the record of the same person (same e-mail, else same full name) in the same unit; a
    record is linked to the account whose login is its e-mail address.
    """
    rows = read_table(upload, filename, aliases=SPOKESPERSON_ALIASES, required=SPOKESPERSON_REQUIRED)
    with transaction.atomic():
        return _plan_rows(rows, apply=True)
