import os

from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Site"

    def ready(self) -> None:
        # The filesystem broker needs its folders before the first message is sent.
        from django.conf import settings

        options = settings.CELERY_BROKER_TRANSPORT_OPTIONS
        for key in ("data_folder_in", "data_folder_out", "processed_folder"):
            if key in options:
                os.makedirs(options[key], exist_ok=True)
