"""The site shell: home page, general pages, site-wide settings."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail.search import index

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

    class Meta:
        abstract = True

    def get_search_text(self) -> str:
        """The text to fold for accent-insensitive search; pages add their own fields."""
        return self.title

    def full_clean(self, *args, **kwargs):
        self.search_text_folded = fold(self.get_search_text())
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.search_text_folded = fold(self.get_search_text())
        return super().save(*args, **kwargs)


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

    class Meta:
        verbose_name = _("home page")

    def get_search_text(self) -> str:
        return " ".join([self.title, self.lead, plain_text(self.intro or "")])


class StandardPage(SearchablePage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*SearchablePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")

    def get_search_text(self) -> str:
        return " ".join([self.title, self.intro, plain_text(self.body)])


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
