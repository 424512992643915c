"""Wagtail admin for the question bank and quizzes (Trainers, Editors, Programme managers), and quiz results."""

from __future__ import annotations

import django_filters
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.admin.widgets.button import MenuItem as ButtonMenuItem

from courses.models import CoursePage
from lms.admin import ConditionalMenuItem, view_on_site_item
from lms.filters import AdminFilterSet, IdChoiceFilter

from . import admin_views
from .forms import QuestionForm, QuizForm
from .models import Question, QuestionKind, Quiz


class QuestionFilterSet(AdminFilterSet):
    course = IdChoiceFilter(label=_("Course"), queryset=CoursePage.objects.order_by("title"))
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=QuestionKind.choices)
    category = django_filters.CharFilter(label=pgettext_lazy("question", "Category"), lookup_expr="icontains")
    active = django_filters.BooleanFilter(label=pgettext_lazy("question", "Active"))
    practice = django_filters.BooleanFilter(label=_("Practice question"))

    class Meta:
        model = Question
        fields = ["course", "kind", "category", "active", "practice"]


class QuestionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("course", "handbook_section")

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        user = self.request.user
        if user.has_perm("quizzes.add_question"):
            buttons.append(
                Button(
                    _("Import from a spreadsheet"),
                    url=reverse("quiz_questions:import"),
                    icon_name="upload",
                    priority=20,
                )
            )
        query = self.request.GET.urlencode()
        buttons.append(
            Button(
                _("Export in the import layout (.xlsx)"),
                url=reverse("quiz_questions:export") + (f"?{query}" if query else ""),
                icon_name="download",
                priority=30,
            )
        )
        return buttons


class QuestionViewSet(ModelViewSet):
    model = Question
    name = "quiz_questions"
    url_prefix = "quizzes/questions"
    icon = "help"
    menu_label = _("Question bank")
    index_view_class = QuestionIndexView
    delete_view_class = admin_views.QuestionDeleteView
    edit_handler = ObjectList(Question.panels, base_form_class=QuestionForm)
    filterset_class = QuestionFilterSet
    search_fields = ["text", "category"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = True
    list_display = [
        "__str__",
        "course",
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        "category",
        Column("handbook_section", label=_("Handbook section"), accessor="handbook_section"),
        BooleanColumn("active", label=pgettext_lazy("question", "Active")),
        BooleanColumn("practice", label=_("Practice")),
    ]
    ordering = ["course", "category", "pk"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", admin_views.question_import, name="import"),
            path("export/", admin_views.question_export, name="export"),
        ]


class QuizIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("course")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            ButtonMenuItem(
                _("Results"),
                url=reverse("quiz_results:index") + f"?quiz={instance.pk}",
                icon_name="table",
                priority=5,
            )
        )
        buttons.append(view_on_site_item(reverse("quizzes:quiz_detail", args=[instance.pk])))
        return buttons


class QuizFilterSet(AdminFilterSet):
    class Meta:
        model = Quiz
        fields = ["course", "is_practice", "required_for_certificate"]


class QuizViewSet(ModelViewSet):
    model = Quiz
    name = "quizzes_admin"
    url_prefix = "quizzes/quizzes"
    icon = "tasks"
    menu_label = _("Quizzes")
    index_view_class = QuizIndexView
    edit_handler = ObjectList(Quiz.panels, base_form_class=QuizForm)
    search_fields = ["title"]
    search_backend_name = None
    copy_view_enabled = True
    filterset_class = QuizFilterSet
    list_display = [
        "title",
        "course",
        Column("question_count", label=_("Questions")),
        Column("time_limit_minutes", label=_("Minutes")),
        Column("attempts_allowed", label=_("Attempts")),
        Column("pass_mark", label=_("Pass mark (%)")),
        BooleanColumn("is_practice", label=_("Practice")),
        BooleanColumn("required_for_certificate", label=_("Required")),
    ]
    ordering = ["course", "title"]


class QuizResultsViewSet(ViewSet):
    """Results and item statistics per session and quiz (trainers: only the sessions they manage)."""

    name = "quiz_results"
    url_prefix = "quizzes/results"
    icon = "table"
    menu_label = _("Results")

    def get_menu_item(self, order=None):
        return ConditionalMenuItem(
            label=self.menu_label,
            url=self.menu_url,
            name="quiz-results",
            icon_name=self.menu_icon,
            order=self.get_menu_item_order(order),
            shown_to=lambda user: user.has_perm("quizzes.view_quizattempt"),
        )

    def get_urlpatterns(self):
        return [
            path("", admin_views.results_index, name="index"),
            path("<int:session_pk>/<int:quiz_pk>/", admin_views.results_detail, name="detail"),
            path("<int:session_pk>/<int:quiz_pk>/export/", admin_views.results_export, name="export"),
            path("trainee/<int:enrolment_pk>/", admin_views.trainee_record, name="trainee"),
        ]


class QuizzesViewSetGroup(ViewSetGroup):
    menu_label = _("Quizzes")
    menu_icon = "tasks"
    menu_order = 260
    items = (QuestionViewSet, QuizViewSet, QuizResultsViewSet)
