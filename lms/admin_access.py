"""Who may open the Wagtail admin: the one answer for the site shell (the admin link, Wagtail's user bar).

A shared block (it imports no app), so cms_site asks it without knowing the people app.
"""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser, Permission
from django.db.models import Q

from lms import pagecache


def may_use_admin(user: AbstractBaseUser | AnonymousUser | None) -> bool:
    """Whether the person may open the admin (Wagtail's `access_admin` permission), as `has_perm` answers,
    in one query instead of Django's two (their own permissions, then their groups'), once per request.

    Every signed-in page asks (the admin link, Wagtail's user bar) and most readers are trainees, who may not.
    """
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if hasattr(user, "_perm_cache"):  # Django already read all the person's permissions
        return user.has_perm("wagtailadmin.access_admin")
    cached = getattr(user, "_may_use_admin", None)
    if cached is None:
        # Kept in the shared cache until the person's roles or a role's permissions change (lms.people.apps):
        # only the admin link and the user bar ask; the admin checks the permission itself.
        cached = pagecache.remember_for(
            f"may-use-admin:{user.pk}",
            lambda: (
                Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
                .filter(Q(user=user) | Q(group__user=user))
                .exists()
            ),
            tags=(pagecache.learner_tag(user.pk), pagecache.ROLES),
        )
        user._may_use_admin = cached
    return cached
