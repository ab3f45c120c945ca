"""Signal handlers of course progress; connected in `LearningConfig.ready()`."""

from learning.progress.services import course_completion_try


def complete_course_after_lesson(sender, progress, **kwargs) -> None:
    """Any path that completes a lesson (a page, an H5P activity) may finish the course."""
    lesson = progress.lesson.specific
    course_completion_try(learner=progress.learner, course=lesson.course)
