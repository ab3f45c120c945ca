from django.urls import path

from learning.xapi import views

app_name = "xapi"

urlpatterns = [
    path("xapi/about", views.about, name="about"),
    path("xapi/statements", views.statements, name="statements"),
    path("xapi/activities/state", views.activity_state, name="activity_state"),
]
