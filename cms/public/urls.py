from django.urls import path

from cms.public import views

urlpatterns = [
    path("report-a-concern/find/", views.finder_lookup, name="public_finder_lookup"),
]
