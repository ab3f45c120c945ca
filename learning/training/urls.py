from django.urls import path

from learning.training import views

app_name = "learning_training"

urlpatterns = [
    path("training/sessions/<int:session_id>/", views.session_detail, name="session"),
    path("training/sessions/<int:session_id>/book/", views.session_book, name="book"),
    path(
        "training/sessions/<int:session_id>/calendar.ics",
        views.session_calendar_view,
        name="calendar",
    ),
    path(
        "my-learning/training/<int:booking_id>/cancel/",
        views.booking_cancel_view,
        name="cancel",
    ),
    path(
        "my-learning/training/<int:booking_id>/accept/",
        views.booking_accept_view,
        name="accept",
    ),
    path("training-approval/<str:token>/", views.approval_view, name="approval"),
]
