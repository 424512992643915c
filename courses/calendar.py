"""The .ics calendar of a session: one event per day. A pure renderer: data in, bytes out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from icalendar import Calendar, Event

PRODID = "-//Lop hoc Truyen thong chinh sach//Courses//VI"


def session_calendar(
    *,
    session_id: int,
    code: str,
    title: str,
    location: str,
    url: str,
    days: Sequence[tuple[int, object, object, object, str]],
    description: str = "",
    domain: str = "lophoc.local",
) -> bytes:
    """Render a VCALENDAR with one VEVENT per (day_id, date, start, end, topic), in Vietnam time."""
    tz = ZoneInfo(settings.TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{code} — {title}")
    stamp = datetime.now(tz=ZoneInfo("UTC"))
    for index, (day_id, day, start, end, topic) in enumerate(days, start=1):
        event = Event()
        event.add("uid", f"session-{session_id}-day-{day_id}@{domain}")
        event.add("dtstamp", stamp)
        event.add("dtstart", datetime.combine(day, start, tzinfo=tz))
        event.add("dtend", datetime.combine(day, end, tzinfo=tz))
        summary = f"{code}: {title}"
        if len(days) > 1:
            summary += f" ({index}/{len(days)})"
        event.add("summary", summary)
        if topic or description:
            event.add("description", "\n\n".join(part for part in (topic, description, url) if part))
        if location:
            event.add("location", location)
        if url:
            event.add("url", url)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
