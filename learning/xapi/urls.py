from django.urls import path, re_path

from learning.xapi import views

app_name = "xapi"

urlpatterns = [
    path("xapi/about", views.about, name="about"),
    path("xapi/statements", views.statements, name="statements"),
    path("xapi/activities/state", views.activity_state, name="activity_state"),
    path("xapi/activities/profile", views.activity_profile, name="activity_profile"),
    path("xapi/activities", views.activities, name="activities"),
    path("xapi/agents/profile", views.agent_profile, name="agent_profile"),
    path("xapi/agents", views.agents, name="agents"),
    # Every other path under /xapi (a trailing slash, a typo) is a JSON 404 here, never a
    # redirect from APPEND_SLASH or a page lookup.
    re_path(r"^xapi(?:/[\s\S]*)?\Z", views.not_found, name="not_found"),
]
