"""Django loads an app's models from `<app>.models`; each feature keeps its own models
module, and this one imports them so they are registered. Import models from the feature
(`courses.catalogue.models`), not from here."""

from courses.authoring.models import CourseSubmission
from courses.briefings.models import BriefingIndexPage, BriefingPage, BriefingTopic
from courses.catalogue.models import BankQuestion, CourseIndexPage, CoursePage, LessonPage
from courses.content_version.models import ContentVersion
from courses.h5p.models import H5PActivity

__all__ = [
    "BankQuestion",
    "BriefingIndexPage",
    "BriefingPage",
    "BriefingTopic",
    "ContentVersion",
    "CourseIndexPage",
    "CourseSubmission",
    "CoursePage",
    "H5PActivity",
    "LessonPage",
]
