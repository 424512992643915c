"""Wagtail admin screens for training sessions and bulk enrolments (trainers see only their sessions)."""

from __future__ import annotations

import django_filters
from django.contrib import messages
from django.db.models import Exists, OuterRef, ProtectedError
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, MenuItem

from lms.admin import view_on_site_item
from lms.filters import AdminFilterSet, IdChoiceFilter
from lms.inspect import InspectView
from lms.protected import protected_message

from . import lifecycle, selectors
from .errors import CoursesError
from .forms import TrainingSessionAdminForm
from .locking import lock_session
from .models import CoursePage, Enrolment, SessionDay, SessionMode, SessionStatus, TrainingSession
from .permissions import is_manager

# Why sessions with enrolments are not deleted: enrolments carry the audit trail, attendance marks and quiz
# attempts of real people, which must be kept; such a session is cancelled (or completed) instead.
KEEP_INSTEAD_OF_DELETE = _(
    "People have enrolled in this session: their enrolments, attendance and results are records that must be kept, "
    "so the session cannot be deleted. Set its status to “Cancelled” instead; everyone enrolled is told by e-mail."
)


def _year_choices():
    this_year = timezone.localdate().year
    years = set(TrainingSession.objects.values_list("year", flat=True)) | {this_year}
    return [(year, str(year)) for year in sorted(years, reverse=True)]


class TrainingSessionFilterSet(AdminFilterSet):
    year = django_filters.TypedChoiceFilter(label=_("Year"), choices=_year_choices, coerce=int)
    course = IdChoiceFilter(label=_("Course"), queryset=CoursePage.objects.order_by("title"))
    status = django_filters.ChoiceFilter(label=_("Status"), choices=SessionStatus.choices)
    mode = django_filters.ChoiceFilter(label=_("Mode"), choices=SessionMode.choices)

    class Meta:
        model = TrainingSession
        fields = ["year", "course", "status", "mode"]


class _VisibleSessionsMixin:
    """Trainers reach only the sessions they are assigned to: others are not found (404)."""

    def get_queryset(self):
        return selectors.sessions_visible_to(self.request.user)

    def get_object(self, queryset=None):
        pk = self.kwargs.get(self.pk_url_kwarg) or getattr(self, "pk", None)
        session = self.get_queryset().filter(pk=pk).first()
        if session is None:
            raise Http404
        return session


def _session_screens(button_class: type[Button], session_pk: int) -> list[Button]:
    """Buttons to the session's own screens: its enrolments and its attendance."""
    return [
        button_class(
            _("Enrolments"),
            url=reverse("courses_session_enrolments", args=[session_pk]),
            icon_name="group",
            priority=5,
        ),
        button_class(
            _("Attendance"),
            url=reverse("attendance_session", args=[session_pk]),
            icon_name="clipboard-list",
            priority=6,
        ),
    ]


class SessionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            selectors.sessions_visible_to(self.request.user)
            .with_dates()
            .with_counts()
            .annotate(has_enrolments=Exists(Enrolment.objects.filter(session=OuterRef("pk"))))
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.has_enrolments:
            # Deleting would fail (the enrolments are kept as records): do not offer it.
            delete_url = reverse(self.delete_url_name, args=[instance.pk]) if self.delete_url_name else None
            buttons = [button for button in buttons if getattr(button, "url", None) != delete_url]
        return [
            *_session_screens(MenuItem, instance.pk),
            *buttons,
            view_on_site_item(instance.get_absolute_url()),
        ]


class SessionEditView(_VisibleSessionsMixin, generic.EditView):
    def save_instance(self):
        instance = self.form.instance
        capacity, status = instance.capacity, instance.status
        # Capacity and status carry rules and effects (promotions, notices to everyone enrolled): the form
        # saves everything else with the stored values, under the seat lock, and the lifecycle service then
        # applies the new ones. A refusal rolls the whole edit back (form_valid runs this in a transaction).
        stored = lock_session(instance.pk)
        instance.capacity, instance.status = stored.capacity, stored.status
        super().save_instance()
        if (capacity, status) == (stored.capacity, stored.status):
            return instance
        return lifecycle.update_session(
            instance, acting_user=self.request.user, capacity=capacity, status=status
        )

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except CoursesError as exc:
            form.add_error(getattr(exc, "field", None), exc.message)
        except ProtectedError as exc:
            # A day removed from the programme already has attendance marks.
            day_ids = {getattr(record, "day_id", None) for record in exc.protected_objects} - {None}
            days = [str(day) for day in SessionDay.objects.filter(pk__in=day_ids).order_by("date")]
            message = (
                gettext("Days with attendance marks cannot be removed: %(days)s.") % {"days": "; ".join(days)}
                if days
                else protected_message(exc)
            )
            form.add_error(None, message)
        self.produced_error_message = self.get_error_message()
        return self.form_invalid(form)

    @cached_property
    def header_more_buttons(self):
        return [*super().header_more_buttons, *_session_screens(Button, self.object.pk)]


class SessionDeleteView(_VisibleSessionsMixin, generic.DeleteView):
    template_name = "courses/admin/session_confirm_delete.html"

    @cached_property
    def has_enrolments(self) -> bool:
        return Enrolment.objects.filter(session=self.object).exists()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.has_enrolments:
            context["keep_instead"] = KEEP_INSTEAD_OF_DELETE
            context["edit_url"] = reverse(self.edit_url_name, args=[self.object.pk])
        return context

    def form_valid(self, form):
        if self.has_enrolments:
            messages.error(self.request, KEEP_INSTEAD_OF_DELETE)
            return HttpResponseRedirect(reverse(self.edit_url_name, args=[self.object.pk]))
        return super().form_valid(form)


class SessionInspectView(_VisibleSessionsMixin, InspectView):
    def get_object(self, queryset=None):
        session = self.get_queryset().filter(pk=self.pk).first()
        if session is None:
            raise Http404
        return session


class SessionCopyView(_VisibleSessionsMixin, generic.CopyView):
    def get_object(self, queryset=None):
        if not is_manager(self.request.user):
            raise Http404
        return super().get_object(queryset)


class _VisibleSessionObjectMixin:
    """For views whose own queryset lists something else (log entries, references): only the object check."""

    def get_object(self, queryset=None):
        session = selectors.sessions_visible_to(self.request.user).filter(pk=self.kwargs.get("pk")).first()
        if session is None:
            raise Http404
        return session


class SessionHistoryView(_VisibleSessionObjectMixin, history.HistoryView):
    pass


class SessionUsageView(_VisibleSessionObjectMixin, usage.UsageView):
    pass


class TrainingSessionViewSet(ModelViewSet):
    model = TrainingSession
    name = "sessions"
    url_prefix = "courses/sessions"
    icon = "date"
    menu_label = _("Training sessions")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = SessionIndexView
    edit_view_class = SessionEditView
    delete_view_class = SessionDeleteView
    inspect_view_class = SessionInspectView
    copy_view_class = SessionCopyView
    history_view_class = SessionHistoryView
    usage_view_class = SessionUsageView
    inspect_view_enabled = True
    inspect_view_fields_exclude = ["title_folded"]  # the search copy, not for people
    filterset_class = TrainingSessionFilterSet
    edit_handler = ObjectList(TrainingSession.panels, base_form_class=TrainingSessionAdminForm)
    search_fields = ["title", "title_folded", "code", "venue"]
    search_backend_name = None
    list_display = [
        "code",
        "title",
        "course",
        "year",
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("mode", label=_("Mode"), accessor="get_mode_display"),
        # A start is a calendar date (dd/mm/yyyy), not a relative time: Wagtail's DateColumn says "vừa xong"
        # of a session next month.
        Column(
            "starts_on",
            label=_("Starts"),
            sort_key="starts_on",
            accessor=lambda session: (
                date_format(session.starts_on, "SHORT_DATE_FORMAT") if session.starts_on else ""
            ),
        ),
        Column(
            "seats",
            label=_("Confirmed / capacity"),
            accessor=lambda session: f"{session.confirmed_count} / {session.capacity}",
        ),
        Column("waitlisted_count", label=_("Waitlist")),
        Column("pending_count", label=_("Pending")),
    ]
    list_export = [
        "code",
        "title",
        "course",
        "year",
        "status",
        "mode",
        "venue",
        "starts_on",
        "ends_on",
        "capacity",
        "confirmed_count",
        "waitlisted_count",
        "pending_count",
        "enrolment_mode",
    ]
    export_headings = {
        "starts_on": _("Starts"),
        "ends_on": _("Ends"),
        "confirmed_count": _("Confirmed"),
        "waitlisted_count": _("Waitlisted"),
        "pending_count": _("Pending"),
    }
    export_filename = "lop-tap-huan"
    ordering = ["-year", "code"]
