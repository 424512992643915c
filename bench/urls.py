"""The site's URLs plus the trivial view the page benchmarks compare against (bench only, never deployed)."""

from django.http import HttpResponse
from django.urls import path

from lms.urls import handler404, handler500  # noqa: F401
from lms.urls import urlpatterns as site_urlpatterns


def trivial(request):
    return HttpResponse("ok")


urlpatterns = [path("bench/ok/", trivial), *site_urlpatterns]
