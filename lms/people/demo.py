"""Demo people and organisations, created through the services so they obey the rules.

All are spreadsheets under `lms/demo/content/people/`: `organisations.csv` in the directory import's own
format, `accounts.csv` with one demo account a row (role: a role group's name, or "superuser"), and
`spokespersons.csv` in the spokesperson import's format.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from allauth.account.models import EmailAddress
from django.conf import settings

from lms.demo.files import DemoContentError, content_path, read_bytes

from .models import Organisation, TraineeCategory, User
from .services import add_user_to_role, import_organisations
from .spokespersons import import_spokespersons

DEMO_PASSWORD = "Demo@2026"  # noqa: S105 - printed on start; demo accounts only
CONTENT = "people"
SUPERUSER = "superuser"
ACCOUNT_COLUMNS = [
    "email",
    "family_name",
    "middle_name",
    "given_name",
    "role",
    "organisation",
    "trainee_category",
    "position",
    "date_of_birth",
    "phone",
]


def seed_organisations() -> None:
    report = import_organisations(io.BytesIO(read_bytes(CONTENT, "organisations.csv")), "organisations.csv")
    if report.errors:
        problems = "; ".join(f"line {row.line}: {' '.join(row.errors)}" for row in report.errors)
        raise DemoContentError(f"{content_path(CONTENT, 'organisations.csv')}: {problems}")


def seed_spokespersons() -> None:
    """The spokesperson network's demo records (some ended, some linked to accounts), through the import."""
    report = import_spokespersons(io.BytesIO(read_bytes(CONTENT, "spokespersons.csv")), "spokespersons.csv")
    if report.errors:
        problems = "; ".join(f"line {row.line}: {' '.join(row.errors)}" for row in report.errors)
        raise DemoContentError(f"{content_path(CONTENT, 'spokespersons.csv')}: {problems}")


def load_accounts() -> list[dict]:
    """The demo accounts from `accounts.csv`, checked: known role, category and organisation code."""
    path = content_path(CONTENT, "accounts.csv")
    reader = csv.DictReader(io.StringIO(read_bytes(CONTENT, "accounts.csv").decode("utf-8")))
    if reader.fieldnames != ACCOUNT_COLUMNS:
        raise DemoContentError(f"{path}: the columns must be {', '.join(ACCOUNT_COLUMNS)}.")
    roles = {SUPERUSER, *settings.ROLE_LABELS}
    codes = set(Organisation.objects.values_list("code", flat=True))
    accounts = []
    for line, row in enumerate(reader, start=2):
        problems = []
        if row["role"] not in roles:
            problems.append(f"unknown role “{row['role']}” (one of {', '.join(sorted(roles))})")
        if row["trainee_category"] not in TraineeCategory.values:
            problems.append(f"unknown trainee category “{row['trainee_category']}”")
        if row["organisation"] not in codes:
            problems.append(f"no organisation has the code “{row['organisation']}”")
        try:
            born = date.fromisoformat(row["date_of_birth"]) if row["date_of_birth"] else None
        except ValueError:
            problems.append(f"the date of birth “{row['date_of_birth']}” is not YYYY-MM-DD")
        if problems:
            raise DemoContentError(f"{path}:{line}: {'; '.join(problems)}.")
        accounts.append({**row, "date_of_birth": born})
    return accounts


def demo_account(email: str, *, where: str) -> User:
    """The demo account with this address; a content file (`where`) naming one that was not seeded is wrong."""
    user = User.objects.filter(email=email).first()
    if user is None:
        raise DemoContentError(f"{where}: no demo account {email}")
    return user


def _ensure_user(email: str, **fields) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=DEMO_PASSWORD, **fields)
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
    return user


def seed_people() -> list[tuple[str, str]]:
    """Demo accounts, one per role and a group of trainees; returns (role, e-mail) to print."""
    organisations = {organisation.code: organisation for organisation in Organisation.objects.all()}
    accounts: list[tuple[str, str]] = []
    first_trainee = None
    for row in load_accounts():
        role = row["role"]
        user = _ensure_user(
            row["email"],
            family_name=row["family_name"],
            middle_name=row["middle_name"],
            given_name=row["given_name"],
            organisation=organisations[row["organisation"]],
            trainee_category=row["trainee_category"],
            position=row["position"],
            date_of_birth=row["date_of_birth"],
            phone=row["phone"],
            is_superuser=role == SUPERUSER,
            is_staff=role == SUPERUSER,
        )
        if role != SUPERUSER:
            add_user_to_role(user, role=role)
        if role == settings.ROLE_TRAINEES:
            first_trainee = first_trainee or (str(settings.ROLE_LABELS[role]), row["email"])
        else:
            accounts.append((str(settings.ROLE_LABELS.get(role, "Superuser")), row["email"]))
    if first_trainee:
        accounts.append(first_trainee)
    return accounts
