"""The yearly plan, edited by programme managers in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from .models import ProgrammeYear


class ProgrammeYearViewSet(ModelViewSet):
    model = ProgrammeYear
    name = "programme_years"
    url_prefix = "programme-reports/years"
    icon = "date"
    menu_label = _("Yearly plan")
    add_to_admin_menu = False
    list_display = ["year", "planned_sessions", "note"]
    form_fields = ["year", "planned_sessions", "note"]
