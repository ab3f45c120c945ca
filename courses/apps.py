from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses and briefings"

    def ready(self) -> None:
        from wagtail.signals import workflow_approved

        from courses.authoring.receivers import publish_lessons_with_approved_course

        workflow_approved.connect(
            publish_lessons_with_approved_course, dispatch_uid="course_lessons_with_approval"
        )
