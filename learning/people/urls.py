from django.urls import path

from learning.people import views

urlpatterns = [
    path("agency/people/", views.agency_people_list, name="agency_people"),
    path(
        "agency/people/<int:pk>/confirm/", views.agency_person_confirm, name="agency_person_confirm"
    ),
]
