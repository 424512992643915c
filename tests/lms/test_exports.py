"""Every spreadsheet export writes people's text as text: XLSX string cells (never a formula), CSV with a
leading apostrophe before = + - @, tab and carriage return. Run with a trainee who names themselves as a
formula, and read each file back as the spreadsheet program would."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.log_actions import log

from courses.models import Enrolment, TrainingSession
from lms.exports import Styled, Table, csv_response, neutralise, xlsx_bytes
from tests.attendance.factories import enrol, make_session
from tests.conftest import login
from tests.factories import OrganisationFactory, SpokespersonFactory, UserFactory
from tests.quizzes.conftest import make_question, make_quiz
from tests.spreadsheets import first_sheet

NAME = '=HYPERLINK("http://example.invalid","bấm")'
UNIT = "@SUM(1+1)"
PHONE = "-2+3"
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def xlsx_texts(content: bytes) -> list[str]:
    """Every text of the workbook, after checking that no cell is a formula and every text is a string."""
    book = load_workbook(io.BytesIO(content))
    texts = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert cell.data_type == "s", (sheet.title, cell.coordinate, cell.value)
                    texts.append(cell.value)
    return texts


def csv_cells(content: bytes) -> list[str]:
    """Every cell of the CSV, after checking that none would start a formula."""
    text = content.decode("utf-8")
    assert text.startswith("\ufeff")
    cells = [cell for row in csv.reader(io.StringIO(text[1:], newline="")) for cell in row]
    dangerous = [cell for cell in cells if cell.startswith(TRIGGERS)]
    assert dangerous == []
    return cells


@pytest.fixture
def hostile(db):
    return UserFactory(
        family_name=NAME,
        middle_name="",
        given_name="An",
        organisation=None,
        organisation_unlisted=UNIT,
        phone=PHONE,
    )


@pytest.fixture
def session(hostile, trainer):
    session = make_session(trainers=[trainer], days=2)
    TrainingSession.objects.filter(pk=session.pk).update(title=NAME)
    session.refresh_from_db()
    enrol(session, hostile)
    return session


@pytest.mark.parametrize("url_name", ["attendance_register_xlsx", "certificates_eligibility_xlsx"])
def test_the_attendance_register_and_certificate_eligibility_list(client, trainer, session, url_name):
    login(client, trainer)
    response = client.get(reverse(url_name, args=[session.pk]))
    assert response.status_code == 200
    texts = xlsx_texts(response.content)
    assert f"{NAME} An" in texts and UNIT in texts


def test_the_quiz_results(client, manager, session):
    quiz = make_quiz(session.course)
    login(client, manager)
    response = client.get(f"/admin/quizzes/results/{session.pk}/{quiz.pk}/export/")
    assert response.status_code == 200
    texts = xlsx_texts(response.content)
    assert NAME in texts and UNIT in texts


def test_the_question_export(client, manager, session):
    make_question(
        session.course, [(PHONE, True), (UNIT, False)], text=f"<p>{NAME}</p>", category="+Pháp luật"
    )
    login(client, manager)
    response = client.get("/admin/quizzes/questions/export/")
    assert response.status_code == 200
    texts = xlsx_texts(response.content)
    assert {NAME, PHONE, UNIT, "+Pháp luật"} <= set(texts)


def test_the_enrolments_csv(client, trainer, session):
    login(client, trainer)
    response = client.get(f"/admin/courses/sessions/{session.pk}/enrolments/", {"export": "csv"})
    assert response.status_code == 200
    cells = csv_cells(response.content)
    assert {f"'{NAME}", f"'{UNIT}", f"'{PHONE}"} <= set(cells)


@pytest.mark.parametrize(
    ("url", "make"),
    [
        ("/admin/courses/sessions/", lambda: None),
        ("/admin/people/organisations/", lambda: OrganisationFactory(name=NAME, short_name=UNIT)),
        ("/admin/people/spokespersons/", lambda: SpokespersonFactory(family_name=NAME, phone=PHONE)),
    ],
)
def test_the_admin_listing_exports(client, manager, session, url, make):
    make()
    login(client, manager)
    xlsx = client.get(url, {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert any(text.startswith(NAME) for text in xlsx_texts(xlsx.content))
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 200
    assert any(cell.startswith(f"'{NAME}") for cell in csv_cells(response.content))


def test_wagtails_site_history_report(client, superuser, hostile, session):
    hostile.is_staff = True
    hostile.save()
    log(Enrolment.objects.get(session=session), "wagtail.edit", user=hostile)
    login(client, superuser)
    response = client.get("/admin/reports/site-history/", {"export": "csv"})
    assert response.status_code == 200
    assert f"'{NAME} An" in csv_cells(response.content)
    xlsx = client.get("/admin/reports/site-history/", {"export": "xlsx"})
    assert f"{NAME} An" in xlsx_texts(xlsx.content)


def test_neutralise_prefixes_each_trigger_and_nothing_else():
    for trigger in TRIGGERS:
        assert neutralise(f"{trigger}x") == f"'{trigger}x"
    assert neutralise("Nguyễn Văn An") == "Nguyễn Văn An"
    assert neutralise("") == ""
    assert neutralise("a=b") == "a=b"


def test_values_keep_their_types():
    moment = datetime(2026, 2, 5, 1, 30, tzinfo=UTC)  # 08:30 in Hà Nội
    table = Table(
        title="Lớp: 1/2026 [thử]",
        headers=["Chữ", "Số", "Ngày", "Lúc", "Giờ", "Có", "Tiền", "Kiểu"],
        rows=[
            [
                "Bell\x07 An",
                -5,
                date(2026, 2, 5),
                moment,
                time(8, 15),
                True,
                Decimal("1.5"),
                Styled(UNIT, bold=True),
            ]
        ],
    )
    sheet = first_sheet(xlsx_bytes(table))
    assert sheet.title == "Lớp  1 2026  thử"
    text, number, day, when, hour, flag, money, styled = next(sheet.iter_rows(min_row=2))
    assert (text.value, text.data_type) == ("Bell An", "s")  # a control character XLSX cannot hold is dropped
    assert (number.value, number.data_type) == (-5, "n")
    assert day.value == datetime(2026, 2, 5) and day.number_format == "DD/MM/YYYY"
    assert when.value == datetime(2026, 2, 5, 8, 30) and when.number_format == "DD/MM/YYYY HH:MM"
    assert hour.value == time(8, 15)
    assert flag.value is True and money.value == 1.5
    assert (styled.value, styled.data_type, styled.font.b) == (UNIT, "s", True)

    body = csv_response("x.csv", table).content.decode("utf-8")
    assert body.splitlines()[1] == f"Bell\x07 An,-5,05/02/2026,05/02/2026 08:30,08:15,có,1.5,'{UNIT}"
