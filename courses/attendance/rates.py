"""Attendance rates: pure arithmetic over statuses, shared by every screen, export and the dashboard."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .models import AttendanceStatus


def counts_as_attended(status: str | None, *, excused_counts: bool) -> bool:
    if status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE):
        return True
    return excused_counts and status == AttendanceStatus.EXCUSED


@dataclass(frozen=True)
class Rate:
    """A trainee's attendance over the planned days of a session."""

    planned: int
    present: int
    late: int
    excused: int
    absent: int
    attended: int

    @property
    def percent(self) -> float:
        """Share of the planned days attended (not only of the days already taken), 0-100."""
        return round(100 * self.attended / self.planned, 1) if self.planned else 0.0

    @property
    def not_taken(self) -> int:
        return self.planned - self.present - self.late - self.excused - self.absent

    def below(self, threshold: int) -> bool:
        return self.planned > 0 and self.percent < threshold


def attendance_rate(statuses: Iterable[str | None], *, planned_days: int, excused_counts: bool) -> Rate:
    """Present and late count; excused counts only when the session's rule says so; days not taken do not."""
    counter = Counter(status for status in statuses if status)
    attended = counter[AttendanceStatus.PRESENT] + counter[AttendanceStatus.LATE]
    if excused_counts:
        attended += counter[AttendanceStatus.EXCUSED]
    return Rate(
        planned=planned_days,
        present=counter[AttendanceStatus.PRESENT],
        late=counter[AttendanceStatus.LATE],
        excused=counter[AttendanceStatus.EXCUSED],
        absent=counter[AttendanceStatus.ABSENT],
        attended=attended,
    )


def day_rate(statuses: Iterable[str | None], *, confirmed: int, excused_counts: bool) -> float:
    """Share of the confirmed trainees who attended one day, 0-100."""
    if not confirmed:
        return 0.0
    attended = sum(1 for status in statuses if counts_as_attended(status, excused_counts=excused_counts))
    return round(100 * attended / confirmed, 1)
