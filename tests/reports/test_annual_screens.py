"""The annual report's screen (charts), its XLSX and PDF, and the command whose JSON equals the screen."""

import io
import json
import re

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.conftest import login
from tests.pdfs import pdf_text

pytestmark = pytest.mark.django_db


def test_only_programme_managers_see_the_annual_report(client, trainer, manager):
    login(client, trainer)
    assert client.get(reverse("reports_annual")).status_code == 302
    login(client, manager)
    assert client.get(reverse("reports_annual")).status_code == 200


def test_the_screen_has_the_figures_and_svg_charts_without_script(client, manager, year_2026):
    login(client, manager)
    html = client.get(reverse("reports_annual"), {"year": 2026}).content.decode()
    assert "Báo cáo chương trình năm 2026" in html
    assert "Thành phố Hà Nội" in html
    charts = re.findall(r"<svg[^>]*pygal-chart.*?</svg>", html, re.DOTALL)
    assert len(charts) == 4
    assert not any("<script" in chart or "http://kozea" in chart for chart in charts)
    assert any("Học viên theo tỉnh, thành phố" in chart for chart in charts)


def test_the_xlsx_has_one_sheet_per_table_with_the_numbers(client, manager, year_2026):
    login(client, manager)
    response = client.get(reverse("reports_annual"), {"year": 2026, "download": "xlsx"})
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == [
        "Tổng hợp",
        "Các lớp",
        "Theo đối tượng",
        "Theo cấp hành chính",
        "Theo tỉnh, thành phố",
        "Chứng nhận theo đơn vị",
    ]
    summary = {row[0]: row[1] for row in workbook["Tổng hợp"].iter_rows(min_row=3, values_only=True)}
    assert summary["Số lớp theo kế hoạch"] == 3
    assert summary["Số lớp đã tổ chức"] == 2
    assert summary["Học viên được cấp chứng nhận"] == 2


def test_the_pdf_has_the_national_heading_and_vietnamese_headings(client, manager, year_2026):
    login(client, manager)
    response = client.get(reverse("reports_annual"), {"year": 2026, "download": "pdf"})
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content, sep="")
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "BÁO CÁO CHƯƠNG TRÌNH NĂM 2026" in text
    assert "Theo tỉnh, thành phố" in text


def test_the_command_json_equals_the_screen(client, manager, year_2026, tmp_path):
    login(client, manager)
    screen = client.get(reverse("reports_annual"), {"year": 2026})
    output = tmp_path / "report.json"
    call_command("programme_report", "--year", "2026", "--format", "json", "--output", str(output))
    data = json.loads(output.read_text())
    assert data == screen.context["report"].as_dict()
    assert data["totals"]["enrolled"] == 6


def test_the_command_writes_xlsx_and_pdf(year_2026, tmp_path):
    call_command(
        "programme_report", "--year", "2026", "--format", "xlsx", "--output", str(tmp_path / "r.xlsx")
    )
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames[0] == "Tổng hợp"
    call_command("programme_report", "--year", "2026", "--format", "pdf", "--output", str(tmp_path / "r.pdf"))
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_managers_edit_the_yearly_plan(client, manager):
    login(client, manager)
    response = client.post(reverse("programme_years:add"), {"year": 2027, "planned_sessions": 2, "note": ""})
    assert response.status_code == 302
    from lms.reports.annual import planned_sessions

    assert planned_sessions(2027) == 2
