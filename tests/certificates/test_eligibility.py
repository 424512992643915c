"""The rulebook: each rule that fails gives its reason, in Vietnamese, and the evidence is kept."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from certificates.eligibility import enrolment_eligibility, percent_text, session_eligibility, session_hours
from courses.attendance.models import AttendancePolicy, AttendanceStatus
from courses.models import EnrolmentStatus, SessionStatus
from tests.attendance.factories import confirmed_trainees, days_of, enrol, make_session
from tests.certificates.conftest import finished_session, mark, record_attempt, required_quiz
from tests.factories import UserFactory

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)
pytestmark = pytest.mark.django_db


def test_present_every_day_is_eligible(nhung):
    result = enrolment_eligibility(nhung)
    assert result.eligible
    assert result.reasons == []
    assert result.evidence["attendance"]["percent"] == 100.0
    assert result.evidence["rule"]["attendance_threshold"] == 80


def test_attendance_below_the_threshold_reads_as_the_trainer_would_say_it(session, trainer):
    enrolment = enrol(session, UserFactory())
    mark(session, enrolment, [P, P, L, A, A], by=trainer)
    result = enrolment_eligibility(enrolment)
    assert not result.eligible
    assert result.reasons == ["điểm danh 60% < 80%"]


def test_late_counts_as_attended_and_days_not_taken_count_against(session, trainer):
    enrolment = enrol(session, UserFactory())
    mark(session, enrolment, [P, L, L, P], by=trainer)  # the fifth day was never taken
    assert enrolment_eligibility(enrolment).eligible  # 4/5 = 80%
    other = enrol(session, UserFactory())
    mark(session, other, [P, L, L], by=trainer)
    assert enrolment_eligibility(other).reasons == ["điểm danh 60% < 80%"]


def test_excused_counts_only_when_the_session_says_so(session, trainer):
    enrolment = enrol(session, UserFactory())
    mark(session, enrolment, [P, P, P, E, E], by=trainer)
    assert enrolment_eligibility(enrolment).reasons == ["điểm danh 60% < 80%"]
    AttendancePolicy.objects.create(session=session, excused_counts=True)
    result = enrolment_eligibility(enrolment)
    assert result.eligible
    assert result.evidence["rule"]["excused_counts"] is True


def test_a_fractional_rate_uses_the_decimal_comma(trainer):
    session = finished_session(trainers=[trainer], days=8)
    enrolment = enrol(session, UserFactory())
    mark(session, enrolment, [P] * 5, by=trainer)
    assert enrolment_eligibility(enrolment).reasons == ["điểm danh 62,5% < 80%"]
    assert percent_text(62.5) == "62,5"
    assert percent_text(80.0) == "80"


def test_required_quiz_not_passed(trainer):
    session = finished_session(trainers=[trainer], quiz_required=True)
    quiz = required_quiz(session)
    enrolment = enrol(session, UserFactory())
    mark(session, enrolment, [P] * 5, by=trainer)
    assert enrolment_eligibility(enrolment).reasons == ["chưa đạt bài kiểm tra"]
    record_attempt(quiz, enrolment, score="50.00")
    assert enrolment_eligibility(enrolment).reasons == ["chưa đạt bài kiểm tra"]
    record_attempt(quiz, enrolment, score="85.00", number=2)
    result = enrolment_eligibility(enrolment)
    assert result.eligible
    [quiz_evidence] = result.evidence["quizzes"]
    assert quiz_evidence["score"] == "85.00"
    assert quiz_evidence["passed"] is True


def test_a_quiz_is_ignored_when_the_session_does_not_require_one(session, trainer, nhung):
    required_quiz(session)
    assert enrolment_eligibility(nhung).eligible


def test_several_reasons_are_all_given(trainer):
    session = finished_session(trainers=[trainer], quiz_required=True)
    required_quiz(session)
    enrolment = enrol(session, UserFactory())
    mark(session, enrolment, [P, P, P], by=trainer)
    assert enrolment_eligibility(enrolment).reasons == ["điểm danh 60% < 80%", "chưa đạt bài kiểm tra"]


def test_not_confirmed_enrolment(session):
    enrolment = enrol(session, UserFactory(), status=EnrolmentStatus.PENDING)
    reasons = enrolment_eligibility(enrolment).reasons
    assert reasons[0] == "ghi danh chưa được xác nhận (chờ duyệt)"


def test_session_not_ended_yet(trainer):
    session = make_session(trainers=[trainer], days=2, first_day=timezone.localdate())
    enrolment = enrol(session, UserFactory())
    mark(session, enrolment, [P, P], by=trainer)
    last = (timezone.localdate() + timedelta(days=1)).strftime("%d/%m/%Y")
    assert enrolment_eligibility(enrolment).reasons == [f"lớp bế giảng ngày {last}"]
    session.status = SessionStatus.COMPLETED
    session.save()
    assert enrolment_eligibility(enrolment).eligible


def test_cancelled_session(session, nhung):
    session.status = SessionStatus.CANCELLED
    session.save()
    assert enrolment_eligibility(nhung).reasons == ["lớp đã bị hủy"]


def test_session_list_has_every_confirmed_trainee_in_official_order(session, trainer):
    people = [
        UserFactory(family_name="Trần", middle_name="Văn", given_name="Bình"),
        UserFactory(family_name="Lê", middle_name="Thị", given_name="An"),
    ]
    enrolments = [enrol(session, person) for person in people]
    mark(session, enrolments[0], [P] * 5, by=trainer)
    enrol(session, UserFactory(), status=EnrolmentStatus.CANCELLED)
    results = session_eligibility(session)
    assert [item.user.given_name for item in results] == ["An", "Bình"]
    assert [item.eligible for item in results] == [False, True]


def test_session_list_queries_do_not_grow_with_the_class(session, trainer, django_assert_max_num_queries):
    for _ in range(3):
        mark(session, enrol(session, UserFactory()), [P] * 5, by=trainer)
    with django_assert_max_num_queries(8):
        small = session_eligibility(session)
    for _ in range(12):
        mark(session, enrol(session, UserFactory()), [P] * 5, by=trainer)
    with django_assert_max_num_queries(8):
        large = session_eligibility(session)
    assert len(small) == 3 and len(large) == 15


def _class_with_quiz_attempts(session, quiz, *, size: int, by) -> None:
    """Trainees present every day, each with a failed and a passed attempt at the required quiz."""
    from courses.attendance.models import AttendanceRecord

    enrolments = confirmed_trainees(session, size)
    AttendanceRecord.objects.bulk_create(
        AttendanceRecord(enrolment=enrolment, day=day, status=P, marked_by=by)
        for enrolment in enrolments
        for day in days_of(session)
    )
    for enrolment in enrolments:
        record_attempt(quiz, enrolment, score="40.00")
        record_attempt(quiz, enrolment, score="90.00", number=2)


def test_quiz_results_of_a_class_take_the_same_queries_for_3_or_30_trainees(trainer):
    session = finished_session(trainers=[trainer], quiz_required=True)
    quiz = required_quiz(session)
    _class_with_quiz_attempts(session, quiz, size=3, by=trainer)
    session_eligibility(session)  # warm the per-process caches (content types) out of the count
    with CaptureQueriesContext(connection) as small_queries:
        small = session_eligibility(session)
    _class_with_quiz_attempts(session, quiz, size=27, by=trainer)
    with CaptureQueriesContext(connection) as large_queries:
        large = session_eligibility(session)
    assert (len(small), len(large)) == (3, 30)
    assert all(item.eligible for item in large)
    assert {item.evidence["quizzes"][0]["score"] for item in large} == {"90.00"}
    assert len(large_queries) == len(small_queries)


def test_hours_are_the_planned_time(session):
    assert session_hours(days_of(session)) == 5 * 8.5
