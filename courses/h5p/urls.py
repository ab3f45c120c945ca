from django.urls import path

from courses.h5p import player

app_name = "h5p"

urlpatterns = [
    path("h5p/activities/<int:pk>/play/", player.play, name="play"),
    # The launch token is part of every file's path: the opaque origin sends no cookies.
    path("h5p/activities/<int:pk>/files/<str:token>/<path:path>", player.package_file, name="file"),
]
