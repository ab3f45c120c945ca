from django.urls import path

from courses.authoring import views

app_name = "courses_authoring"

urlpatterns = [
    path("<int:course_id>/", views.course_screen_view, name="course"),
    path("<int:course_id>/reorder/", views.lessons_reorder_view, name="reorder"),
    path("<int:course_id>/submit/", views.course_submit_view, name="submit"),
    path("<int:course_id>/duplicate/", views.course_duplicate_view, name="duplicate"),
    path("guide/", views.trainer_guide_view, name="guide"),
    path("drafts/<int:page_id>/discard/", views.draft_discard_view, name="discard_draft"),
    path("approvals/", views.approvals_view, name="approvals"),
    path("approvals/<int:submission_id>/approve/", views.course_approve_view, name="approve"),
]
