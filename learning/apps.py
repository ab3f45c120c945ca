from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = "Learning records"

    def ready(self) -> None:
        from allauth.mfa.signals import authenticator_added

        from learning.people.receivers import record_second_factor_on_activation
        from learning.progress.receivers import complete_course_after_lesson
        from learning.progress.signals import lesson_completed

        lesson_completed.connect(complete_course_after_lesson, dispatch_uid="progress-course")
        authenticator_added.connect(
            record_second_factor_on_activation, dispatch_uid="people-mfa-activated"
        )
