from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog, set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms_site.views import serve_page
from lms.api import api
from lms.people.views import admin_login

urlpatterns = [
    # Before Wagtail's own: its login form would be a second way in, without allauth's checks.
    path("admin/login/", admin_login, name="admin_login"),
    path("admin/", include("courses.admin_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("api/v1/", api.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
]

# Vietnamese URLs stay unprefixed (short, stable links on paper and in QR codes); English lives under /en/.
urlpatterns += i18n_patterns(
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("tai-khoan/", include("allauth.urls")),
    path("tai-khoan/", include("lms.people.urls")),
    path("", include("cms_site.urls")),
    path("", include("handbook.urls")),
    path("", include("courses.urls")),
    path("", include("courses.attendance.urls")),
    path("", include("courses.quizzes.urls")),
    path("", include("courses.nominations.urls")),
    path("", include("certificates.urls")),
    path("", include("lms.reports.urls")),
    # Wagtail's page view with the route remembered; Wagtail's own patterns stay for reverse() and its
    # password form.
    re_path(wagtail_urls.serve_pattern, serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG or settings.SERVE_MEDIA:
    # In production the web server serves MEDIA_ROOT (or proxies MEDIA_URL to the media bucket);
    # SERVE_MEDIA=1 lets Django do it on small installs, from whichever storage holds the media.
    from lms.media import serve_media

    urlpatterns = [path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media), *urlpatterns]

handler404 = "cms_site.views.page_not_found"
handler500 = "cms_site.views.server_error"
