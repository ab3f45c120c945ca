"""The learner's own state on a briefing page, given to a `courses` template by `learning`
(courses never imports learning)."""

from __future__ import annotations

from typing import Any

from django import template

from ..briefing_forms import BriefingReflectionsForm, BriefingTeamUseForm
from ..briefings import briefing_learner_state

register = template.Library()


@register.inclusion_tag("learning/briefing_learner_panel.html", takes_context=True)
def briefing_learner_panel(context, briefing) -> dict[str, Any]:
    request = context["request"]
    user = request.user
    state = briefing_learner_state(learner=user, briefing=briefing)
    questions = briefing.reflection_question_texts()
    initial = {f"answer_{position}": answer for position, answer in state.answers.items()}
    return {
        "request": request,
        "user": user,
        "briefing": briefing,
        "state": state,
        "is_preview": getattr(request, "is_preview", False),
        "reflections_form": BriefingReflectionsForm(initial=initial, questions=questions),
        "team_use_form": BriefingTeamUseForm(),
    }
