from django.urls import path

from . import token_views, views

app_name = "people"

urlpatterns = [
    path("ho-so/", views.profile, name="profile"),
    path("ma-api/", token_views.api_tokens, name="api_tokens"),
]
