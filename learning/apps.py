from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = "Learning records"

    def ready(self) -> None:
        from allauth.mfa.signals import authenticator_added

        from django.db.models.signals import m2m_changed

        from learning.licences.receivers import queue_licence_grant, withdraw_licences
        from learning.people.models import User
        from learning.people.receivers import (
            record_second_factor_on_activation,
            sync_partnership_groups_on_group_change,
        )
        from learning.progress.receivers import complete_course_after_lesson
        from learning.progress.signals import lesson_completed
        from learning.training.signals import session_attended, session_unattended

        lesson_completed.connect(complete_course_after_lesson, dispatch_uid="progress-course")
        session_attended.connect(queue_licence_grant, dispatch_uid="licences-grant")
        session_unattended.connect(withdraw_licences, dispatch_uid="licences-withdraw")
        m2m_changed.connect(
            sync_partnership_groups_on_group_change,
            sender=User.groups.through,
            dispatch_uid="people-partnership-groups",
        )
        authenticator_added.connect(
            record_second_factor_on_activation, dispatch_uid="people-mfa-activated"
        )
