"""The "My learning" page: the learner's courses, their training sessions, their licences,
the evaluations they have to complete, and a panel from each feature that has one."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from learning.evaluation.selectors import evaluations_to_complete
from learning.licences.selectors import learner_licences
from learning.my_learning.panels import my_learning_panels
from learning.progress.selectors import learner_courses
from learning.training.selectors import learner_training


@login_required
def my_learning(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "learning/my_learning/my_learning.html",
        {
            "panels": my_learning_panels(request),
            "courses": learner_courses(learner=request.user),
            "training": learner_training(learner=request.user),
            "evaluations": evaluations_to_complete(learner=request.user),
            "licences": learner_licences(learner=request.user),
        },
    )
