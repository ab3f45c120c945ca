"""A course with one lesson placing an H5P activity, built with the courses factories."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

from courses.catalogue.models import CourseIndexPage
from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory


def lesson_with_activity(home, activity, *, required=True, min_score=0.8):
    index = CourseIndexPage.objects.first() or CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, assessment_questions=[])
    return LessonPageFactory(
        parent=course,
        title="Spotting neglect",
        body=[
            {"type": "text", "value": "<p>Neglect builds up over time.</p>"},
            {
                "type": "h5p",
                "value": {"activity": activity.pk, "required": required, "min_score": min_score},
            },
        ],
    )


def player_src(html: str) -> str:
    """The player URL a lesson page frames (with its launch token), or ""."""
    match = re.search(r'<iframe class="app-h5p__frame" src="([^"]+)"', html)
    return unescape(match.group(1)) if match else ""


def launch_token(client, lesson) -> str:
    """The launch token the lesson page signs for the signed-in viewer."""
    src = player_src(client.get(lesson.url).content.decode())
    return parse_qs(urlsplit(src).query)["launch"][0]
