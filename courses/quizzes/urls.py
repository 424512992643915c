from django.urls import include, path

from . import views

app_name = "quizzes"

# A quiz's pages, and an attempt's, share their prefixes.
quiz_urls = [
    path("", views.quiz_detail, name="quiz_detail"),
    path("bat-dau/", views.quiz_start, name="quiz_start"),
]
attempt_urls = [
    path("", views.attempt_take, name="attempt"),
    path("nop-bai/", views.attempt_submit, name="attempt_submit"),
    path("ket-qua/", views.attempt_review, name="attempt_review"),
]

urlpatterns = [
    path("bai-kiem-tra/<int:pk>/", include(quiz_urls)),
    path("bai-lam/<int:pk>/", include(attempt_urls)),
]
