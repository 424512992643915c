"""A person's training record ("quá trình bồi dưỡng"): the sessions they attended, their certificates and
their quiz results. One selector computes it; the admin screen, the trainee's page, the PDF and the XLSX
all show what it returns.

Nothing here decides anything: the attendance rate is the attendance app's (the one certificate eligibility
applies, with each session's excused rule), the result that counts at a quiz is the quizzes app's
(`final_attempt` under the quiz's grading method, graded quizzes only, as `best_graded_attempt` applies it),
and a certificate's state is the certificate's own. A fixed handful of queries, whatever the number of
sessions, certificates or attempts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import pgettext

from certificates.models import Certificate
from certificates.notifications import verification_url
from certificates.selectors import certificates_of
from courses.attendance.rates import Rate
from courses.attendance.selectors import attendance_summary_for
from courses.models import Enrolment, TrainingSession
from courses.permissions import is_manager
from courses.quizzes.models import Quiz, QuizAttempt
from courses.quizzes.selectors import final_attempt
from courses.selectors import sessions_visible_to
from lms.http import id_or_none
from lms.people.models import User
from lms.text import sort_people


def certificate_state_label(state: str) -> str:
    return {
        "valid": pgettext("certificate state", "Valid"),
        "replaced": pgettext("certificate state", "Replaced"),
        "revoked": pgettext("certificate state", "Revoked"),
    }[state]


@dataclass
class SessionLine:
    """One session the person took part in, with their attendance over its planned days."""

    session: TrainingSession
    starts_on: dt.date | None
    ends_on: dt.date | None
    rate: Rate
    threshold: int
    certificate: Certificate | None

    @property
    def below(self) -> bool:
        return self.rate.below(self.threshold)


@dataclass
class CertificateLine:
    certificate: Certificate
    verification_url: str

    @property
    def state(self) -> str:
        return self.certificate.state

    @property
    def state_label(self) -> str:
        return certificate_state_label(self.certificate.state)


@dataclass
class QuizLine:
    """The result that counts at one graded quiz in one session (the best, or the last, as the quiz says)."""

    quiz: Quiz
    session: TrainingSession | None
    attempt: QuizAttempt
    attempts: int


@dataclass
class TrainingRecord:
    person: User
    on: dt.date
    sessions: list[SessionLine]
    certificates: list[CertificateLine]
    quizzes: list[QuizLine]

    @property
    def valid_certificates(self) -> int:
        return sum(1 for line in self.certificates if line.state == "valid")


def _quiz_lines(person: User) -> list[QuizLine]:
    """Per graded quiz and session, the attempt that counts among the submitted ones (one query)."""
    attempts: dict[tuple[int, int | None], list[QuizAttempt]] = defaultdict(list)
    for attempt in (
        QuizAttempt.objects.filter(user=person, submitted_at__isnull=False, quiz__is_practice=False)
        .select_related("quiz", "session")
        .order_by("submitted_at", "pk")
    ):
        attempts[(attempt.quiz_id, attempt.session_id)].append(attempt)
    lines = []
    for group in attempts.values():
        counted = final_attempt(group, group[0].quiz.grading_method)
        if counted is not None:
            lines.append(
                QuizLine(quiz=counted.quiz, session=counted.session, attempt=counted, attempts=len(group))
            )
    return sorted(lines, key=lambda line: line.attempt.submitted_at, reverse=True)


def training_record(person: User, *, today: dt.date | None = None) -> TrainingRecord:
    """Everything a person's training record states, on `today` (sessions that have started; all certificates,
    revoked ones marked; graded quiz results)."""
    today = today or timezone.localdate()
    certificates = certificates_of(person)
    session_of_enrolment = dict(Enrolment.objects.filter(user=person).values_list("pk", "session_id"))
    valid_by_session = {
        session_of_enrolment.get(certificate.enrolment_id): certificate
        for certificate in certificates
        if certificate.is_valid
    }
    sessions = [
        SessionLine(
            session=item.session,
            starts_on=item.days[0][0].date if item.days else None,
            ends_on=item.days[-1][0].date if item.days else None,
            rate=item.rate,
            threshold=item.threshold,
            certificate=valid_by_session.get(item.session.pk),
        )
        for item in attendance_summary_for(person, today=today)
    ]
    return TrainingRecord(
        person=person,
        on=today,
        sessions=sessions,
        certificates=[CertificateLine(item, verification_url(item.code)) for item in certificates],
        quizzes=_quiz_lines(person),
    )


def people_on_record(viewer) -> QuerySet[User]:
    """People whose record a person may read in the admin: everyone for programme managers; for trainers, the
    people enrolled (in any state) in a session they train; nobody otherwise."""
    people = User.objects.select_related("organisation")
    if is_manager(viewer):
        return people
    return people.filter(
        pk__in=Enrolment.objects.filter(session__in=sessions_visible_to(viewer).values("pk")).values(
            "user_id"
        )
    )


def person_on_record(viewer, pk) -> User | None:
    """The person with this id if the viewer may read their record (anyone else's id is simply not found)."""
    pk = id_or_none(pk)
    if pk is None:
        return None
    return people_on_record(viewer).filter(pk=pk).first()


def find_people_on_record(viewer, query: str = "", *, limit: int = 50) -> list[User]:
    """The people whose record the viewer may read, matching a name or e-mail, in the official order."""
    people = people_on_record(viewer)
    for word in query.split()[:5]:
        people = people.filter(
            Q(family_name__icontains=word)
            | Q(middle_name__icontains=word)
            | Q(given_name__icontains=word)
            | Q(email__icontains=word)
        )
    return sort_people(people.order_by("given_name", "family_name", "pk")[:limit])
