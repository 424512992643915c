from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("bai-kiem-tra/<int:pk>/", views.quiz_detail, name="quiz_detail"),
    path("bai-kiem-tra/<int:pk>/bat-dau/", views.quiz_start, name="quiz_start"),
    path("bai-lam/<int:pk>/", views.attempt_take, name="attempt"),
    path("bai-lam/<int:pk>/nop-bai/", views.attempt_submit, name="attempt_submit"),
    path("bai-lam/<int:pk>/ket-qua/", views.attempt_review, name="attempt_review"),
]
