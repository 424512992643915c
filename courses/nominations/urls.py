from django.urls import include, path

from . import views

app_name = "nominations"

# What a focal point does with one invitation of their unit, and with one of its nominees.
invitation_urls = [
    path("", views.invitation_detail, name="invitation"),
    path("giay-moi.pdf", views.letter, name="letter"),
    path("tu-choi/", views.decline, name="decline"),
    path("cu-nguoi/", views.nominate, name="nominate"),
    path("nguoi-moi/", views.nominate_new, name="nominate_new"),
]
nominee_urls = [
    path("rut-ten/", views.withdraw, name="withdraw"),
    path("thay-nguoi/", views.replace, name="replace"),
]

urlpatterns = [
    path("don-vi/de-cu/", views.focal_home, name="home"),
    path("don-vi/de-cu/<int:pk>/", include(invitation_urls)),
    path("don-vi/de-cu/nguoi-duoc-cu/<int:pk>/", include(nominee_urls)),
]
