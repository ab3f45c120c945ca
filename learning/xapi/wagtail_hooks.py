"""Admin and hooks for the xAPI endpoint: credentials, the forwarding backlog, and what a
stored statement means for learners' progress and for forwarding to an external LRS."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from learning.privacy.providers import PersonalDataProvider
from learning.xapi.admin import ForwardBacklogSummaryItem, XAPIClientViewSet
from learning.xapi.forwarding import statements_queue_for_forwarding
from learning.xapi.personal_data import xapi_erase, xapi_export
from learning.xapi.progress import h5p_requirements, statements_into_progress

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
