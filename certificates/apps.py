from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = "Certificates"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from certificates.signals import queue_certificate
        from learning.progress.signals import course_completed

        course_completed.connect(queue_certificate, dispatch_uid="certificates-issue")
