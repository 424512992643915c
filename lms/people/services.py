"""Write operations on people and organisations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import IO

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from lms.errors import DomainError
from lms.imports.reading import read_table, row_dates
from lms.imports.results import ImportReport, RowResult, assign_changes
from lms.text import fold, nfc

from .models import AdministrativeLevel, Organisation, User


class PeopleError(DomainError):
    """Base error of the people app."""


ORGANISATION_COLUMNS = [
    "name",
    "code",
    "level",
    "type",
    "parent",
    "valid_from",
    "valid_until",
    "successor",
    "short_name",
]
ORGANISATION_ALIASES = {
    "tên": "name",
    "tên đơn vị": "name",
    "tên cơ quan": "name",
    "name": "name",
    "mã": "code",
    "mã đơn vị": "code",
    "code": "code",
    "cấp": "level",
    "cấp hành chính": "level",
    "level": "level",
    "loại": "type",
    "loại hình": "type",
    "type": "type",
    "đơn vị cấp trên": "parent",
    "cấp trên": "parent",
    "trực thuộc": "parent",
    "parent": "parent",
    "hiệu lực từ": "valid_from",
    "từ ngày": "valid_from",
    "valid from": "valid_from",
    "valid_from": "valid_from",
    "hiệu lực đến": "valid_until",
    "đến ngày": "valid_until",
    "valid until": "valid_until",
    "valid_until": "valid_until",
    "đơn vị kế thừa": "successor",
    "sáp nhập vào": "successor",
    "successor": "successor",
    "tên viết tắt": "short_name",
    "short name": "short_name",
    "short_name": "short_name",
}
ORGANISATION_REQUIRED = {"name": "Tên (name)", "level": "Cấp (level)"}


def add_user_to_role(user: User, *, role: str) -> None:
    """Put the user in one of the role groups (created by the people migrations)."""
    group, _created = Group.objects.get_or_create(name=role)
    user.groups.add(group)


@transaction.atomic
def register_trainee(user: User) -> User:
    """A person who signs up becomes a trainee."""
    add_user_to_role(user, role=settings.ROLE_TRAINEES)
    return user


@transaction.atomic
def create_trainee_accounts(people: Sequence[Mapping[str, object]]) -> dict[str, User]:
    """Open trainee accounts for people named by staff (a bulk import), returned by e-mail address.

    Each mapping holds `email` and the other User fields (already NFC). An account gets no usable password,
    a verified primary e-mail address (it can only be entered through the link mailed to that address, which
    proves it as much as a verification e-mail would) and the Trainees group. Addresses that already have an
    account are left alone and not returned.
    """
    now = timezone.now()
    wanted = {str(person["email"]).strip().lower(): person for person in people}
    taken: set[str] = set()
    emails = list(wanted)
    for start in range(0, len(emails), 2000):
        taken.update(
            User.objects.filter(email__in=emails[start : start + 2000]).values_list("email", flat=True)
        )
    accounts = [
        User(
            **{name: value for name, value in person.items() if name != "email"},
            email=email,
            password=make_password(None),
            date_joined=now,
        )
        for email, person in wanted.items()
        if email not in taken
    ]
    created = User.objects.bulk_create(accounts, batch_size=1000)
    if created:
        EmailAddress.objects.bulk_create(
            [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in created],
            batch_size=1000,
        )
        trainees, _created = Group.objects.get_or_create(name=settings.ROLE_TRAINEES)
        membership = User.groups.through
        membership.objects.bulk_create(
            [membership(user_id=user.pk, group_id=trainees.pk) for user in created],
            batch_size=1000,
            ignore_conflicts=True,
        )
    return {user.email: user for user in created}


@transaction.atomic
def update_profile(user: User, *, data: dict) -> User:
    """Save the person's own details (name parts, contact, work unit, category), normalised to NFC."""
    for field_name, value in data.items():
        setattr(user, field_name, nfc(value))
    if user.organisation_id:
        user.organisation_unlisted = ""
    user.save()
    return user


class _OrganisationResolver:
    """Finds levels and organisations named in an import by code or by (folded) name, including rows above."""

    def __init__(self) -> None:
        self.levels: dict[str, AdministrativeLevel] = {}
        for level in AdministrativeLevel.objects.all():
            self.levels[fold(level.code)] = level
            self.levels[fold(level.name)] = level
        self.by_code: dict[str, Organisation] = {}
        self.by_name: dict[str, list[Organisation]] = {}
        for organisation in Organisation.objects.select_related("level", "parent", "successor"):
            self.remember(organisation)

    def remember(self, organisation: Organisation) -> None:
        if organisation.code:
            self.by_code[fold(organisation.code)] = organisation
        self.by_name.setdefault(fold(organisation.name), []).append(organisation)

    def level(self, value: str) -> AdministrativeLevel | None:
        return self.levels.get(fold(value))

    def organisation(self, value: str) -> Organisation | None:
        key = fold(value)
        if key in self.by_code:
            return self.by_code[key]
        matches = self.by_name.get(key, [])
        return matches[0] if len(matches) == 1 else None


def _row_fields(row_values: dict[str, str], resolver: _OrganisationResolver, result: RowResult) -> dict:
    fields: dict = {}
    name = nfc(row_values.get("name", ""))
    if not name:
        result.errors.append(_("Missing name."))
    fields["name"] = name
    fields["short_name"] = nfc(row_values.get("short_name", ""))
    fields["type"] = nfc(row_values.get("type", ""))
    fields["code"] = nfc(row_values.get("code", "")) or None
    level_text = row_values.get("level", "")
    level = resolver.level(level_text) if level_text else None
    if not level:
        if level_text:
            result.errors.append(_("Unknown administrative level “%(value)s”.") % {"value": level_text})
        else:
            result.errors.append(_("Missing administrative level."))
    fields["level"] = level
    for column in ("parent", "successor"):
        text = row_values.get(column, "")
        target = resolver.organisation(text) if text else None
        if text and target is None:
            if column == "parent":
                result.errors.append(_("Unknown parent unit “%(value)s”.") % {"value": text})
            else:
                result.errors.append(_("Unknown successor unit “%(value)s”.") % {"value": text})
        fields[column] = target
    fields.update(row_dates(row_values, ("valid_from", "valid_until"), result.errors))
    if (
        fields.get("valid_from")
        and fields.get("valid_until")
        and fields["valid_until"] < fields["valid_from"]
    ):
        result.errors.append(_("The end of validity is before its start."))
    return fields


def _existing_for(fields: dict, resolver: _OrganisationResolver) -> Organisation | None:
    if fields["code"]:
        return resolver.by_code.get(fold(fields["code"]))
    for candidate in resolver.by_name.get(fold(fields["name"]), []):
        if candidate.level_id == getattr(fields["level"], "id", None) and candidate.parent_id == getattr(
            fields["parent"], "id", None
        ):
            return candidate
    return None


_COMPARED = ("name", "short_name", "type", "level", "parent", "valid_from", "valid_until", "successor")


def _plan_organisation_rows(rows, *, apply: bool) -> ImportReport:
    resolver = _OrganisationResolver()
    seen_codes: dict[str, int] = {}
    seen_names: dict[tuple, int] = {}
    results = []
    for row in rows:
        result = RowResult(line=row.line, values=row.values)
        fields = _row_fields(row.values, resolver, result)
        if fields["code"]:
            result.refuse_repeat(
                seen_codes,
                fold(fields["code"]),
                _("Duplicate code “%(code)s”: already used on line %(line)d."),
                code=fields["code"],
            )
        name_key = (
            fold(fields["name"]),
            getattr(fields["level"], "id", None),
            getattr(fields["parent"], "id", None),
        )
        if not fields["code"] and fields["name"]:
            result.refuse_repeat(seen_names, name_key, _("Duplicate row: the same unit is on line %(line)d."))
        if result.errors:
            result.action = "error"
            results.append(result)
            continue
        existing = _existing_for(fields, resolver)
        if existing is None:
            result.action = "create"
            organisation = Organisation(**fields)
        else:
            organisation = existing
            changed = assign_changes(organisation, fields, _COMPARED)
            result.action = "update" if changed else "unchanged"
            if changed:
                result.notes.append(_("Changes: %(fields)s") % {"fields": ", ".join(changed)})
        try:
            organisation.full_clean(
                exclude=["level", "parent", "successor"], validate_unique=False, validate_constraints=False
            )
        except ValidationError as exc:
            result.errors.extend(
                f"{_field_label(name)}: {message}" if name in fields else message
                for name, messages in exc.message_dict.items()
                for message in messages
            )
            result.action = "error"
            results.append(result)
            continue
        if apply and result.action in {"create", "update"}:
            organisation.save()
        if organisation.pk is None:
            # Preview: later rows may name this one as their parent, so it counts as known.
            organisation.pk = -row.line
        resolver.remember(organisation)
        results.append(result)
    return ImportReport(rows=results)


def _field_label(name: str) -> str:
    return capfirst(Organisation._meta.get_field(name).verbose_name)


def preview_organisation_import(upload: IO[bytes], filename: str) -> ImportReport:
    """Read an organisations spreadsheet and say, row by row, what importing it would do; writes nothing."""
    rows = read_table(upload, filename, aliases=ORGANISATION_ALIASES, required=ORGANISATION_REQUIRED)
    with transaction.atomic():
        report = _plan_organisation_rows(rows, apply=False)
        transaction.set_rollback(True)
    return report


def import_organisations(
    upload: IO[bytes], filename: str, *, acting_user: User | None = None
) -> ImportReport:
    """Import every valid row of an organisations spreadsheet in one transaction; bad rows are reported."""
    rows = read_table(upload, filename, aliases=ORGANISATION_ALIASES, required=ORGANISATION_REQUIRED)
    with transaction.atomic():
        return _plan_organisation_rows(rows, apply=True)


@transaction.atomic
def match_unlisted_work_unit(
    typed_name: str, *, organisation: Organisation, acting_user: User | None = None
) -> int:
    """Link everyone who typed this work unit by hand (same name, ignoring case and accents) to the directory."""
    key = fold(nfc(typed_name))
    users = [
        user
        for user in User.objects.select_for_update()
        .filter(organisation__isnull=True)
        .exclude(organisation_unlisted="")
        if fold(user.organisation_unlisted) == key
    ]
    for user in users:
        user.organisation = organisation
        user.organisation_unlisted = ""
        user.save(update_fields=["organisation", "organisation_unlisted"])
    return len(users)
