"""The coverage screen for programme managers, its downloads, and the command for scheduled runs."""

import io
import json

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from lms.reports.coverage import coverage_gaps
from tests.conftest import login
from tests.reports.conftest import ON

pytestmark = pytest.mark.django_db


def test_only_programme_managers_see_the_coverage(client, trainer, manager, network):
    login(client, trainer)
    response = client.get(reverse("reports_coverage"))
    assert response.status_code == 302 and "report" not in (response.context or {})
    login(client, manager)
    assert client.get(reverse("reports_coverage")).status_code == 200


def test_the_screen_shows_the_levels_gaps_and_untrained_in_vietnamese(client, manager, network):
    login(client, manager)
    response = client.get(reverse("reports_coverage"), {"on": ON.isoformat()})
    html = response.content.decode()
    assert "Độ phủ mạng lưới người phát ngôn" in html
    assert "Tỉnh, thành phố trực thuộc Trung ương" in html
    assert "80,0%" in html  # the Vietnamese decimal comma
    assert "Quận, huyện" not in html.split('id="coverage"')[1].split("</table>")[0]
    assert "Đơn vị S-HUE" in html
    assert "Đơn vị T-HP" in html.split('id="not-trained"')[1]


def test_the_xlsx_has_the_summary_the_gaps_and_the_untrained(client, manager, network):
    login(client, manager)
    response = client.get(reverse("reports_coverage"), {"on": ON.isoformat(), "download": "xlsx"})
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Độ phủ", "Chưa có người phát ngôn", "Chưa được bồi dưỡng"]
    summary = list(workbook["Độ phủ"].iter_rows(values_only=True))
    province = next(row for row in summary if row[0] == "Tỉnh, thành phố trực thuộc Trung ương")
    assert province[1:] == (5, 4, 80.0, 2, 40.0, 1)
    gaps = [row[2] for row in workbook["Chưa có người phát ngôn"].iter_rows(min_row=2, values_only=True)]
    assert {"BO-B", "S-HUE", "T-QN", "X-3"} <= set(gaps)
    assert len(gaps) == coverage_gaps(on=ON).count()  # the manager's own unit is a gap too
    untrained = [row[3] for row in workbook["Chưa được bồi dưỡng"].iter_rows(min_row=2, values_only=True)]
    assert sorted(untrained) == ["Đơn vị S-HN", "Đơn vị T-DN", "Đơn vị T-HP"]


def test_the_command_json_equals_the_screen(client, manager, network, tmp_path):
    login(client, manager)
    screen = client.get(reverse("reports_coverage"), {"on": ON.isoformat(), "province": "T-HN"})
    output = tmp_path / "coverage.json"
    call_command(
        "coverage_report",
        "--on",
        ON.isoformat(),
        "--province",
        "T-HN",
        "--format",
        "json",
        "--output",
        str(output),
    )
    data = json.loads(output.read_text())
    assert data == screen.context["report"].as_dict()
    assert [level["level_code"] for level in data["levels"]] == ["province", "department", "commune"]


def test_the_command_writes_xlsx_and_csv_and_refuses_a_bad_date(network, tmp_path):
    call_command(
        "coverage_report", "--on", ON.isoformat(), "--format", "xlsx", "--output", str(tmp_path / "c.xlsx")
    )
    assert openpyxl.load_workbook(tmp_path / "c.xlsx").sheetnames[0] == "Độ phủ"
    call_command(
        "coverage_report", "--on", ON.isoformat(), "--format", "csv", "--output", str(tmp_path / "c.csv")
    )
    text = (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Cấp hành chính,")
    assert "Tổng cộng,12,8,66.7,5,41.7,4" in text
    with pytest.raises(CommandError):
        call_command(
            "coverage_report", "--on", "31/02/2026", "--format", "json", "--output", str(tmp_path / "x")
        )
