"""Admin and hooks for the xAPI endpoint: credentials, the forwarding backlog, and what a
stored statement means for learners' progress and for forwarding to an external LRS."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from courses.catalogue.models import LessonPage
from courses.h5p.selectors import activities_in_lesson
from learning.my_learning.panels import MyLearningPanel
from learning.privacy.providers import PersonalDataProvider
from learning.xapi.admin import ForwardBacklogSummaryItem, XAPIClientViewSet
from learning.xapi.forwarding import statements_queue_for_forwarding
from learning.xapi.personal_data import xapi_erase, xapi_export
from learning.xapi.progress import h5p_requirements, statements_into_progress
from learning.xapi.selectors import learner_h5p_results, learner_lesson_h5p_results

register_snippet(XAPIClientViewSet)


@hooks.register("construct_homepage_summary_items")
def _forward_backlog_summary(request, items):
    items.append(ForwardBacklogSummaryItem(request))


@hooks.register("xapi_statements_recorded")
def _statements_into_progress(rows) -> None:
    statements_into_progress(rows)


@hooks.register("xapi_statements_recorded")
def _queue_for_forwarding(rows) -> None:
    statements_queue_for_forwarding(rows)


@hooks.register("lesson_completion_requirements")
def _h5p_lesson_requirements(*, learner, lesson) -> list[str]:
    return h5p_requirements(learner=learner, lesson=lesson)


@hooks.register("register_personal_data")
def xapi_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(name="xapi", export=xapi_export, erase=xapi_erase)


@hooks.register("construct_page_context")
def _learner_h5p_results_context(*, page, request, context) -> None:
    """The learner's own result (best score, attempts, passed) beside each activity a
    lesson places. No query for a lesson without activities, nor in a trainer's preview."""
    if getattr(request, "is_preview", False) or not isinstance(page, LessonPage):
        return
    if not request.user.is_authenticated or not activities_in_lesson(page):
        return
    context["h5p_results"] = learner_lesson_h5p_results(learner=request.user, lesson=page)


@hooks.register("register_my_learning_panel")
def h5p_results_my_learning_panel() -> MyLearningPanel:
    return MyLearningPanel(
        order=35,
        template="learning/xapi/my_learning_panel.html",
        get_context=lambda request: {"h5p_results": learner_h5p_results(learner=request.user)},
    )
