from django.urls import path

from . import views

app_name = "learning"

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("agency/people/", views.agency_people_list, name="agency_people"),
    path(
        "agency/people/<int:pk>/confirm/", views.agency_person_confirm, name="agency_person_confirm"
    ),
]
