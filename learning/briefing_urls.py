from django.urls import path

from . import briefing_views

app_name = "learning_briefings"

urlpatterns = [
    path(
        "my-learning/briefings/<int:page_id>/read/",
        briefing_views.briefing_read,
        name="read",
    ),
    path(
        "my-learning/briefings/<int:page_id>/reflections/",
        briefing_views.briefing_reflections,
        name="reflections",
    ),
    path(
        "my-learning/briefings/<int:page_id>/team-meetings/",
        briefing_views.briefing_team_use,
        name="team_use",
    ),
    path(
        "my-learning/briefing-digest/",
        briefing_views.briefing_digest_manage,
        name="digest_manage",
    ),
    path(
        "briefing-digest/unsubscribe/<str:token>/",
        briefing_views.briefing_digest_unsubscribe,
        name="digest_unsubscribe",
    ),
]
