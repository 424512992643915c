from django.db.models import Case, CharField, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms_site.home import HOME_PANELS_HOOK
from lms.admin import register_admin_section

from . import admin_urls
from .admin_views import VIEW_PERMISSION
from .home import home_handbook_panel
from .models import HandbookChapterPage, HandbookPage
from .selectors import book_outline

register_admin_section(
    label=_("Handbook PDF"),
    url_name="handbook_editions",
    icon_name="doc-full",
    order=350,
    shown_to=lambda user: user.has_perm(VIEW_PERMISSION),
    prefix="handbook",
    urlconf=admin_urls,
)


@hooks.register("construct_explorer_page_queryset")
def number_handbook_pages(parent_page, pages, request):
    """Chapters and sections in the explorer carry their book numbers ("2.", "2.3"), read from the outline
    once per listing; the order is the book's (`admin_default_ordering = "ord"` on the parents)."""
    parent = parent_page.specific_deferred
    if isinstance(parent, HandbookPage):
        book = parent
    elif isinstance(parent, HandbookChapterPage):
        book = parent.get_book()
    else:
        return pages
    if book is None:
        return pages
    outline = book_outline(book, request=request)
    entries = outline.chapters if book is parent else outline.sections
    numbers = [
        When(pk=entry.id, then=Value(f"{entry.number}." if entry.kind == "chapter" else entry.number))
        for entry in entries
    ]
    if not numbers:
        return pages
    return pages.annotate(handbook_number=Case(*numbers, default=Value(""), output_field=CharField()))


# The home page shows the handbook and its latest edition (cms_site knows no domain app: it asks through a hook).
hooks.register(HOME_PANELS_HOOK, home_handbook_panel, order=20)
