from django.urls import path

from learning.my_learning import views

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
]
