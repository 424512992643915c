from django.urls import path

from . import views

app_name = "nominations"

urlpatterns = [
    path("don-vi/de-cu/", views.focal_home, name="home"),
    path("don-vi/de-cu/<int:pk>/", views.invitation_detail, name="invitation"),
    path("don-vi/de-cu/<int:pk>/giay-moi.pdf", views.letter, name="letter"),
    path("don-vi/de-cu/<int:pk>/tu-choi/", views.decline, name="decline"),
    path("don-vi/de-cu/<int:pk>/cu-nguoi/", views.nominate, name="nominate"),
    path("don-vi/de-cu/<int:pk>/nguoi-moi/", views.nominate_new, name="nominate_new"),
    path("don-vi/de-cu/nguoi-duoc-cu/<int:pk>/rut-ten/", views.withdraw, name="withdraw"),
    path("don-vi/de-cu/nguoi-duoc-cu/<int:pk>/thay-nguoi/", views.replace, name="replace"),
]
