from django.contrib.auth.decorators import login_required
from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    # Short, stable addresses: they are printed on paper and in QR codes.
    path("chung-nhan/", views.lookup, name="lookup"),
    path("chung-nhan/kiem-tra-tep/", views.check_file, name="check_file"),
    path("chung-nhan/<str:code>/", views.verify, name="verify"),
    path("hoc-tap-cua-toi/chung-nhan/<int:pk>/tai-ve/", login_required(views.download), name="download"),
]
