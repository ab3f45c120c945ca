from django.urls import path

from learning.progress import views

urlpatterns = [
    path(
        "learning/lessons/<int:lesson_id>/knowledge-check/",
        views.knowledge_check_answer_view,
        name="knowledge_check_answer",
    ),
    path(
        "learning/lessons/<int:lesson_id>/complete/",
        views.lesson_complete_view,
        name="lesson_complete",
    ),
    path(
        "learning/courses/<int:course_id>/assessment/start/",
        views.assessment_start_view,
        name="assessment_start",
    ),
    path(
        "learning/assessment/<uuid:attempt_id>/",
        views.assessment_take_view,
        name="assessment_take",
    ),
    path(
        "learning/assessment/<uuid:attempt_id>/submit/",
        views.assessment_submit_view,
        name="assessment_submit",
    ),
    path(
        "learning/assessment/<uuid:attempt_id>/results/",
        views.assessment_results_view,
        name="assessment_results",
    ),
]
