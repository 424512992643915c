"""The admin's inspect view as people read it: an empty value shows as a dash, never as "None"."""

from __future__ import annotations

from wagtail.admin.views import generic

EMPTY = "—"


class InspectView(generic.InspectView):
    def get_field_display_value(self, field_name, field):
        # Wagtail prints a null date or relation as the Python word "None".
        if getattr(self.object, field_name, EMPTY) is None:
            return EMPTY
        return super().get_field_display_value(field_name, field)
