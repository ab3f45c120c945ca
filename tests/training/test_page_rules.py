"""Where training pages may live: the index under the home page (once), events under it."""

from __future__ import annotations

import pytest

from cms.home.models import HomePage
from learning.training.models import TrainingEventPage, TrainingIndexPage

pytestmark = pytest.mark.django_db


def test_training_pages_live_in_their_place(training_index, home_page):
    assert TrainingIndexPage.allowed_parent_page_models() == [HomePage]
    assert TrainingEventPage.allowed_parent_page_models() == [TrainingIndexPage]
    assert TrainingEventPage.allowed_subpage_models() == []
    assert TrainingEventPage.can_create_at(training_index)
    assert not TrainingEventPage.can_create_at(home_page)
    assert not TrainingIndexPage.can_create_at(home_page)  # one index only
