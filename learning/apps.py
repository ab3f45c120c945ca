from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = "Learning records"

    def ready(self) -> None:
        from allauth.mfa.signals import authenticator_added

        from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

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
        self._keep_coverage_running_counts(post_delete, post_save, pre_save)

    @staticmethod
    def _keep_coverage_running_counts(post_delete, post_save, pre_save) -> None:
        """Every write that can change who is trained refreshes that person's part of the
        coverage running counts, in the same transaction (learning/coverage/receivers.py)."""
        from learning.briefings.models import BriefingRead
        from learning.coverage import receivers as coverage
        from learning.coverage.models import TrainingKPI
        from learning.licences.models import Licence
        from learning.people.models import User
        from learning.privacy.models import PersonalDataErasure
        from learning.progress.models import CourseCompletion
        from learning.training.models import Booking, TrainingSession

        for model in (CourseCompletion, BriefingRead):
            post_save.connect(coverage.refresh_learner, sender=model, dispatch_uid="cov-save")
            post_delete.connect(coverage.refresh_learner, sender=model, dispatch_uid="cov-del")
        post_save.connect(coverage.refresh_licence_holder, sender=Licence, dispatch_uid="cov-lic")
        post_delete.connect(
            coverage.refresh_licence_holder, sender=Licence, dispatch_uid="cov-lic-del"
        )
        post_save.connect(coverage.refresh_attendee, sender=Booking, dispatch_uid="cov-booking")
        post_delete.connect(
            coverage.refresh_attendee_deleted, sender=Booking, dispatch_uid="cov-booking-del"
        )
        post_save.connect(
            coverage.refresh_session_attendees, sender=TrainingSession, dispatch_uid="cov-session"
        )
        pre_save.connect(coverage.note_role_group_change, sender=User, dispatch_uid="cov-role")
        post_save.connect(coverage.refresh_person, sender=User, dispatch_uid="cov-person")
        post_delete.connect(coverage.forget_person, sender=User, dispatch_uid="cov-forget")
        post_save.connect(
            coverage.refresh_erased, sender=PersonalDataErasure, dispatch_uid="cov-erased"
        )
        post_save.connect(coverage.queue_kpi_rebuild, sender=TrainingKPI, dispatch_uid="cov-kpi")
