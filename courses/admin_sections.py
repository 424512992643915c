"""The admin sections that work session by session: nominations, attendance, certificates.

They agree on who sees them and where they open: managers and the trainers of at least one session
(`teaches_or_manages`; each screen then checks the session itself), on the list of the user's sessions
(`courses/admin/session_list.html`, its URL named `<prefix>_sessions`).
"""

from __future__ import annotations

from types import ModuleType

from lms.admin import register_admin_section

from .permissions import teaches_or_manages


def register_session_section(
    prefix: str, label: str, *, icon_name: str, order: int, urlconf: ModuleType
) -> None:
    """An admin menu item and the section's URLconf under /admin/<prefix>/, opening on `<prefix>_sessions`."""
    register_admin_section(
        label=label,
        url_name=f"{prefix}_sessions",
        icon_name=icon_name,
        order=order,
        shown_to=teaches_or_manages,
        prefix=prefix,
        urlconf=urlconf,
    )
