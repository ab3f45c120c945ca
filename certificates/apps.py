from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = "Certificates"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.core import checks

        from certificates.signals import (
            queue_attendance_certificate,
            queue_certificate,
            queue_certificate_after_evaluation,
            queue_licence_certificate,
            withdraw_attendance_certificate,
            withdraw_licence_certificate,
        )
        from certificates.storage import private_storage_is_private
        from learning.evaluation.signals import evaluation_submitted
        from learning.licences.signals import licence_granted, licence_revoked
        from learning.progress.signals import course_completed
        from learning.training.signals import session_attended, session_unattended

        course_completed.connect(queue_certificate, dispatch_uid="certificates-issue")
        session_attended.connect(
            queue_attendance_certificate, dispatch_uid="certificates-issue-attendance"
        )
        session_unattended.connect(
            withdraw_attendance_certificate, dispatch_uid="certificates-withdraw-attendance"
        )
        evaluation_submitted.connect(
            queue_certificate_after_evaluation, dispatch_uid="certificates-issue-after-evaluation"
        )
        licence_granted.connect(queue_licence_certificate, dispatch_uid="certificates-licence")
        licence_revoked.connect(
            withdraw_licence_certificate, dispatch_uid="certificates-withdraw-licence"
        )
        checks.register(private_storage_is_private)
