"""Certificates rendered per second by one Celery worker, against bare WeasyPrint rendering
the same HTML in the same run, as a ratio (1.0 would mean the task adds nothing).

Runs in a child process with its own SQLite database and media folder, so it never
touches the development database. The worker is a real `celery worker --pool=solo`
process on Redis (CELERY_BROKER_URL, or redis://127.0.0.1:6379/6 if reachable); with no
Redis it falls back to running the task body in-process with `apply()`, and says so.

    BENCH_CERTIFICATES=40 uv run python bench/run.py certificates
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNT = int(os.environ.get("BENCH_CERTIFICATES", "20"))
DEFAULT_REDIS = "redis://127.0.0.1:6379/6"


def _redis_url() -> str | None:
    url = os.environ.get("CELERY_BROKER_URL", DEFAULT_REDIS)
    if not url.startswith("redis://"):
        return None
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except Exception:
        return None
    return url


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-certificates-") as tmp:
        env = os.environ.copy()
        broker = _redis_url()
        env.update(
            DJANGO_SETTINGS_MODULE="cms.settings.dev",
            DATABASE_URL=f"sqlite:///{tmp}/bench.sqlite3",
            MEDIA_ROOT=f"{tmp}/media",
            PRIVATE_MEDIA_ROOT=f"{tmp}/private",
            CELERY_TASK_ALWAYS_EAGER="false",
            DEBUG="false",
            LOG_LEVEL="WARNING",
        )
        if broker:
            env["CELERY_BROKER_URL"] = broker
            env["CELERY_RESULT_BACKEND"] = broker.rsplit("/", 1)[0] + "/7"
        subprocess.run([sys.executable, __file__, "--child"], env=env, cwd=ROOT, check=True)


def child() -> None:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)

    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    from django.utils import timezone

    from certificates.models import Certificate
    from certificates.rendering import certificate_html
    from certificates.tasks import issue_certificate
    from cms.home.seed import seed_site
    from courses.catalogue.models import CourseIndexPage, CoursePage
    from courses.pdfs.rendering import PDF_VARIANT, LocalOnlyURLFetcher, font_face_css
    from learning.people.models import Agency, Partnership, User
    from learning.progress.models import CourseCompletion

    # Completions are made directly (no signal), so certificates are issued only when timed.
    home = seed_site(partnership_slug="bench")
    index = CourseIndexPage(title="Courses", slug="courses")
    home.add_child(instance=index)
    course = CoursePage(
        title="Understanding child neglect", slug="ucn", summary="s", cpd_minutes=90
    )
    index.add_child(instance=course)
    partnership = Partnership.objects.create(name="Bench Partnership", slug="bench")
    agency = Agency.objects.create(partnership=partnership, name="Bench Agency", sector="health")
    completions = []
    for n in range(COUNT + 1):
        learner = User.objects.create_user(
            email=f"bench{n}@example.org", first_name="Zoë", last_name=f"O'Bench {n}", agency=agency
        )
        completions.append(
            CourseCompletion.objects.create(
                learner=learner, course=course, completed_at=timezone.now()
            )
        )

    warm, *completions = completions
    broker = settings.CELERY_BROKER_URL
    worker = None
    if broker.startswith("redis://"):
        from cms.celery import app

        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "cms",
                "worker",
                "--pool=solo",
                "--loglevel=WARNING",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-Q",
                "bench-certificates",
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        try:
            # Warm up: the worker loads Django, WeasyPrint and its fonts before the clock
            # starts, as the bare renderer below is warmed too.
            app.send_task("cms.tasks.ping", args=["warm"], queue="bench-certificates").get(
                timeout=120
            )
            issue_certificate.apply_async(args=[warm.pk], queue="bench-certificates").get(
                timeout=120
            )
            started = time.perf_counter()
            results = [
                issue_certificate.apply_async(args=[c.pk], queue="bench-certificates")
                for c in completions
            ]
            for result in results:
                result.get(timeout=600)
            worker_seconds = time.perf_counter() - started
        finally:
            worker.terminate()
            worker.wait(timeout=30)
        mode = f"one real worker (--pool=solo) on {broker}"
    else:
        issue_certificate.apply(args=[warm.pk], throw=True)
        started = time.perf_counter()
        for completion in completions:
            issue_certificate.apply(args=[completion.pk], throw=True)
        worker_seconds = time.perf_counter() - started
        mode = "the task body in-process (no Redis reachable)"

    certificates = list(Certificate.objects.exclude(pdf="").exclude(completion=warm))
    assert len(certificates) == COUNT, f"only {len(certificates)} of {COUNT} issued"
    pages = [certificate_html(c) for c in certificates]

    def bare_pdf(page: str) -> bytes:
        """WeasyPrint alone making the same document: the shipped font, tagged PDF/UA-1."""
        fetcher = LocalOnlyURLFetcher()
        font_config = FontConfiguration()
        fonts = CSS(string=font_face_css(), url_fetcher=fetcher, font_config=font_config)
        return HTML(string=page, url_fetcher=fetcher).write_pdf(
            stylesheets=[fonts], font_config=font_config, pdf_variant=PDF_VARIANT, pdf_tags=True
        )

    bare_pdf(pages[0])  # warm WeasyPrint's font cache, as the worker's was
    started = time.perf_counter()
    for page in pages:
        bare_pdf(page)
    bare_seconds = time.perf_counter() - started

    worker_rate = COUNT / worker_seconds
    bare_rate = COUNT / bare_seconds
    print(f"certificates issued: {COUNT}, by {mode}")
    print(f"worker: {worker_rate:.2f} certificates/s ({worker_seconds:.1f}s)")
    print(f"bare WeasyPrint, same document: {bare_rate:.2f} PDFs/s ({bare_seconds:.1f}s)")
    print(f"ratio worker/bare: {worker_rate / bare_rate:.2f}")


if __name__ == "__main__":
    if "--child" in sys.argv:
        child()
    else:
        main()
