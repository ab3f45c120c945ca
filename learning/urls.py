"""The learner-facing pages of `learning`, one list per feature, under one namespace."""

from learning.my_learning.urls import urlpatterns as my_learning_urls
from learning.people.urls import urlpatterns as people_urls
from learning.progress.urls import urlpatterns as progress_urls

app_name = "learning"

urlpatterns = [*my_learning_urls, *people_urls, *progress_urls]
