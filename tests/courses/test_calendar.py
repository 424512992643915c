"""The .ics download: one VEVENT per day, in Vietnam time, that parses back."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.courses.conftest import make_session

pytestmark = pytest.mark.django_db


def test_ics_lists_every_day(client, course):
    session = make_session(course, days=3)
    response = client.get(f"/lop/{session.pk}/lich.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    days = list(session.days.order_by("date"))
    assert len(events) == 3
    for event, day in zip(events, days, strict=True):
        start = event.decoded("dtstart")
        assert start == datetime.combine(day.date, day.start_time, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
        assert event.decoded("dtend") > start
        assert session.code in str(event["summary"])
        assert str(event["location"]) == "Hội trường A, Hà Nội"
    assert len({str(event["uid"]) for event in events}) == 3
    assert calendar.walk("VTIMEZONE")


def test_ics_of_a_draft_is_not_public(client, course):
    session = make_session(course, status="draft")
    assert client.get(f"/lop/{session.pk}/lich.ics").status_code == 404
