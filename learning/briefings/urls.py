from django.urls import path

from learning.briefings import views

app_name = "learning_briefings"

urlpatterns = [
    path(
        "my-learning/briefings/<int:page_id>/read/",
        views.briefing_read,
        name="read",
    ),
    path(
        "my-learning/briefings/<int:page_id>/reflections/",
        views.briefing_reflections,
        name="reflections",
    ),
    path(
        "my-learning/briefings/<int:page_id>/team-meetings/",
        views.briefing_team_use,
        name="team_use",
    ),
    path(
        "my-learning/briefing-digest/",
        views.briefing_digest_manage,
        name="digest_manage",
    ),
    path(
        "briefing-digest/unsubscribe/<str:token>/",
        views.briefing_digest_unsubscribe,
        name="digest_unsubscribe",
    ),
]
