"""The annual programme report on a hand-built year: the plan, sessions, trainees per group, certificates."""

from decimal import Decimal

import pytest

from lms.reports.annual import annual_report
from lms.reports.models import ProgrammeYear
from tests.factories import OrganisationFactory, UserFactory
from tests.reports import builders
from tests.reports.conftest import A, P, add_days, attend

pytestmark = pytest.mark.django_db


def test_sessions_against_the_plan(year_2026):
    report = annual_report(2026)
    assert (report.planned_sessions, report.sessions_held, report.sessions_total) == (3, 2, 3)
    ProgrammeYear.objects.create(year=2026, planned_sessions=2)
    assert annual_report(2026).planned_sessions == 2
    assert annual_report(2026).held_percent == Decimal("100.0")


def test_trainee_totals(year_2026):
    totals = annual_report(2026).totals
    assert (totals.enrolled, totals.attended, totals.completed, totals.certified) == (6, 4, 3, 2)


def test_breakdowns_by_category_level_and_province(year_2026):
    report = annual_report(2026)
    category = {
        row.label: (row.enrolled, row.attended, row.completed, row.certified) for row in report.by_category
    }
    assert category == {
        "Người phát ngôn": (4, 3, 2, 1),
        "Cán bộ truyền thông": (1, 1, 1, 1),
        "Phóng viên, biên tập viên": (1, 0, 0, 0),
    }
    province = {row.label: row.enrolled for row in report.by_province}
    assert province == {"Thành phố Hà Nội": 5, "Thành phố Huế": 1}
    levels = {row.label: row.enrolled for row in report.by_level}
    assert levels == {
        "Sở, ban, ngành cấp tỉnh": 3,
        "Xã, phường, đặc khu": 2,
        "Tỉnh, thành phố trực thuộc Trung ương": 1,
    }


def test_attendance_and_quiz_pass_rate_per_session(year_2026):
    sessions = annual_report(2026).sessions
    first = sessions[0]
    assert (first.enrolled, first.days) == (4, 5)
    assert first.attendance_percent == Decimal("55.0")  # 11 of 20 person-days
    assert (first.quiz_takers, first.quiz_passed, first.quiz_pass_percent) == (3, 2, Decimal("66.7"))
    second = sessions[1]
    assert second.attendance_percent == Decimal("25.0")
    assert second.quiz_pass_percent == Decimal("0.0")


def test_certificates_by_the_year_issued_with_their_snapshot(year_2026):
    report = annual_report(2026)
    assert (report.certificates_issued, report.certificates_revoked) == (3, 1)
    assert report.certificates_by_unit == [("Sở Văn hóa Hà Nội", 2), ("Phường Ba Đình", 1)]
    year_2026["an"].organisation = OrganisationFactory(name="Đơn vị mới")
    year_2026["an"].save()
    assert annual_report(2026).certificates_by_unit[0] == ("Sở Văn hóa Hà Nội", 2)


def test_the_report_takes_a_fixed_number_of_queries(year_2026, trainer, django_assert_max_num_queries):
    with django_assert_max_num_queries(16) as before:
        annual_report(2026)
    count = len(before.captured_queries)
    session = builders.session(builders.course(training=False))
    days = add_days(session, 3)
    for _ in range(10):
        attend(builders.enrol(session, UserFactory()), days, [P, P, A], by=trainer)
    with django_assert_max_num_queries(count):
        report = annual_report(2026)
    assert report.totals.enrolled == 16


@pytest.mark.parametrize(("excused_counts", "completed"), [(True, 1), (False, 0)])
def test_completed_follows_the_sessions_excused_rule(db, trainer, excused_counts, completed):
    from courses.attendance.models import AttendancePolicy, AttendanceStatus

    held = builders.session(builders.course(training=False), attendance_threshold=80)
    AttendancePolicy.objects.create(session=held, excused_counts=excused_counts)
    days = add_days(held, 5)
    enrolment = builders.enrol(held, UserFactory())
    excused = AttendanceStatus.EXCUSED
    attend(enrolment, days, [P, P, P, excused, A], by=trainer)
    assert annual_report(2026).totals.completed == completed
