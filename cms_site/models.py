"""The site shell: home page, general pages, site-wide settings."""

from __future__ import annotations

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search import index

from lms import pagecache
from lms.text import fold

from .blocks import BaseStreamBlock
from .text import plain_text


class SearchablePage(Page):
    """Abstract page that keeps an accent-folded copy of its text so "nguoi phat ngon" finds "người phát ngôn"."""

    search_text_folded = models.TextField(editable=False, blank=True, default="")

    search_fields = [
        *Page.search_fields,
        index.SearchField("search_text_folded"),
    ]

    # The page's own fields folded with its title: plain text as it is, rich text and streams without markup.
    search_text_fields: tuple[str, ...] = ()
    search_markup_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def get_search_text(self) -> str:
        """The text to fold for accent-insensitive search: the title and the fields the page names."""
        return " ".join(
            [
                self.title,
                *(getattr(self, name) for name in self.search_text_fields),
                *(plain_text(getattr(self, name)) for name in self.search_markup_fields),
            ]
        )

    def full_clean(self, *args, **kwargs):
        self.search_text_folded = fold(self.get_search_text())
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.search_text_folded = fold(self.get_search_text())
        return super().save(*args, **kwargs)

    def get_view_restrictions(self):
        """Wagtail's query of the restrictions on this page and its ancestors, skipped when the site's
        restrictions (remembered until the next change, see lms.pagecache) show none can apply; aliases
        take Wagtail's own path."""
        restricted_paths, has_aliases = pagecache.remember("view-restrictions", _restricted_paths)
        if self.alias_of_id is None and not has_aliases:
            if not any(self.path.startswith(path) for path in restricted_paths):
                return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def _restricted_paths() -> tuple[list[str], bool]:
    paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    return paths, Page.objects.filter(alias_of__isnull=False).exists()


class HomePage(SearchablePage):
    lead = models.CharField(_("lead"), max_length=300, blank=True)
    intro = RichTextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*SearchablePage.search_fields, index.SearchField("intro")]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from .home import home_panels, section_cards

        context = super().get_context(request, *args, **kwargs)
        context["home_panels"] = home_panels(request)
        context["section_cards"] = section_cards(Site.find_for_request(request))
        return context

    parent_page_types = ["wagtailcore.Page"]

    search_text_fields = ("lead",)
    search_markup_fields = ("intro",)

    class Meta:
        verbose_name = _("home page")

    def page_cache_tags(self) -> tuple[str, ...]:
        """The home page lists upcoming sessions with their seats (see lms.pagecache)."""
        return (pagecache.SEATS,)

    def route(self, request, path_components):
        """Find a page below the site's root by its URL path in one query (and one for its specific type),
        instead of Wagtail's two queries per level. A path that is no page (a routable page's own URL, such
        as the handbook's /pdf/) takes Wagtail's walk down the tree."""
        if path_components:
            url_path = self.url_path + "/".join(path_components) + "/"
            page = Page.objects.filter(url_path=url_path, path__startswith=self.path).first()
            if page is not None:
                if not page.live:
                    raise Http404
                return page.specific.route(request, [])
        return super().route(request, path_components)


class StandardPage(SearchablePage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*SearchablePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    search_text_fields = ("intro",)
    search_markup_fields = ("body",)

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details and footer text, edited by the organisers in the admin."""

    organisation_name = models.CharField(
        _("organising body"), max_length=255, blank=True, default="Bộ Văn hóa, Thể thao và Du lịch"
    )
    organisation_unit = models.CharField(
        _("organising unit"), max_length=255, blank=True, default="Cục Báo chí"
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    footer_text = RichTextField(_("footer text"), blank=True, features=["bold", "italic", "link"])

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("organisation_unit")], heading=_("Organisers")
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")
        ),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("site settings")
