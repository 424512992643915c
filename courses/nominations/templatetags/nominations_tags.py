"""Template helpers of nominations for the site's own templates (the header's link for focal points)."""

from __future__ import annotations

from django import template

from lms import pagecache

from ..selectors import focal_point_units

register = template.Library()


@register.simple_tag
def is_focal_point(user) -> bool:
    """Whether the person is the focal point of any organisation, for the header's link: remembered (no
    query) until the person's focal-point roles change (`courses.nominations.apps`)."""
    if not getattr(user, "is_authenticated", False):
        return False
    return pagecache.remember_for(
        f"focal-point:{user.pk}",
        lambda: bool(focal_point_units(user)),
        tags=(pagecache.learner_tag(user.pk),),
    )
