"""The one rulebook of who earns a certificate; every path (admin, command, task, dashboard) asks it.

A trainee of a session earns one when: the session was not cancelled and has ended (its last day has come,
or it is marked completed); their enrolment is confirmed; they attended at least the session's threshold
of its planned days (present and late count; excused only when the session's attendance rules say so);
and, when the session requires a quiz, they passed every quiz of its course required for the certificate.
Each rule that fails gives a reason in words a trainer reads ("điểm danh 60% < 80%").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.attendance.models import AttendancePolicy, AttendanceRecord
from courses.attendance.rates import Rate, attendance_rate
from courses.attendance.selectors import in_official_order
from courses.models import Enrolment, EnrolmentStatus, SessionDay, SessionStatus, TrainingSession
from courses.quizzes.selectors import quiz_results_for, session_quiz_results

from .models import Certificate


@dataclass
class Eligibility:
    """Whether one enrolment earns a certificate, why not, and the evidence the decision rests on."""

    enrolment: Enrolment
    reasons: list[str]
    evidence: dict
    rate: Rate | None = None
    certificate: Certificate | None = None  # the valid certificate, when one was issued
    history: list[Certificate] = field(default_factory=list)  # revoked ones

    @property
    def eligible(self) -> bool:
        return not self.reasons

    @property
    def issued(self) -> bool:
        return self.certificate is not None

    @property
    def user(self):
        return self.enrolment.user


def percent_text(value: float | Decimal) -> str:
    """62.5 -> "62,5"; 80.0 -> "80" (Vietnamese decimal comma)."""
    value = round(float(value), 1)
    return str(int(value)) if value == int(value) else f"{value:.1f}".replace(".", ",")


def session_hours(days: list[SessionDay]) -> Decimal:
    """The planned hours of a session: the sum of its days' lengths, to the tenth of an hour."""
    minutes = sum(
        (day.end_time.hour * 60 + day.end_time.minute) - (day.start_time.hour * 60 + day.start_time.minute)
        for day in days
    )
    return (Decimal(minutes) / 60).quantize(Decimal("0.1"))


def quiz_results(enrolment: Enrolment) -> list[dict]:
    """The results of the quizzes the session requires, for one trainee (the quizzes app's rule)."""
    return quiz_results_for(enrolment.user_id, enrolment.session)


def quiz_results_of_session(session: TrainingSession, enrolments: list[Enrolment]) -> dict[int, list[dict]]:
    """The same results for every trainee of a list at once, by user id (a constant number of queries)."""
    if not session.quiz_required:
        return {}
    return session_quiz_results(session, user_ids=[enrolment.user_id for enrolment in enrolments])


@dataclass
class _SessionFacts:
    session: TrainingSession
    days: list[SessionDay]
    excused_counts: bool

    @property
    def last_day(self) -> date | None:
        return self.days[-1].date if self.days else None


def _facts(session: TrainingSession) -> _SessionFacts:
    days = list(SessionDay.objects.filter(session=session).order_by("date", "start_time"))
    return _SessionFacts(
        session=session, days=days, excused_counts=AttendancePolicy.for_session(session).excused_counts
    )


def _judge(
    facts: _SessionFacts,
    enrolment: Enrolment,
    statuses: dict[int, str],
    today: date,
    *,
    quizzes: list[dict] | None = None,
) -> Eligibility:
    """Apply the rules to one enrolment; `statuses` maps the session's day ids to this trainee's status,
    `quizzes` are its quiz results when already read for the whole session."""
    session = facts.session
    reasons: list[str] = []
    if session.status == SessionStatus.CANCELLED:
        reasons.append(_("the session was cancelled"))
    if enrolment.status != EnrolmentStatus.CONFIRMED:
        reasons.append(
            _("enrolment not confirmed (%(status)s)") % {"status": enrolment.get_status_display().lower()}
        )
    if not facts.days:
        reasons.append(_("the session has no days"))
    elif session.status != SessionStatus.COMPLETED and facts.last_day > today:
        reasons.append(_("the session ends on %(date)s") % {"date": facts.last_day.strftime("%d/%m/%Y")})
    cells = [statuses.get(day.pk) for day in facts.days]
    rate = attendance_rate(cells, planned_days=len(facts.days), excused_counts=facts.excused_counts)
    if facts.days and rate.percent < session.attendance_threshold:
        reasons.append(
            _("attendance %(rate)s%% < %(threshold)s%%")
            % {"rate": percent_text(rate.percent), "threshold": session.attendance_threshold}
        )
    if not session.quiz_required:
        quizzes = []
    elif quizzes is None:
        quizzes = quiz_results(enrolment)
    if session.quiz_required and not quizzes:
        # The same rule as courses.quizzes.selectors.quiz_passed_for: a required quiz the course lacks
        # completes no one, rather than silently waiving the requirement.
        reasons.append(_("the course has no quiz required for the certificate"))
    elif any(not result["passed"] for result in quizzes):
        reasons.append(_("quiz not passed"))
    evidence = {
        "rule": {
            "attendance_threshold": session.attendance_threshold,
            "excused_counts": facts.excused_counts,
            "quiz_required": session.quiz_required,
            "planned_days": len(facts.days),
            "session_status": session.status,
        },
        "attendance": {
            "planned": rate.planned,
            "present": rate.present,
            "late": rate.late,
            "excused": rate.excused,
            "absent": rate.absent,
            "attended": rate.attended,
            "percent": rate.percent,
            "days": [
                {"date": day.date.isoformat(), "status": status or ""}
                for day, status in zip(facts.days, cells, strict=True)
            ],
        },
        "quizzes": [
            {
                "quiz_id": result["quiz"].pk,
                "title": result["quiz"].title,
                "pass_mark": result["quiz"].pass_mark,
                "attempt_id": result["attempt"].pk if result["attempt"] else None,
                "score": str(result["attempt"].score) if result["attempt"] else None,
                "passed": result["passed"],
            }
            for result in quizzes
        ],
        "evaluated_at": timezone.now().isoformat(),
    }
    return Eligibility(enrolment=enrolment, reasons=reasons, evidence=evidence, rate=rate)


def _statuses(enrolment_ids: list[int]) -> dict[int, dict[int, str]]:
    by_enrolment: dict[int, dict[int, str]] = defaultdict(dict)
    for enrolment_id, day_id, status in AttendanceRecord.objects.filter(
        enrolment_id__in=enrolment_ids
    ).values_list("enrolment_id", "day_id", "status"):
        by_enrolment[enrolment_id][day_id] = status
    return by_enrolment


def enrolment_eligibility(enrolment: Enrolment, *, today: date | None = None) -> Eligibility:
    """Whether one enrolment earns a certificate now (the service asks this under the enrolment's lock)."""
    facts = _facts(enrolment.session)
    statuses = _statuses([enrolment.pk]).get(enrolment.pk, {})
    return _judge(facts, enrolment, statuses, today or timezone.localdate())


def session_eligibility(session: TrainingSession, *, today: date | None = None) -> list[Eligibility]:
    """Every trainee of a session, in the official order: confirmed ones and anyone holding a certificate."""
    facts = _facts(session)
    enrolments = in_official_order(
        Enrolment.objects.filter(session=session)
        .filter(Q(status=EnrolmentStatus.CONFIRMED) | Q(certificates__isnull=False))
        .distinct()
        .select_related("user", "user__organisation", "session__course")
    )
    statuses = _statuses([enrolment.pk for enrolment in enrolments])
    quizzes = quiz_results_of_session(session, enrolments)
    certificates: dict[int, list[Certificate]] = defaultdict(list)
    for certificate in Certificate.objects.filter(enrolment__session=session).order_by("issued_at", "pk"):
        certificates[certificate.enrolment_id].append(certificate)
    today = today or timezone.localdate()
    results = []
    for enrolment in enrolments:
        enrolment.session = session
        result = _judge(
            facts, enrolment, statuses.get(enrolment.pk, {}), today, quizzes=quizzes.get(enrolment.user_id)
        )
        held = certificates.get(enrolment.pk, [])
        result.certificate = next((item for item in held if item.revoked_at is None), None)
        result.history = [item for item in held if item.revoked_at is not None]
        results.append(result)
    return results


def enrolments_eligibility(enrolments: list[Enrolment], *, today: date | None = None) -> list[Eligibility]:
    """Whether each of several enrolments earns a certificate now, read in bulk (a constant number of
    queries per session): the bulk issuance asks this under the enrolments' locks. Same order as given."""
    by_session: dict[int, list[Enrolment]] = defaultdict(list)
    for enrolment in enrolments:
        by_session[enrolment.session_id].append(enrolment)
    statuses = _statuses([enrolment.pk for enrolment in enrolments])
    today = today or timezone.localdate()
    results: dict[int, Eligibility] = {}
    for items in by_session.values():
        session = items[0].session
        facts = _facts(session)
        quizzes = quiz_results_of_session(session, items)
        for enrolment in items:
            enrolment.session = session
            results[enrolment.pk] = _judge(
                facts,
                enrolment,
                statuses.get(enrolment.pk, {}),
                today,
                quizzes=quizzes.get(enrolment.user_id),
            )
    return [results[enrolment.pk] for enrolment in enrolments]
