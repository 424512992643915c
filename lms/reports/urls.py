from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("hoc-tap-cua-toi/qua-trinh-boi-duong/", views.my_training_record, name="my_training_record"),
    path(
        "hoc-tap-cua-toi/qua-trinh-boi-duong/tai-ve/",
        views.my_training_record_pdf,
        name="my_training_record_pdf",
    ),
]
