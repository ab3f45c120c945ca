"""The H5P block's minimum score is entered as a percentage, like the pass mark, and
stored as before (the fraction xAPI's scaled score is compared with)."""

from __future__ import annotations

import pytest

from django.core.exceptions import ValidationError

from courses.h5p.blocks import H5PActivityBlock


def test_minimum_score_is_shown_and_entered_as_a_percentage():
    block = H5PActivityBlock().child_blocks["min_score"]
    assert block.value_for_form(0.8) == 80
    assert block.clean(0.75) == pytest.approx(0.75)
    assert block.value_from_form(block.field.clean("75")) == pytest.approx(0.75)
    with pytest.raises(ValidationError):
        block.clean(1.5)  # 150%
