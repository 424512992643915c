from django.urls import include, path

from . import views

app_name = "courses"

# A session's pages share its prefix (Django's "removing redundancy from URLconfs").
session_urls = [
    path("", views.session_detail, name="session_detail"),
    path("dang-ky/", views.session_enrol, name="session_enrol"),
    path("huy-dang-ky/", views.session_cancel, name="session_cancel"),
    path("lich.ics", views.session_calendar, name="session_calendar"),
]

urlpatterns = [
    path("lop/<int:pk>/", include(session_urls)),
    path("bai-hoc/<int:page_id>/hoan-thanh/", views.lesson_done, name="lesson_done"),
    path("hoc-tap-cua-toi/", views.my_learning, name="my_learning"),
]
