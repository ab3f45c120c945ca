from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = "Certificates"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from learning.signals import course_completed

        from .signals import queue_certificate

        course_completed.connect(queue_certificate, dispatch_uid="certificates-issue")
