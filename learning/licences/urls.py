from django.urls import path

from learning.licences import views

app_name = "learning_licences"

urlpatterns = [
    path("resources/<slug:slug>/", views.licensed_resources, name="resources"),
]
