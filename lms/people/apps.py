from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class PeopleConfig(AppConfig):
    default = True  # this module holds a second AppConfig (Wagtail's users app): say which one is ours
    name = "lms.people"
    label = "people"
    verbose_name = _("People and organisations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import checks  # noqa: F401 - registers the deploy checks


class PeopleWagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know the name in parts (no first/last name here)."""

    user_viewset = "lms.people.viewsets.UserViewSet"
