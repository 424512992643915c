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
        _connect_role_signals()


def _connect_role_signals() -> None:
    """What a person's pages show of their roles (the admin link) is remembered (lms.pagecache) until their
    account, their roles or a role's permissions change."""
    from django.contrib.auth.models import Group
    from django.db.models.signals import m2m_changed

    from lms import pagecache

    from .models import User

    def membership_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
        if not action.startswith("post_"):
            return
        if isinstance(instance, User):
            pagecache.touch(pagecache.learner_tag(instance.pk))
        else:  # from the group's side (group.user_set.add(...)): the people named, or all of them on clear
            pagecache.touch(*(pagecache.learner_tag(pk) for pk in pk_set or ()), pagecache.ROLES)

    def permissions_changed(sender, action, **kwargs) -> None:
        if action.startswith("post_"):
            pagecache.touch(pagecache.ROLES)

    pagecache.touch_when_changed(User, lambda user: [pagecache.learner_tag(user.pk)], name="account")
    m2m_changed.connect(
        membership_changed, sender=User.groups.through, dispatch_uid="pagecache-groups", weak=False
    )
    m2m_changed.connect(
        membership_changed,
        sender=User.user_permissions.through,
        dispatch_uid="pagecache-user-permissions",
        weak=False,
    )
    m2m_changed.connect(
        permissions_changed, sender=Group.permissions.through, dispatch_uid="pagecache-roles", weak=False
    )


class PeopleWagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know the name in parts (no first/last name here)."""

    user_viewset = "lms.people.viewsets.UserViewSet"
    group_viewset = "lms.people.viewsets.GroupViewSet"
