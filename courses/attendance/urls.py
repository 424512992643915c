from django.urls import path

from . import views

app_name = "attendance"

urlpatterns = [
    # Printed in the QR code: keep it short.
    path("diem-danh/<int:day_id>/<str:code>/", views.check_in, name="check_in"),
    # Shown under the QR code for phones that cannot scan: short enough to type.
    path("diem-danh/", views.check_in_short, name="check_in_short"),
]
