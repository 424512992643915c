from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail import views as wagtail_views
from wagtail.models import Site

from lms import pagecache

from .selectors import search_pages


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    site = Site.find_for_request(request)
    results = search_pages(query, site=site, page_number=request.GET.get("page", 1))
    return TemplateResponse(
        request,
        "cms_site/search.html",
        {"query": query, "results": results, "page_title": _("Search")},
    )


@require_GET
def favicon(request):
    return redirect(static("cms_site/favicon.svg"), permanent=True)


def page_not_found(request, exception=None):
    return render(
        request,
        "404.html",
        {
            "page_title": _("Page not found"),
            "message": _("Sorry, this page does not exist or has been moved."),
        },
        status=404,
    )


def server_error(request):
    return render(request, "500.html", status=500)


def serve_page(request, path):
    """Wagtail's page view (`wagtail_serve`), with the page found from the remembered route when it can be
    (`lms.pagecache.remember_route`): one query instead of the walk down the tree."""
    pagecache.remember_route(request, path)
    return wagtail_views.serve(request, path)
