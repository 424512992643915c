"""Vietnamese document conventions used by the attendance sheets."""

from __future__ import annotations

from datetime import date


def vietnamese_date(value: date) -> str:
    """A date as Vietnamese documents write it (Decree 30/2020): "ngày 05 tháng 02 năm 2026".

    Days 1-9 and the months 1 and 2 take a leading zero; the other months do not ("ngày 15 tháng 7 năm 2026").
    """
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"
