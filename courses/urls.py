from django.urls import path

from lms.people import token_views

from . import views

app_name = "courses"

urlpatterns = [
    path("lop/<int:pk>/", views.session_detail, name="session_detail"),
    path("lop/<int:pk>/dang-ky/", views.session_enrol, name="session_enrol"),
    path("lop/<int:pk>/huy-dang-ky/", views.session_cancel, name="session_cancel"),
    path("lop/<int:pk>/lich.ics", views.session_calendar, name="session_calendar"),
    path("bai-hoc/<int:page_id>/hoan-thanh/", views.lesson_done, name="lesson_done"),
    path("hoc-tap-cua-toi/", views.my_learning, name="my_learning"),
    # The personal API tokens page lives in lms.people (it is about the account) but is routed here,
    # next to the API that uses it, so lms/people/urls.py stays untouched.
    path("tai-khoan/ma-api/", token_views.api_tokens, name="api_tokens"),
]
