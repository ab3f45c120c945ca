"""Content models, one module per feature (courses, briefings, H5P activities).

Re-exported here so `courses.models.X` and migrations keep working.
"""

from .briefings import BriefingIndexPage, BriefingPage, BriefingTopic
from .courses import CourseAudience, CourseIndexPage, CoursePage, LessonPage

__all__ = [
    "BriefingIndexPage",
    "BriefingPage",
    "BriefingTopic",
    "CourseAudience",
    "CourseIndexPage",
    "CoursePage",
    "LessonPage",
]
from .h5p import H5PActivity

__all__ += ["H5PActivity"]
