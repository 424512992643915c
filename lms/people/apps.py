from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class PeopleConfig(AppConfig):
    # This module holds two configs (Wagtail's users app is configured here too): name the app's own.
    default = True
    name = "lms.people"
    label = "people"
    verbose_name = _("People and organisations")

    def ready(self) -> None:
        from django.contrib.auth.models import Group

        from . import checks  # noqa: F401 - registers the deploy checks
        from .selectors import role_label

        # Role groups keep their English names, by which code and migrations find them; people read them in
        # Vietnamese wherever the admin prints a group (role checkboxes, workflow tasks, page headers).
        Group.__str__ = lambda group: role_label(group.name)


class PeopleWagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know the name in parts (no first/last name here)."""

    user_viewset = "lms.people.viewsets.UserViewSet"
    group_viewset = "lms.people.viewsets.GroupViewSet"
