from django.urls import path

from learning.evaluation import views

app_name = "learning_evaluation"

urlpatterns = [
    path(
        "my-learning/evaluations/<int:attachment_id>/<str:stage>/",
        views.evaluation_respond,
        name="respond",
    ),
    path("my-learning/line-manager/", views.line_manager_view, name="line_manager"),
    path("evaluation-manager/<str:token>/", views.manager_view, name="manager"),
]
