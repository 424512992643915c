from django.urls import path

from . import views

app_name = "cms_site"

urlpatterns = [
    path("tim-kiem/", views.search, name="search"),
    # Browsers and crawlers that ignore <link rel="icon"> still ask for /favicon.ico.
    path("favicon.ico", views.favicon, name="favicon"),
]
