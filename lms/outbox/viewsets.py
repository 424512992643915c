"""The outbox in the Wagtail admin: a read-only list (failed e-mails with their error) and a resend action.

Programme managers (view and change rights on e-mails) and superusers see it; nobody adds, edits or deletes
rows by hand. The bodies are not shown: they may hold one-time links (password, invitation).
"""

from __future__ import annotations

import django_filters
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, HeaderButton, MenuItem

from lms.inspect import InspectView

from . import selectors, services
from .errors import OutboxError
from .models import OutboxMessage, OutboxStatus

UNSENT = {OutboxStatus.PENDING, OutboxStatus.FAILED, OutboxStatus.CANCELLED}


class OutboxFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=pgettext_lazy("outbox", "Status"), choices=OutboxStatus.choices
    )
    kind = django_filters.ChoiceFilter(label=pgettext_lazy("outbox", "Kind"), choices=selectors.kind_choices)

    class Meta:
        model = OutboxMessage
        fields = ["status", "kind"]


def _resend_url(message: OutboxMessage) -> str:
    return reverse("outbox:resend", args=[message.pk])


class OutboxIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status in UNSENT and self.user_has_permission("change"):
            buttons.append(MenuItem(_("Resend"), url=_resend_url(instance), icon_name="mail", priority=10))
        return buttons

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if (
            self.user_has_permission("change")
            and OutboxMessage.objects.filter(status=OutboxStatus.FAILED).exists()
        ):
            buttons.append(
                HeaderButton(
                    _("Resend every failed e-mail"), url=reverse("outbox:resend_failed"), icon_name="mail"
                )
            )
        return buttons


class OutboxInspectView(InspectView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.status in UNSENT and self.user_has_permission("change"):
            buttons.append(Button(_("Resend"), url=_resend_url(self.object), icon_name="mail", priority=10))
        return buttons


class _ConfirmView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET asks, POST does (the resend service), then back to the list with what happened."""

    model = OutboxMessage
    permission_required = "change"
    template_name = "outbox/confirm_resend.html"
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("outbox:index"), "label": OutboxMessage._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.get_page_title()},
        ]

    def post(self, request, *args, **kwargs):
        try:
            text = self.perform()
        except OutboxError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, text)
        return redirect("outbox:index")


class ResendView(_ConfirmView):
    page_title = gettext_lazy("Resend an e-mail")

    def dispatch(self, request, *args, **kwargs):
        self.object = get_object_or_404(OutboxMessage, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["question"] = _("Send the e-mail “%(subject)s” to %(to)s again now?") % {
            "subject": self.object.subject,
            "to": self.object.to,
        }
        context["object"] = self.object
        return context

    def perform(self) -> str:
        message = services.resend_message(self.object, acting_user=self.request.user)
        return _("The e-mail to %(to)s is being sent again.") % {"to": message.to}


class ResendFailedView(_ConfirmView):
    page_title = gettext_lazy("Resend every failed e-mail")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        count = OutboxMessage.objects.filter(status=OutboxStatus.FAILED).count()
        context["question"] = _(
            "Send the %(count)d failed e-mails again now, each with a fresh set of attempts?"
        ) % {"count": count}
        return context

    def perform(self) -> str:
        count = services.resend_failed_messages(acting_user=self.request.user)
        return _("%(count)d e-mails are being sent again.") % {"count": count}


def _error_summary(message: OutboxMessage) -> str:
    return Truncator(message.last_error).chars(140) if message.last_error else ""


class OutboxViewSet(ModelViewSet):
    model = OutboxMessage
    name = "outbox"
    url_prefix = "outbox"
    icon = "mail"
    menu_label = gettext_lazy("E-mail outbox")
    menu_name = "outbox"
    menu_order = 850
    add_to_admin_menu = True
    index_view_class = OutboxIndexView
    inspect_view_class = OutboxInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = OutboxFilterSet
    search_fields = ["to", "subject", "key"]
    search_backend_name = None
    ordering = ["-created_at", "-pk"]
    list_display = [
        TitleColumn(
            "subject",
            label=pgettext_lazy("outbox", "Subject"),
            get_url=lambda message: reverse("outbox:inspect", args=[message.pk]),
        ),
        Column("to", label=pgettext_lazy("outbox", "Recipient")),
        Column("kind", label=pgettext_lazy("outbox", "Kind")),
        Column("status", label=pgettext_lazy("outbox", "Status"), accessor="get_status_display"),
        Column("attempts", label=pgettext_lazy("outbox", "Attempts")),
        Column("last_error", label=pgettext_lazy("outbox", "Last error"), accessor=_error_summary),
        DateColumn("created_at", label=pgettext_lazy("outbox", "Queued at")),
        DateColumn("sent_at", label=pgettext_lazy("outbox", "Sent at")),
    ]
    inspect_view_fields = [
        "to",
        "subject",
        "kind",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "last_attempt_at",
        "due_at",
        "sent_at",
        "language",
        "key",
    ]

    def get_common_view_kwargs(self, **kwargs):
        # Rows are written by the services only: no add, edit, delete, copy, history or usage screens.
        return super().get_common_view_kwargs(
            **{
                "add_url_name": None,
                "edit_url_name": None,
                "delete_url_name": None,
                "history_url_name": None,
                "usage_url_name": None,
                **kwargs,
            }
        )

    def register_admin_url_finder(self):
        # No edit screen: an outbox row has no admin "edit URL" for other screens to link to.
        pass

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("resend/<int:pk>/", ResendView.as_view(), name="resend"),
            path("resend-failed/", ResendFailedView.as_view(), name="resend_failed"),
        ]
