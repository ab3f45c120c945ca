"""Signal handlers of course authoring; connected in `CoursesConfig.ready()`."""

from courses.authoring.services import course_submission_lessons_publish


def publish_lessons_with_approved_course(sender, instance, user=None, **kwargs) -> None:
    """However the course is approved (the queue, or Wagtail's own buttons), the lessons
    submitted with it go live with it."""
    course_submission_lessons_publish(workflow_state=instance, user=user)
