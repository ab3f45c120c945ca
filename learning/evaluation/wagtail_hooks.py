"""Wagtail hooks for evaluation: the forms snippet (authored by trainers and managers, as
shared content like courses), and the report under Reports. Imported by
learning/wagtail_hooks.py."""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from learning.evaluation.admin_views import can_see_evaluation, evaluation_admin_urls
from learning.evaluation.models import EvaluationForm


class EvaluationFormViewSet(SnippetViewSet):
    model = EvaluationForm
    icon = "form"
    menu_label = "Evaluation forms"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["title"]


register_snippet(EvaluationFormViewSet)


class EvaluationMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_see_evaluation(request.user)


@hooks.register("register_admin_urls")
def register_evaluation_urls():
    return [
        path("reports/evaluation/", include((evaluation_admin_urls, "learning_evaluation_admin")))
    ]


@hooks.register("register_reports_menu_item")
def register_evaluation_menu_item():
    return EvaluationMenuItem(
        "Evaluation",
        reverse("learning_evaluation_admin:report"),
        name="evaluation",
        icon_name="form",
        order=110,
    )
