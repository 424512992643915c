"""The programme report for a date range across a year boundary: sessions by their first day, the target
pro-rated by the days of each year, certificates by their issue date; the command's JSON equals the screen."""

import datetime as dt
import io
import json
from decimal import Decimal

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from courses.models import SessionStatus
from lms.reports.annual import annual_report
from lms.reports.models import ProgrammeYear
from tests.conftest import login
from tests.factories import UserFactory
from tests.pdfs import pdf_text
from tests.reports import builders
from tests.reports.conftest import A, P, add_days, attend

pytestmark = pytest.mark.django_db

START, END = dt.date(2025, 10, 1), dt.date(2026, 3, 31)


@pytest.fixture
def winter(db, trainer):
    """Two sessions start in the range (one on 30/12/2025, running into 2026), one before, one after, one
    cancelled; plans of 3 sessions in 2025 and 2 in 2026."""
    ProgrammeYear.objects.create(year=2025, planned_sessions=3)
    ProgrammeYear.objects.create(year=2026, planned_sessions=2)
    course = builders.course(training=True)
    december = builders.session(course, year=2025, attendance_threshold=80)
    february = builders.session(course, year=2026, attendance_threshold=80)
    september = builders.session(course, year=2025)
    april = builders.session(course, year=2026)
    cancelled = builders.session(course, year=2026, status=SessionStatus.CANCELLED)
    days = add_days(december, 3, first=dt.date(2025, 12, 30))
    feb_days = add_days(february, 2, first=dt.date(2026, 2, 2))
    sep_days = add_days(september, 1, first=dt.date(2025, 9, 15))
    add_days(april, 1, first=dt.date(2026, 4, 1))
    add_days(cancelled, 1, first=dt.date(2026, 1, 10))
    people = {name: UserFactory() for name in ("an", "binh", "cuong", "dung")}
    attend(builders.enrol(december, people["an"]), days, [P, P, P], by=trainer)
    attend(builders.enrol(december, people["binh"]), days, [P, A, A], by=trainer)
    attend(builders.enrol(february, people["cuong"]), feb_days, [P, P], by=trainer)
    attend(builders.enrol(september, people["dung"]), sep_days, [P], by=trainer)
    builders.enrol(cancelled, people["dung"])
    builders.certificate(december, people["an"], issued_on=dt.date(2026, 1, 2))
    builders.certificate(
        february, people["cuong"], issued_on=dt.date(2026, 2, 3), revoked_on=dt.date(2026, 4, 5)
    )
    builders.certificate(september, people["dung"], issued_on=dt.date(2025, 9, 20))
    return people


def test_a_range_across_the_new_year(winter):
    report = annual_report(start=START, end=END)
    assert (report.year, report.sessions_total, report.sessions_held) == (None, 2, 2)
    totals = report.totals
    assert (totals.enrolled, totals.attended, totals.completed, totals.certified) == (3, 3, 2, 1)
    # issued in the range: 02/01/2026 and 03/02/2026; the second was revoked on 05/04/2026, after it
    assert (report.certificates_issued, report.certificates_revoked) == (2, 0)


def test_the_target_is_pro_rated_by_each_years_days_and_stated(winter):
    report = annual_report(start=START, end=END)
    # 3 x 92/365 + 2 x 90/365 = 1.249...
    assert report.planned_sessions == Decimal("1.2")
    assert [(item.year, item.planned, item.days, item.year_days) for item in report.plan_shares] == [
        (2025, 3, 92, 365),
        (2026, 2, 90, 365),
    ]
    assert "năm 2025: 3 lớp × 92/365 ngày" in report.scope_note
    assert report.title == "Báo cáo chương trình từ ngày 01/10/2025 đến ngày 31/03/2026"


def test_a_range_of_one_calendar_year_is_that_years_report(winter):
    assert annual_report(start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31)) == annual_report(2026)
    assert annual_report(2026).planned_sessions == 2


def test_the_command_json_equals_the_screen_for_a_range(client, manager, winter, tmp_path):
    login(client, manager)
    screen = client.get(reverse("reports_annual"), {"from": "2025-10-01", "to": "2026-03-31"})
    assert "Báo cáo chương trình từ ngày 01/10/2025 đến ngày 31/03/2026" in screen.content.decode()
    output = tmp_path / "range.json"
    call_command(
        "programme_report", *"--from 2025-10-01 --to 2026-03-31 --format json".split(), "--output", output
    )
    data = json.loads(output.read_text())
    assert data == screen.context["report"].as_dict()
    assert (data["start"], data["end"], data["planned_sessions"]) == ("2025-10-01", "2026-03-31", 1.2)


def test_the_range_downloads_state_the_period_and_the_target(client, manager, winter):
    login(client, manager)
    query = {"from": "2025-10-01", "to": "2026-03-31"}
    response = client.get(reverse("reports_annual"), {**query, "download": "xlsx"})
    assert "2025-10-01-den-2026-03-31" in response["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content))["Tổng hợp"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Báo cáo chương trình từ ngày 01/10/2025 đến ngày 31/03/2026"
    assert "tỷ lệ số ngày" in rows[1][0]
    pdf = client.get(reverse("reports_annual"), {**query, "download": "pdf"})
    text = pdf_text(pdf.content, sep="")
    assert "BÁO CÁO CHƯƠNG TRÌNH TỪ NGÀY 01/10/2025 ĐẾN NGÀY 31/03/2026" in " ".join(text.split())


def test_an_unreadable_range_falls_back_to_the_year_and_says_why(client, manager, winter):
    login(client, manager)
    response = client.get(reverse("reports_annual"), {"from": "2026-03-31", "to": "2025-10-01", "year": 2026})
    assert response.context["report"].year == 2026
    assert "Ngày kết thúc đứng trước ngày bắt đầu." in response.content.decode()


def test_the_command_wants_a_year_or_a_range(tmp_path):
    with pytest.raises(CommandError):
        call_command(
            "programme_report", "--from", "2025-10-01", "--format", "json", "--output", str(tmp_path / "x")
        )
    with pytest.raises(CommandError):
        call_command(
            "programme_report",
            "--year",
            "2025",
            "--from",
            "2025-10-01",
            "--to",
            "2025-12-01",
            "--format",
            "json",
            "--output",
            str(tmp_path / "x"),
        )


@pytest.mark.parametrize(("command", "option"), [("programme_report", "--from"), ("coverage_report", "--on")])
def test_the_commands_name_the_option_whose_date_is_unreadable(tmp_path, command, option):
    arguments = ["--to", "2026-03-31"] if command == "programme_report" else []
    with pytest.raises(CommandError, match=f"{option}: not a date \\(YYYY-MM-DD\\): 31/03/2026"):
        call_command(
            command, option, "31/03/2026", *arguments, "--format", "json", "--output", str(tmp_path / "x")
        )
