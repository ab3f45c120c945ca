"""Serve the site with a real Celery worker and beat beside it; Ctrl-C stops all three."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the web server, a Celery worker and Celery beat together (for `make run`)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--addrport", default="127.0.0.1:8000")

    def handle(self, *args, **options) -> None:
        python = sys.executable
        celery = [python, "-m", "celery", "-A", "cms"]
        commands = {
            "worker": [*celery, "worker", "--loglevel=INFO", "--concurrency=2"],
            "beat": [
                *celery,
                "beat",
                "--loglevel=INFO",
                f"--schedule={settings.CELERY_BEAT_SCHEDULE_FILENAME}",
            ],
            "web": [python, "manage.py", "runserver", options["addrport"]],
        }
        os.makedirs(os.path.dirname(settings.CELERY_BEAT_SCHEDULE_FILENAME), exist_ok=True)
        processes = {name: subprocess.Popen(cmd) for name, cmd in commands.items()}  # noqa: S603
        self.stdout.write(
            self.style.SUCCESS(
                f"Serving on http://{options['addrport']}/ with a Celery worker and beat. "
                "Press Ctrl-C to stop."
            )
        )

        def stop(*_args) -> None:
            for process in processes.values():
                if process.poll() is None:
                    process.terminate()
            deadline = time.monotonic() + 10
            for process in processes.values():
                try:
                    process.wait(timeout=max(0.1, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    process.kill()

        signal.signal(signal.SIGTERM, lambda *a: (stop(), sys.exit(0)))
        try:
            while all(p.poll() is None for p in processes.values()):
                time.sleep(0.5)
            failed = [name for name, p in processes.items() if p.poll() not in (None, 0)]
            if failed:
                self.stderr.write(f"Stopped because {', '.join(failed)} exited.")
        except KeyboardInterrupt:
            self.stdout.write("Stopping the web server, worker and beat...")
        finally:
            stop()
