from django.urls import path

from courses.h5p import player

from . import views

app_name = "xapi"

urlpatterns = [
    path("h5p/activities/<int:pk>/play/", player.play, name="h5p_play"),
    path("h5p/activities/<int:pk>/files/<path:path>", player.package_file, name="h5p_file"),
    path("xapi/about", views.about, name="about"),
    path("xapi/statements", views.statements, name="statements"),
    path("xapi/activities/state", views.activity_state, name="activity_state"),
]
