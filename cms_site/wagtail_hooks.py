"""The CMS's page view feeds the anonymous page cache (`lms.pagecache`); the admin's help menu is the back
office's, not Wagtail's release notes; the project's admin styles are on every admin page."""

from __future__ import annotations

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from lms.pagecache import mark_cacheable


@hooks.register("before_serve_page")
def offer_page_to_cache(page, request, serve_args, serve_kwargs):
    """A served page may be cached under the tags it declares (`page_cache_tags`); returns nothing, so
    Wagtail goes on serving it."""
    tags = getattr(page, "page_cache_tags", None)
    mark_cacheable(request, tags() if callable(tags) else ())


@hooks.register("insert_global_admin_css")
def project_admin_styles():
    """The project's admin styles on every admin page, Wagtail's own included (home panels, pick lists)."""
    return format_html('<link rel="stylesheet" href="{}">', static("lms/admin.css"))


@hooks.register("construct_help_menu")
def drop_wagtail_release_notes(request, menu_items):
    """The help menu keeps the editor guide and the keyboard shortcuts; "What's new in Wagtail <version>"
    (the CMS's release notes, with a badge until dismissed) is for the developers, not the back office."""
    menu_items[:] = [item for item in menu_items if not item.name.startswith("whats-new-in-wagtail")]
