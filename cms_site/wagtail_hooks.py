"""The CMS's page view feeds the anonymous page cache (`lms.pagecache`)."""

from __future__ import annotations

from wagtail import hooks

from lms.pagecache import mark_cacheable


@hooks.register("before_serve_page")
def offer_page_to_cache(page, request, serve_args, serve_kwargs):
    """A served page may be cached under the tags it declares (`page_cache_tags`); returns nothing, so
    Wagtail goes on serving it."""
    tags = getattr(page, "page_cache_tags", None)
    mark_cacheable(request, tags() if callable(tags) else ())
