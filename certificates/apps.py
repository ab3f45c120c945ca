from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = "Certificates"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.core import checks

        from certificates.signals import queue_certificate
        from certificates.storage import private_storage_is_private
        from learning.progress.signals import course_completed

        course_completed.connect(queue_certificate, dispatch_uid="certificates-issue")
        checks.register(private_storage_is_private)
