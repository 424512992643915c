from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("lop/<int:pk>/", views.session_detail, name="session_detail"),
    path("lop/<int:pk>/dang-ky/", views.session_enrol, name="session_enrol"),
    path("lop/<int:pk>/huy-dang-ky/", views.session_cancel, name="session_cancel"),
    path("lop/<int:pk>/lich.ics", views.session_calendar, name="session_calendar"),
    path("bai-hoc/<int:page_id>/hoan-thanh/", views.lesson_done, name="lesson_done"),
    path("hoc-tap-cua-toi/", views.my_learning, name="my_learning"),
]
