from django.urls import path

from learning.training.attendance import views

app_name = "learning_training_attendance"

urlpatterns = [
    path("training/registers/", views.registers, name="registers"),
    path("training/sessions/<int:session_id>/register/", views.register, name="register"),
    path(
        "training/sessions/<int:session_id>/register/sign-in-sheet/",
        views.register_import,
        name="import",
    ),
]
