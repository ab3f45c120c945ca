"""The H5P upload form requires a real title: not a file name or a tool's placeholder."""

from __future__ import annotations

from courses.h5p.forms import title_is_real


def test_file_names_and_placeholders_are_not_titles():
    assert title_is_real("Spotting neglect: a branching scenario")
    for title in ("", "  ", "quiz.h5p", "Untitled", "Interactive Content"):
        assert not title_is_real(title), title
