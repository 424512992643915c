"""Online sessions: attendance from a meeting's participants report (Zoom, Teams, Meet, ... as CSV or XLSX).

Rows are matched to confirmed trainees by e-mail, then by full name ignoring case and accents; one person's
rows (reconnections, two devices) are merged as time intervals, so overlapping connections count once.
A trainee connected at least the session's minimum is present, otherwise absent.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import IO

from django.db import transaction
from django.utils.translation import gettext as _

from courses.models import Enrolment, SessionDay
from lms.imports.reading import TableError, read_table
from lms.imports.results import RowResult
from lms.people.models import User
from lms.text import fold

from .errors import AttendanceError
from .models import AttendanceMethod, AttendanceRecord, AttendanceStatus
from .selectors import confirmed_enrolments, policy_of
from .services import require_manager, upsert_record

ALIASES = {
    # name
    "name": "name",
    "name (original name)": "name",
    "full name": "name",
    "participant": "name",
    "display name": "name",
    "ho va ten": "name",
    "ho ten": "name",
    "ten": "name",
    "ten hien thi": "name",
    # e-mail
    "email": "email",
    "e-mail": "email",
    "user email": "email",
    "email address": "email",
    "thu dien tu": "email",
    # times
    "join time": "join",
    "joined": "join",
    "first seen": "join",
    "first join": "join",
    "gio vao": "join",
    "thoi gian vao": "join",
    "thoi gian tham gia": "join",
    "leave time": "leave",
    "left": "leave",
    "last seen": "leave",
    "last leave": "leave",
    "gio ra": "leave",
    "thoi gian roi": "leave",
    "thoi gian roi di": "leave",
    "duration (minutes)": "minutes",
    "duration (mins)": "minutes",
    "duration": "minutes",
    "minutes": "minutes",
    "thoi luong (phut)": "minutes",
    "so phut": "minutes",
}

_DATETIME_PATTERNS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%d/%m/%Y %I:%M:%S %p",
    "%d/%m/%Y %I:%M %p",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
)
_TIME_PATTERNS = ("%H:%M:%S", "%H:%M", "%I:%M:%S %p", "%I:%M %p")
_SPACES = re.compile(r"\s+")
MAX_MINUTES = 24 * 60  # one row is one connection on one day


def parse_moment(value: str, *, on: date) -> datetime | None:
    """Read a join or leave time; a day-month ambiguity is settled by the session day's date.

    Returns a naive wall-clock datetime (reports give local times); ValueError when unreadable.
    """
    value = _SPACES.sub(" ", (value or "").strip()).upper().replace("SA", "AM").replace("CH", "PM")
    if not value:
        return None
    candidates = []
    for pattern in _DATETIME_PATTERNS:
        try:
            candidates.append(datetime.strptime(value, pattern))  # noqa: DTZ007 - wall-clock time of the report
        except ValueError:
            continue
    if candidates:
        same_day = [moment for moment in candidates if moment.date() == on]
        return (same_day or candidates)[0]
    for pattern in _TIME_PATTERNS:
        try:
            return datetime.combine(on, datetime.strptime(value, pattern).time())  # noqa: DTZ007
        except ValueError:
            continue
    raise ValueError(value)


def _minutes(value: str) -> float:
    """A duration in minutes ("85", "85,5", "1:25:00", "85:00"); ValueError unless within one day."""
    value = (value or "").strip().replace(",", ".")
    if ":" in value:  # "1:25:00" or "85:00"
        parts = [float(part) for part in value.split(":")]
        if len(parts) == 3:
            minutes = parts[0] * 60 + parts[1] + parts[2] / 60
        else:
            minutes = parts[0] + parts[1] / 60
    else:
        minutes = float(value)
    if not math.isfinite(minutes) or not 0 <= minutes <= MAX_MINUTES:
        raise ValueError(value)
    return minutes


def merged_minutes(intervals: list[tuple[datetime, datetime]]) -> float:
    """Total minutes covered by the intervals, counting overlaps once."""
    total = timedelta()
    current_start = current_end = None
    for start, end in sorted(intervals):
        if current_end is None or start > current_end:
            if current_end is not None:
                total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None:
        total += current_end - current_start
    return total.total_seconds() / 60


def _name_keys(name: str) -> list[str]:
    """Folded forms of a display name, including what Zoom puts in brackets ("Nguyen A (Nguyễn Văn A)")."""
    keys = []
    for part in [name, *re.findall(r"\(([^)]*)\)", name), re.sub(r"\([^)]*\)", "", name)]:
        key = _SPACES.sub(" ", fold(part)).strip()
        if key and key not in keys:
            keys.append(key)
    return keys


@dataclass
class TraineeLine:
    """The outcome for one confirmed trainee."""

    enrolment: Enrolment
    minutes: int
    status: str
    lines: list[int] = field(default_factory=list)
    current: str = ""  # status recorded before the import, if any
    keep: bool = False  # an excused absence is not overwritten by "absent"

    @property
    def user(self) -> User:
        return self.enrolment.user

    @property
    def current_display(self) -> str:
        return str(AttendanceStatus(self.current).label) if self.current else ""


@dataclass
class MeetingImport:
    day: SessionDay
    minimum: int
    trainees: list[TraineeLine]
    unmatched: list[RowResult]
    missing: list[TraineeLine]  # confirmed trainees absent from the report

    @property
    def present_count(self) -> int:
        return sum(1 for line in self.trainees if line.status == AttendanceStatus.PRESENT and not line.keep)

    @property
    def absent_count(self) -> int:
        return sum(
            1
            for line in self.trainees + self.missing
            if line.status == AttendanceStatus.ABSENT and not line.keep
        )


def preview_meeting_import(day: SessionDay, upload: IO[bytes], filename: str) -> MeetingImport:
    """Read a participants report and say who will be present or absent; writes nothing."""
    rows = read_table(upload, filename, aliases=ALIASES)
    if rows and "name" not in rows[0].values and "email" not in rows[0].values:
        raise TableError(_("The report needs a name or an e-mail column."))
    policy = policy_of(day.session)
    enrolments = confirmed_enrolments(day.session)
    by_email = {enrolment.user.email.lower(): enrolment for enrolment in enrolments}
    by_name: dict[str, list[Enrolment]] = defaultdict(list)
    for enrolment in enrolments:
        by_name[_SPACES.sub(" ", fold(enrolment.user.full_name)).strip()].append(enrolment)

    intervals: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    durations: dict[int, float] = defaultdict(float)
    lines: dict[int, list[int]] = defaultdict(list)
    unmatched: list[RowResult] = []
    for row in rows:
        values = row.values
        result = RowResult(line=row.line, values=values)
        email = (values.get("email") or "").strip().lower()
        name = values.get("name") or ""
        enrolment = by_email.get(email) if email else None
        if enrolment is None:
            candidates = []
            for key in _name_keys(name):
                candidates = by_name.get(key, [])
                if candidates:
                    break
            if len(candidates) == 1:
                enrolment = candidates[0]
            elif len(candidates) > 1:
                result.errors.append(
                    _("Several confirmed trainees have this name; add their e-mail to the report.")
                )
        if enrolment is None:
            if not result.errors:
                result.errors.append(_("No confirmed trainee of this session has this e-mail or name."))
            unmatched.append(result)
            continue
        try:
            join = parse_moment(values.get("join", ""), on=day.date)
            leave = parse_moment(values.get("leave", ""), on=day.date)
        except ValueError as exc:
            result.errors.append(_("Unreadable time: %(value)s") % {"value": exc.args[0] if exc.args else ""})
            unmatched.append(result)
            continue
        if join and leave and leave - join > timedelta(minutes=MAX_MINUTES):
            result.errors.append(_("A connection of more than a day: check the join and leave times."))
            unmatched.append(result)
            continue
        if join and leave and leave >= join:
            intervals[enrolment.pk].append((join, leave))
        elif values.get("minutes"):
            try:
                durations[enrolment.pk] += _minutes(values["minutes"])
            except (ValueError, IndexError):
                result.errors.append(_("Unreadable duration: %(value)s") % {"value": values["minutes"]})
                unmatched.append(result)
                continue
        else:
            result.errors.append(_("The row has no join and leave time, nor a duration."))
            unmatched.append(result)
            continue
        lines[enrolment.pk].append(row.line)

    current = dict(
        AttendanceRecord.objects.filter(day=day, enrolment__in=[e.pk for e in enrolments]).values_list(
            "enrolment_id", "status"
        )
    )
    matched, missing = [], []
    for enrolment in enrolments:
        previous = current.get(enrolment.pk, "")
        if enrolment.pk in lines:
            minutes = int(merged_minutes(intervals[enrolment.pk]) + durations[enrolment.pk])
            status = (
                AttendanceStatus.PRESENT if minutes >= policy.online_min_minutes else AttendanceStatus.ABSENT
            )
            matched.append(
                TraineeLine(
                    enrolment=enrolment,
                    minutes=minutes,
                    status=status,
                    lines=lines[enrolment.pk],
                    current=previous,
                    keep=status == AttendanceStatus.ABSENT and previous == AttendanceStatus.EXCUSED,
                )
            )
        else:
            # Not in the report: absent, unless someone already recorded something for them.
            missing.append(
                TraineeLine(
                    enrolment=enrolment,
                    minutes=0,
                    status=AttendanceStatus.ABSENT,
                    current=previous,
                    keep=bool(previous),
                )
            )
    return MeetingImport(
        day=day, minimum=policy.online_min_minutes, trainees=matched, unmatched=unmatched, missing=missing
    )


def import_meeting_report(
    day: SessionDay, upload: IO[bytes], filename: str, *, acting_user: User
) -> MeetingImport:
    """Write the attendance of a participants report, all of it or nothing (one transaction)."""
    require_manager(day.session, acting_user)
    preview = preview_meeting_import(day, upload, filename)
    if not preview.trainees:
        raise AttendanceError(_("No row of the report matches a confirmed trainee; nothing was recorded."))
    with transaction.atomic():
        for line, minutes in [(line, line.minutes) for line in preview.trainees] + [
            (line, None) for line in preview.missing
        ]:
            if line.keep:
                continue
            upsert_record(
                line.enrolment,
                day,
                status=line.status,
                acting_user=acting_user,
                method=AttendanceMethod.IMPORT,
                note=None,
                minutes_attended=minutes,
            )
    return preview
