"""Last year's completed demo sessions, so the programme report of that year has figures: read from
`lms/demo/content/last_year/sessions.json` and written through the services (enrolment, completion,
attendance, certificate issuance), so they obey the same rules as real ones. Idempotent.

The certificates are issued when the demo is seeded (the issuance service dates them now, as it must for
real ones), so last year's report counts them as "certified" trainees, and this year's as issued.
"""

from __future__ import annotations

import json
from datetime import date, time, timedelta

from django.utils import timezone

from certificates import services as certificates
from certificates.notifications import issued_email_key
from courses import lifecycle, notifications
from courses import models as courses
from courses import services as enrolment
from courses.attendance import services as attendance
from courses.attendance.models import AttendanceMethod, AttendanceRecord, AttendanceStatus
from courses.demo import MANAGER_EMAIL, TRAINER_EMAIL
from lms.demo.files import DemoContentError, content_path, read_bytes
from lms.outbox.services import cancel_messages
from lms.people.demo import demo_account
from lms.people.models import User

CONTENT = ("last_year", "sessions.json")


def _where() -> str:
    return str(content_path(*CONTENT))


def load_last_year() -> list[dict]:
    try:
        data = json.loads(read_bytes(*CONTENT).decode("utf-8"))
        sessions = data["sessions"]
        for spec in sessions:
            for key in ("course", "code", "title", "venue", "first_day", "days", "capacity", "trainees"):
                if key not in spec:
                    raise KeyError(key)
            for statuses in spec.get("attendance", {}).values():
                if len(statuses) != spec["days"] or set(statuses) - set(AttendanceStatus.values):
                    raise ValueError(f"{spec['code']}: one known status per day, {spec['days']} days")
    except (ValueError, KeyError) as exc:
        raise DemoContentError(f"{_where()}: {exc}") from exc
    return sessions


def _user(email: str) -> User:
    return demo_account(email, where=_where())


def _session(
    spec: dict, course: courses.CoursePage, year: int, trainer: User | None
) -> courses.TrainingSession:
    code = f"{spec['code']}/{year}"
    session = courses.TrainingSession.objects.filter(course=course, code=code).first()
    if session is not None:
        return session
    session = courses.TrainingSession.objects.create(
        course=course,
        code=code,
        title=spec["title"],
        year=year,
        mode=courses.SessionMode.IN_PERSON,
        venue=spec["venue"],
        capacity=spec["capacity"],
        status=courses.SessionStatus.OPEN,
    )
    month, day = (int(part) for part in spec["first_day"].split("-"))
    first = date(year, month, day)
    for offset in range(spec["days"]):
        courses.SessionDay.objects.create(
            session=session, date=first + timedelta(days=offset), start_time=time(8), end_time=time(16, 30)
        )
    if trainer is not None:
        session.trainers.add(trainer)
        session.save()
    return session


def _run(spec: dict, session: courses.TrainingSession, *, manager: User) -> None:
    """Enrol, complete and take the roll of one session, each step only once."""
    if session.status != courses.SessionStatus.COMPLETED:
        for email in spec["trainees"]:
            enrolment.enrol_trainee(
                session, _user(email), acting_user=manager, source=courses.EnrolmentSource.STAFF
            )
        session = lifecycle.complete_session(session, acting_user=manager)
    if not AttendanceRecord.objects.filter(day__session=session).exists():
        days = list(courses.SessionDay.objects.filter(session=session).order_by("date", "start_time"))
        confirmed = courses.Enrolment.objects.filter(
            session=session, status=courses.EnrolmentStatus.CONFIRMED
        ).select_related("user")
        for item in confirmed:
            statuses = spec.get("attendance", {}).get(item.user.email, [AttendanceStatus.PRESENT] * len(days))
            for day, status in zip(days, statuses, strict=True):
                attendance.record_attendance(
                    item, day, status=status, acting_user=manager, method=AttendanceMethod.ROLL_CALL
                )
    notifications.withhold_event_emails(
        courses.EnrolmentEvent.objects.filter(enrolment__session=session).values_list("pk", flat=True)
    )


def _last_year_sessions(
    specs: list[dict],
) -> list[tuple[dict, courses.TrainingSession | None, courses.CoursePage]]:
    year = timezone.localdate().year - 1
    found = []
    for spec in specs:
        course = courses.CoursePage.objects.filter(slug=spec["course"]).first()
        if course is None:
            raise DemoContentError(f"{_where()}: no course {spec['course']}")
        code = f"{spec['code']}/{year}"
        found.append((spec, courses.TrainingSession.objects.filter(course=course, code=code).first(), course))
    return found


def seed_last_year() -> list[courses.TrainingSession]:
    """Last year's sessions: enrolled, completed and attended (a few under the threshold).

    Runs before the quizzes step, which gives every completed session its attempts, and before
    `issue_last_year_certificates`, which needs the issuing authority that the certificates step sets.
    """
    manager = _user(MANAGER_EMAIL)
    trainer = User.objects.filter(email=TRAINER_EMAIL).first()
    year = timezone.localdate().year - 1
    sessions = []
    for spec, session, course in _last_year_sessions(load_last_year()):
        session = session or _session(spec, course, year, trainer)
        _run(spec, session, manager=manager)
        sessions.append(session)
    return sessions


def issue_last_year_certificates() -> int:
    """The certificates last year's trainees earned, through the issuance service (which skips those issued)."""
    manager = _user(MANAGER_EMAIL)
    issued = 0
    for _spec, session, _course in _last_year_sessions(load_last_year()):
        if session is None:
            continue
        report = certificates.issue_certificates(
            certificates.eligible_enrolments(session), acting_user=manager
        )
        # The demo trainees' addresses are made up: their certificates' e-mails are never sent.
        cancel_messages(keys=[issued_email_key(certificate) for certificate in report.issued])
        issued += len(report.issued)
    return issued
