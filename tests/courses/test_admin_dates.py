"""The admin writes a session's dates as dates (dd/mm/yyyy), never ISO, never as a relative time."""

from __future__ import annotations

import pytest

from tests.conftest import login
from tests.courses.conftest import make_session

pytestmark = pytest.mark.django_db


def test_the_session_list_shows_a_start_next_month_as_a_date(client, manager, course):
    session = make_session(course, start_in=40)
    login(client, manager)
    html = client.get("/admin/courses/sessions/").content.decode()
    first_day = session.days.order_by("date").first().date
    assert first_day.strftime("%d/%m/%Y") in html
    assert "Vừa xong" not in html and "vừa xong" not in html


def test_the_session_form_writes_dates_day_first(client, manager, course):
    session = make_session(course)
    login(client, manager)
    html = client.get(f"/admin/courses/sessions/edit/{session.pk}/").content.decode()
    opens = session.enrolment_opens_at.astimezone().strftime("%d/%m/%Y")
    assert opens in html
    assert session.enrolment_opens_at.strftime("%Y-%m-%d") not in html
