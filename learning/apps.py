from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = "Learning records"

    def ready(self) -> None:
        from learning.progress.receivers import complete_course_after_lesson
        from learning.progress.signals import lesson_completed

        lesson_completed.connect(complete_course_after_lesson, dispatch_uid="progress-course")
