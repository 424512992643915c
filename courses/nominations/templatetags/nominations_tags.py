"""Template helpers of nominations for the site's own templates (the header's link for focal points)."""

from __future__ import annotations

from django import template

from ..selectors import focal_point_units

register = template.Library()


@register.simple_tag
def is_focal_point(user) -> bool:
    """Whether the person is the focal point of any organisation (one query, only for signed-in people)."""
    return bool(focal_point_units(user))
