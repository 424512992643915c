from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class PeopleConfig(AppConfig):
    name = "lms.people"
    label = "people"
    verbose_name = _("People and organisations")
    default_auto_field = "django.db.models.BigAutoField"


class PeopleWagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know the name in parts (no first/last name here)."""

    user_viewset = "lms.people.viewsets.UserViewSet"
