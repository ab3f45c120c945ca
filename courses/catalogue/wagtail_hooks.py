"""The question bank in the Wagtail admin: questions written once and chosen into any
course's final assessment (see `BankQuestionChoiceBlock`)."""

from __future__ import annotations

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.catalogue.models import BankQuestion


class BankQuestionViewSet(SnippetViewSet):
    model = BankQuestion
    icon = "help"
    menu_label = "Question bank"
    menu_name = "question-bank"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["text", "multiple", "created_at"]
    search_fields = ["text"]


register_snippet(BankQuestionViewSet)
