"""Demo nominations, from `lms/demo/content/nominations/nominations.json`, written through the services:
a nomination-only session, invitations to ministries and provinces, one focal point per unit, some units
complete, some not, the invitation letters' authority and two saved lists of units. Idempotent."""

from __future__ import annotations

import json
from datetime import time, timedelta

from django.utils import timezone
from wagtail.models import Site

from courses.demo import MANAGER_EMAIL, TRAINER_EMAIL
from courses.models import (
    CoursePage,
    EnrolmentEvent,
    EnrolmentMode,
    SessionDay,
    SessionStatus,
    TrainingSession,
)
from courses.notifications import withhold_event_emails
from lms.demo.files import DemoContentError, content_path, read_bytes
from lms.outbox.services import cancel_messages
from lms.people.demo import demo_account
from lms.people.models import Organisation, User

from . import services
from .models import FocalPoint, Invitation, LetterSettings, OrganisationList

CONTENT = "nominations"


def _load() -> dict:
    try:
        return json.loads(read_bytes(CONTENT, "nominations.json").decode("utf-8"))
    except (ValueError, KeyError) as exc:
        raise DemoContentError(f"{content_path(CONTENT, 'nominations.json')}: {exc}") from exc


def _user(email: str) -> User:
    return demo_account(email, where=str(content_path(CONTENT, "nominations.json")))


def _organisation(code: str) -> Organisation:
    organisation = Organisation.objects.filter(code=code).first()
    if organisation is None:
        raise DemoContentError(f"{content_path(CONTENT, 'nominations.json')}: no unit {code}")
    return organisation


def _seed_lists(rows: list[dict], owner: User) -> None:
    """The organiser's saved lists of units to invite together (made once, by name)."""
    for row in rows:
        saved, created = OrganisationList.objects.get_or_create(name=row["name"], defaults={"owner": owner})
        if created:
            saved.organisations.set([_organisation(code) for code in row["organisations"]])


def seed_nominations() -> list[tuple[str, str]]:
    """The demo nomination session; returns the focal points' (role, e-mail) to print with the accounts."""
    data = _load()
    manager = _user(MANAGER_EMAIL)
    config = LetterSettings.for_site(Site.objects.get(is_default_site=True))
    if not config.issuing_body:
        for name, value in data["letter"].items():
            setattr(config, name, value)
        config.save()
    spec = data["session"]
    course = CoursePage.objects.filter(slug=spec["course"]).first()
    if course is None:
        raise DemoContentError(f"{content_path(CONTENT, 'nominations.json')}: no course {spec['course']}")
    year = timezone.localdate().year
    code = f"{spec['code']}/{year}"
    session = TrainingSession.objects.filter(course=course, code=code).first()
    if session is None:
        session = TrainingSession.objects.create(
            course=course,
            code=code,
            title=spec["title"],
            year=year,
            venue=spec["venue"],
            capacity=spec["capacity"],
            enrolment_mode=EnrolmentMode.NOMINATION,
            status=SessionStatus.OPEN,
        )
        first = timezone.localdate() + timedelta(days=spec["starts_in_days"])
        for offset in range(spec["days"]):
            SessionDay.objects.create(
                session=session,
                date=first + timedelta(days=offset),
                start_time=time(8),
                end_time=time(16, 30),
            )
        trainer = User.objects.filter(email=TRAINER_EMAIL).first()
        if trainer is not None:
            session.trainers.add(trainer)
            session.save()
    _seed_lists(data.get("lists", []), manager)
    accounts: list[tuple[str, str]] = []
    now = timezone.now()
    for row in data["invitations"]:
        organisation = _organisation(row["organisation"])
        focal = _user(row["focal_point"])
        services.appoint_focal_point(organisation, focal, acting_user=manager)
        accounts.append((f"Đầu mối cử người — {organisation.name}", focal.email))
        if not Invitation.objects.filter(session=session, organisation=organisation).exists():
            services.invite_organisations(
                session,
                [organisation],
                quota=row["quota"],
                deadline=now + timedelta(days=spec["deadline_in_days"]),
                replace_until=now + timedelta(days=spec["replace_until_in_days"]),
                acting_user=manager,
            )
        invitation = Invitation.objects.get(session=session, organisation=organisation)
        for email in row["nominees"]:
            nominee = _user(email)
            if not invitation.nominations.filter(user=nominee).exists():
                services.nominate_person(invitation, nominee, acting_user=focal)
    # Demo accounts have made-up addresses: none of these e-mails is sent.
    withhold_event_emails(
        EnrolmentEvent.objects.filter(enrolment__session=session).values_list("pk", flat=True)
    )
    cancel_messages(
        keys=[
            f"nominations.invitation.{invitation.pk}.{focal_point.user_id}"
            for invitation in Invitation.objects.filter(session=session)
            for focal_point in FocalPoint.objects.filter(organisation_id=invitation.organisation_id)
        ]
    )
    return accounts
