"""Course material as Wagtail pages: the catalogue, courses and their lessons."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms_site.blocks import BaseStreamBlock
from cms_site.models import SearchablePage
from lms import pagecache
from lms.fields import image_field, person_field

from ..blocks import LessonStreamBlock
from ..fields import CategoriesField, category_labels


class CourseIndexPage(SearchablePage):
    """The catalogue of courses, filterable by audience and by the mode of their sessions."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms_site.HomePage", "cms_site.StandardPage"]
    subpage_types = ["courses.CoursePage"]
    template = "courses/course_index_page.html"

    search_markup_fields = ("intro",)

    class Meta:
        verbose_name = _("course catalogue")

    def page_cache_tags(self) -> tuple[str, ...]:
        """The catalogue shows every course's next sessions and seats (see lms.pagecache)."""
        return (pagecache.SEATS,)

    def get_context(self, request, *args, **kwargs):
        from ..selectors import catalogue

        context = super().get_context(request, *args, **kwargs)
        context.update(
            catalogue(
                self, user=request.user, audience=request.GET.get("audience"), mode=request.GET.get("mode")
            )
        )
        return context


class CoursePage(SearchablePage):
    """A course: what it teaches, to whom, how long; its lessons are child pages, its sessions are rows."""

    summary = models.TextField(_("summary"), blank=True)
    learning_objectives = RichTextField(
        _("learning objectives"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )
    audience_categories = CategoriesField(
        _("audience"), help_text=_("Who the course is for; leave empty for everyone.")
    )
    duration_hours = models.DecimalField(
        _("duration (hours)"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    cover_image = image_field(_("cover image"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    # A property of what the course teaches, so every session of it counts (a session is only a run of it).
    is_spokesperson_training = models.BooleanField(
        _("spokesperson training"),
        default=False,
        help_text=_(
            "A valid certificate of this course, recent enough, makes a spokesperson count as trained."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldPanel("audience_categories"),
                FieldPanel("duration_hours"),
                FieldPanel("is_spokesperson_training"),
            ],
            heading=_("Audience and duration"),
        ),
        FieldPanel("learning_objectives"),
        FieldPanel("body"),
    ]
    search_fields = [
        *SearchablePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]
    template = "courses/course_page.html"

    search_text_fields = ("summary",)
    search_markup_fields = ("learning_objectives", "body")

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @property
    def audience_labels(self) -> list[str]:
        return category_labels(self.audience_categories)

    def page_cache_tags(self) -> tuple[str, ...]:
        """The course page shows its sessions' seats, cleared when they change (see lms.pagecache)."""
        return (pagecache.course_tag(self.pk),)

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(course_detail(self, user=request.user))
        return context


class LessonPage(SearchablePage):
    """One lesson of a course: material to read or watch, and a "done" mark for signed-in trainees."""

    intro = models.TextField(_("introduction"), blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated time (minutes)"), default=15)
    body = StreamField(LessonStreamBlock(), verbose_name=_("material"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = [*SearchablePage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    template = "courses/lesson_page.html"

    search_text_fields = ("intro",)
    search_markup_fields = ("body",)

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import lesson_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_detail(self, user=request.user))
        return context


class LessonProgress(models.Model):
    """A trainee has finished a lesson (once; the date is when they first marked it)."""

    user = person_field(_("user"), on_delete=models.CASCADE, related_name="lesson_progress")
    lesson = models.ForeignKey(
        LessonPage, verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="progress"
    )
    completed_at = models.DateTimeField(_("completed at"))

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="lesson_progress_once_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.lesson}"
