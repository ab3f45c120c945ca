from django.urls import path

from courses.h5p import player

app_name = "h5p"

urlpatterns = [
    path("h5p/activities/<int:pk>/play/", player.play, name="play"),
    path("h5p/activities/<int:pk>/files/<path:path>", player.package_file, name="file"),
]
