"""Who may take a quiz, which attempts count against its limit, and when its answer key may be shown.

The one place of these rules: the service that starts attempts, the pages, the API and the reviews call them.
Reads only (no writes); each function is cheap on rows already loaded, so lists call it per quiz.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Max, Min
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from courses.models import ACTIVE_STATUSES, Enrolment, EnrolmentStatus, SessionStatus, TrainingSession

from .errors import (
    NotEnrolledError,
    QuizError,
    QuizUnavailableError,
    SessionNotStartedError,
    SignInRequiredError,
)
from .models import Quiz, QuizAttempt


@dataclass(frozen=True)
class QuizAccess:
    """Whether a person may start a quiz now (attempts aside), the course run their attempts count in, and,
    when they may not, why: a QuizError whose message is shown to them as is."""

    quiz: Quiz
    session: TrainingSession | None
    error: QuizError | None = None

    @property
    def allowed(self) -> bool:
        return self.error is None

    @property
    def reason(self) -> str:
        return self.error.message if self.error is not None else ""


def enrolments_by_course(user, course_ids) -> dict[int, list[Enrolment]]:
    """The person's enrolments in the courses' sessions (not draft, not cancelled), with the sessions' dates."""
    by_course: dict[int, list[Enrolment]] = defaultdict(list)
    if not getattr(user, "is_authenticated", False) or not course_ids:
        return by_course
    rows = (
        Enrolment.objects.filter(user=user, session__course_id__in=course_ids)
        .exclude(session__status__in=[SessionStatus.DRAFT, SessionStatus.CANCELLED])
        .select_related("session")
        .annotate(session_starts_on=Min("session__days__date"), session_ends_on=Max("session__days__date"))
        .order_by("pk")
    )
    for enrolment in rows:
        enrolment.session.starts_on = enrolment.session_starts_on
        enrolment.session.ends_on = enrolment.session_ends_on
        by_course[enrolment.session.course_id].append(enrolment)
    return by_course


def _when(moment: datetime) -> str:
    return date_format(timezone.localtime(moment), "H:i d/m/Y")


def _window_error(quiz: Quiz, now: datetime) -> QuizError | None:
    if quiz.available_from and now < quiz.available_from:
        return QuizUnavailableError(_("This quiz opens at %(time)s.") % {"time": _when(quiz.available_from)})
    if quiz.available_until and now >= quiz.available_until:
        return QuizUnavailableError(
            _("This quiz closed at %(time)s.") % {"time": _when(quiz.available_until)}
        )
    return None


def _latest(sessions: list[TrainingSession]) -> TrainingSession | None:
    return max(sessions, key=lambda s: (s.first_day() or date.min, s.year, s.pk), default=None)


def access_for(quiz: Quiz, enrolments: list[Enrolment], *, now: datetime) -> QuizAccess:
    """The access rule of `quiz_access`, on the person's enrolments in the quiz's course (already loaded)."""
    confirmed = [e.session for e in enrolments if e.status == EnrolmentStatus.CONFIRMED]
    if quiz.is_practice:
        return QuizAccess(quiz, _latest(confirmed), _window_error(quiz, now))
    if not confirmed:
        return QuizAccess(quiz, None, NotEnrolledError())
    today = timezone.localdate(now)
    started = [s for s in confirmed if quiz.opens_before_session or s.has_started(today)]
    if not started:
        upcoming = min(confirmed, key=lambda s: (s.first_day() or date.max, s.pk))
        first = upcoming.first_day()
        if first is None:
            message = _("This quiz opens when your session %(session)s starts.") % {"session": upcoming.code}
        else:
            message = _("This quiz opens when your session %(session)s starts, on %(date)s.") % {
                "session": upcoming.code,
                "date": first.strftime("%d/%m/%Y"),
            }
        return QuizAccess(quiz, upcoming, SessionNotStartedError(message))
    return QuizAccess(quiz, _latest(started), _window_error(quiz, now))


def quiz_access(quiz: Quiz, user, *, now: datetime | None = None) -> QuizAccess:
    """Who may start a quiz: a practice quiz, any signed-in person within the quiz's window; a graded quiz, a
    trainee with a confirmed enrolment in a session of its course, once that session has started (or before,
    if the quiz opens before the session), within the quiz's window. The attempts count in that session (the
    latest started one when there are several)."""
    now = now or timezone.now()
    if not getattr(user, "is_authenticated", False):
        return QuizAccess(quiz, None, SignInRequiredError())
    enrolments = enrolments_by_course(user, [quiz.course_id])[quiz.course_id]
    return access_for(quiz, enrolments, now=now)


def counted_attempts(
    quiz: Quiz, attempts: Iterable[QuizAttempt], session_id: int | None
) -> list[QuizAttempt]:
    """The person's attempts that count against the quiz's limit in a course run: every attempt at a practice
    quiz; at a graded quiz, those of the run and those made outside any run (before enrolling), so that no
    path (enrolling late, enrolling again) gives fresh attempts."""
    return [a for a in attempts if quiz.is_practice or a.session_id is None or a.session_id == session_id]


def attempts_left(quiz: Quiz, attempts: Iterable[QuizAttempt], session_id: int | None) -> int | None:
    """How many attempts remain in a course run (None: unlimited)."""
    if quiz.unlimited_attempts:
        return None
    return max(0, quiz.attempts_allowed - len(counted_attempts(quiz, attempts, session_id)))


def answer_key_shown(
    quiz: Quiz, attempts: list[QuizAttempt], session_ids: Iterable[int | None], *, now: datetime
) -> bool:
    """Whether reviews may show correct answers and explanations (as far as the review option allows): at once
    for a practice quiz; for a graded quiz once the quiz has closed, or once the person has no attempt open and
    none left in any of the given course runs (the attempt's, and every run they are enrolled in)."""
    if quiz.is_practice:
        return True
    if quiz.available_until and now >= quiz.available_until:
        return True
    if quiz.unlimited_attempts or any(a.submitted_at is None for a in attempts):
        return False
    return all(attempts_left(quiz, attempts, session_id) == 0 for session_id in set(session_ids))


def review_key_shown(attempt: QuizAttempt, *, now: datetime | None = None) -> bool:
    """Whether the review of this attempt may show correct answers and explanations (`answer_key_shown`),
    counting in the attempt's course run and in every run of the course its trainee is enrolled in."""
    quiz = attempt.quiz
    if quiz.is_practice:
        return True
    mine = list(QuizAttempt.objects.filter(quiz=quiz, user_id=attempt.user_id))
    runs = set(
        Enrolment.objects.filter(
            user_id=attempt.user_id, session__course_id=quiz.course_id, status__in=ACTIVE_STATUSES
        )
        .exclude(session__status__in=[SessionStatus.DRAFT, SessionStatus.CANCELLED])
        .values_list("session_id", flat=True)
    )
    return answer_key_shown(quiz, mine, {attempt.session_id, *runs}, now=now or timezone.now())
