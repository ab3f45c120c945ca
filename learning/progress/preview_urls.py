"""Admin addresses of a course's preview: trying knowledge checks and the final
assessment while nothing is recorded (registered by this feature's wagtail_hooks)."""

from django.urls import path

from learning.progress import views

app_name = "course_preview"

urlpatterns = [
    path(
        "lessons/<int:lesson_id>/knowledge-check/",
        views.preview_knowledge_check_view,
        name="knowledge_check",
    ),
    path(
        "courses/<int:course_id>/assessment/",
        views.preview_assessment_view,
        name="assessment",
    ),
]
