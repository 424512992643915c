from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses.permissions import is_manager
from courses.selectors import MY_LEARNING_HOOK

from . import admin_views
from .dashboard import my_learning_additions


@hooks.register(MY_LEARNING_HOOK)
def certificates_on_my_learning(user, *, past):
    return my_learning_additions(user, past=past)


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        if is_manager(user):
            return True
        cached = getattr(user, "_certificates_has_sessions", None)
        if cached is None:
            cached = user.trained_sessions.exists()
            user._certificates_has_sessions = cached
        return cached


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return CertificatesMenuItem(
        _("Certificates"), reverse("certificates_sessions"), icon_name="doc-full", order=270
    )


@hooks.register("register_admin_urls")
def register_certificates_urls():
    return [
        path("certificates/", admin_views.session_list, name="certificates_sessions"),
        path("certificates/sessions/<int:pk>/", admin_views.session_eligibility, name="certificates_session"),
        path(
            "certificates/sessions/<int:pk>/eligibility.xlsx",
            admin_views.eligibility_xlsx,
            name="certificates_eligibility_xlsx",
        ),
        path("certificates/sessions/<int:pk>/issue/", admin_views.issue, name="certificates_issue"),
        path("certificates/jobs/<int:pk>/", admin_views.job_progress, name="certificates_job"),
        path("certificates/<int:pk>/", admin_views.certificate_detail, name="certificates_certificate"),
        path("certificates/<int:pk>/revoke/", admin_views.revoke, name="certificates_revoke"),
        path("certificates/<int:pk>/pdf/", admin_views.certificate_pdf, name="certificates_pdf"),
    ]
