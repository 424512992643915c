"""What people read for the codes the enrolment history stores: one label per audit action.

Services record actions as dotted codes (`courses.enrolment.removed`); every screen and export that shows
the history reads them through `enrolment_action_label`, never the code itself. A new action needs a label
here (a test checks every code the app records has one).
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

ENROLMENT_ACTION_LABELS = {
    "courses.enrolment.created": _("Enrolment requested"),
    "courses.enrolment.reopened": _("Enrolled again"),
    "courses.enrolment.imported": _("Enrolled from a spreadsheet"),
    "courses.enrolment.confirmed": _("Confirmed"),
    "courses.enrolment.waitlisted": _("Put on the waiting list"),
    "courses.enrolment.promoted": _("Given a freed seat from the waiting list"),
    "courses.enrolment.rejected": _("Request rejected"),
    "courses.enrolment.cancelled": _("Cancelled by the trainee"),
    "courses.enrolment.removed": _("Removed from the session by staff"),
    "courses.enrolment.moved_out": _("Moved to another session"),
    "courses.enrolment.moved_in": _("Moved in from another session"),
    "courses.enrolment.nominated": _("Nominated by their unit"),
    "courses.enrolment.withdrawn": _("Withdrawn by their unit"),
    "courses.enrolment.replaced": _("Replaced by another nominee of their unit"),
    "courses.enrolment.replacement": _("Nominated by their unit in place of another"),
}


def enrolment_action_label(code: str) -> str:
    """The Vietnamese label of an audit action; an action without one reads as a plain "change"."""
    return str(ENROLMENT_ACTION_LABELS.get(code, _("Other change")))
