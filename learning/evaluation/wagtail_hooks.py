"""Wagtail hooks for evaluation: the forms snippet (authored by trainers and managers, as
shared content like courses), and the report under Reports. Imported by
learning/wagtail_hooks.py."""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.briefings.models import BriefingPage
from courses.catalogue.models import CoursePage
from learning.evaluation.admin_views import can_see_evaluation, evaluation_admin_urls
from learning.evaluation.models import EvaluationForm, ResponseStage
from learning.evaluation.personal_data import evaluation_erase, evaluation_export
from learning.evaluation.selectors import evaluation_links
from learning.privacy.providers import PersonalDataProvider


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


@hooks.register("construct_page_context")
def _evaluation_links_context(*, page, request, context) -> None:
    """On a course page, the confidence check before starting and the evaluation after;
    on a briefing, its feedback form (courses know no learner: see courses/page_context)."""
    if not isinstance(page, CoursePage | BriefingPage) or not request.user.is_authenticated:
        return
    links = evaluation_links(page=page, learner=request.user)
    for stage, owed in links.items():
        url = reverse("learning_evaluation:respond", args=[owed.attachment.pk, stage])
        context[f"evaluation_{stage}_url"] = url
        if stage == ResponseStage.AFTER:
            context["evaluation_holds_certificate"] = owed.holds_certificate


@hooks.register("register_personal_data")
def evaluation_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(name="evaluation", export=evaluation_export, erase=evaluation_erase)
