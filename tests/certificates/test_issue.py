"""Issuing: one certificate per completion, a PDF rendered once, nothing lost."""

from __future__ import annotations

import subprocess
from datetime import datetime
from unittest import mock

import pytest
from kombu.exceptions import OperationalError

from django.core.management import call_command
from django.utils import timezone

from certificates.codes import ALPHABET
from certificates.models import Certificate, CertificateSignatory
from certificates.services import certificate_issue, certificates_issue_missing
from learning.progress.models import CourseCompletion
from learning.progress.services import course_completion_record
from tests.factories import UserFactory

from .conftest import pdf_text

pytestmark = pytest.mark.django_db(transaction=True)


def complete(learner, course, **kwargs) -> CourseCompletion:
    completion, _ = course_completion_record(learner=learner, course=course, **kwargs)
    return completion


def test_completing_a_course_issues_one_certificate_with_the_facts_in_its_pdf(client, make_course):
    course = make_course("Understanding child neglect", cpd_minutes=90, validity_months=36)
    learner = UserFactory(first_name="Amara", last_name="Okafor")
    CertificateSignatory.objects.create(
        partnership=learner.agency.partnership, name="Dr Jane Smith", role="Independent Chair"
    )
    completed = timezone.make_aware(datetime(2026, 3, 4, 10, 30))

    completion = complete(learner, course, completed_at=completed, score=92)

    certificate = Certificate.objects.get()
    assert certificate.completion == completion
    assert certificate.expires_on.isoformat() == "2029-03-04"
    assert len(certificate.code) >= 10 and set(certificate.code) <= set(ALPHABET)
    text = pdf_text(certificate.pdf)
    assert "Amara Okafor" in text
    assert "Understanding child neglect" in text
    assert "4 March 2026" in text
    assert certificate.display_code in text
    assert "1 hour 30 minutes" in text
    assert "92%" in text
    assert "Dr Jane Smith" in text and "Independent Chair" in text
    assert learner.agency.partnership.name in text
    assert f"https://learning.example.org/certificates/verify/{certificate.code}/" in text

    response = client.get(f"/certificates/verify/{certificate.code}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is valid" in body
    assert "Amara Okafor" in body


def test_pdf_is_a4_landscape_with_a_vector_qr_code(make_course, tmp_path):
    complete(UserFactory(), make_course())
    certificate = Certificate.objects.get()
    path = tmp_path / "c.pdf"
    path.write_bytes(certificate.pdf.read())
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "841.89 x 595.276 pts (A4)" in info or "842 x 595" in info
    from certificates.rendering import certificate_html

    html = certificate_html(certificate)
    assert "data:image/svg+xml" in html


def test_completing_again_does_not_issue_a_second_certificate(make_course):
    course = make_course()
    learner = UserFactory()
    complete(learner, course)
    complete(learner, course)
    certificate_issue(completion=CourseCompletion.objects.get())
    assert Certificate.objects.count() == 1


def test_the_pdf_is_rendered_once_and_never_replaced(make_course):
    learner = UserFactory(first_name="Sam", last_name="Jones")
    complete(learner, make_course())
    certificate = Certificate.objects.get()
    original = certificate.pdf.read()
    learner.first_name = "Samuel"
    learner.save()

    with mock.patch("certificates.services.certificate_pdf") as render:
        again = certificate_issue(completion=certificate.completion)
        certificates_issue_missing()

    render.assert_not_called()
    assert again.pdf.read() == original
    assert "Sam Jones" in pdf_text(again.pdf)


@pytest.fixture
def unreachable_broker(monkeypatch):
    """Send tasks for real (not eagerly) to a Redis port where nothing listens."""
    from cms.celery import app

    saved = (app.conf.task_always_eager, app.conf.broker_url)
    # Celery reads CELERY_BROKER_URL from the environment before its own setting.
    monkeypatch.setenv("CELERY_BROKER_URL", "redis://127.0.0.1:1/6")
    app.conf.task_always_eager = False
    app.conf.broker_url = "redis://127.0.0.1:1/6"
    app._pool = None
    app.__dict__.pop("amqp", None)
    yield
    app.conf.task_always_eager, app.conf.broker_url = saved
    app._pool = None
    app.__dict__.pop("amqp", None)


def test_completion_commits_when_the_broker_is_unreachable_and_the_sweeper_issues_it(
    make_course, unreachable_broker, caplog
):
    course = make_course()
    learner = UserFactory()

    completion, created = course_completion_record(learner=learner, course=course)

    assert created
    assert CourseCompletion.objects.filter(pk=completion.pk).exists()
    assert not Certificate.objects.exists()
    assert "the sweeper will issue it" in caplog.text

    assert certificates_issue_missing() == 1
    certificate = Certificate.objects.get()
    assert certificate.completion_id == completion.pk
    assert certificate.pdf
    assert certificates_issue_missing() == 0


def test_a_broker_error_from_the_task_queue_is_also_survived(make_course):
    with mock.patch(
        "certificates.tasks.issue_certificate.apply_async",
        side_effect=OperationalError("Error 111 connecting to 127.0.0.1:1. Connection refused."),
    ):
        completion = complete(UserFactory(), make_course())
    assert CourseCompletion.objects.filter(pk=completion.pk).exists()
    assert not Certificate.objects.exists()


def test_management_command_issues_missing_certificates(make_course, capsys):
    course = make_course()
    down = OSError("down")
    with mock.patch("certificates.tasks.issue_certificate.apply_async", side_effect=down):
        for _ in range(3):
            complete(UserFactory(), course)
    call_command("issue_missing_certificates", "--limit", "1")
    assert "Issued 1 certificate." in capsys.readouterr().out
    call_command("issue_missing_certificates")
    assert "Issued 2 certificates." in capsys.readouterr().out
    assert Certificate.objects.filter(pdf__startswith="certificates/").count() == 3


def test_the_sweeper_task_skips_while_another_sweep_runs(make_course):
    from django.core.cache import cache

    from certificates.tasks import SWEEP_LOCK, issue_missing_certificates

    with mock.patch("certificates.tasks.issue_certificate.apply_async", side_effect=OSError):
        complete(UserFactory(), make_course())
    cache.add(SWEEP_LOCK, "1")
    assert issue_missing_certificates.delay().get() == 0
    assert not Certificate.objects.exists()
    cache.delete(SWEEP_LOCK)
    assert issue_missing_certificates.delay().get() == 1
    assert Certificate.objects.count() == 1


def test_a_failed_render_is_retried_and_leaves_no_pdf_behind(make_course):
    """A render that fails leaves the certificate without a PDF; the retry renders it."""
    course = make_course()
    calls = {"n": 0}
    from certificates import rendering

    real = rendering.certificate_pdf

    def flaky(certificate):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError("storage briefly unavailable")
        return real(certificate)

    from certificates.tasks import issue_certificate

    with mock.patch("certificates.tasks.issue_certificate.apply_async"):
        completion = complete(UserFactory(), course)
    with mock.patch("certificates.services.certificate_pdf", side_effect=flaky):
        # apply() runs the task as a worker would, retries included (countdown skipped).
        issue_certificate.apply(args=[completion.pk], throw=False)

    certificate = Certificate.objects.get()
    assert calls["n"] == 2
    assert certificate.pdf


def test_the_issue_task_retries_with_exponential_backoff():
    from certificates.tasks import issue_certificate

    assert issue_certificate.autoretry_for == (Exception,)
    assert issue_certificate.retry_backoff
    assert issue_certificate.max_retries >= 5


def test_beat_runs_the_sweeper_and_reminders(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "certificates.tasks.issue_missing_certificates" in tasks
    assert "certificates.tasks.send_refresher_reminders" in tasks


def test_a_course_that_never_expires_gives_a_certificate_without_expiry(make_course):
    complete(UserFactory(), make_course(validity_months=0))
    certificate = Certificate.objects.get()
    assert certificate.expires_on is None
    assert "Does not expire" in pdf_text(certificate.pdf)


def test_the_qr_code_encodes_the_verification_address(make_course):
    import segno

    from certificates.rendering import certificate_html

    complete(UserFactory(), make_course())
    certificate = Certificate.objects.get()
    expected = segno.make(certificate.get_verification_url(), error="m").svg_data_uri(
        scale=4, border=0, dark="#0b0c0c"
    )
    assert expected in certificate_html(certificate)
    assert certificate.get_verification_url() == (
        f"https://learning.example.org/certificates/verify/{certificate.code}/"
    )


def test_demo_seed_gives_every_partnership_a_signatory_once(home_page):
    from certificates.seed import seed_signatories
    from tests.factories import PartnershipFactory

    PartnershipFactory.create_batch(2)
    seed_signatories()
    seed_signatories()
    assert CertificateSignatory.objects.count() == 2


def test_the_partnership_logo_is_embedded_in_the_pdf(make_course):
    import wagtail_factories

    learner = UserFactory()
    partnership = learner.agency.partnership
    partnership.logo = wagtail_factories.ImageFactory(title="Logo")
    partnership.save()

    complete(learner, make_course())

    from certificates.rendering import certificate_html

    certificate = Certificate.objects.get()
    assert '<img src="data:image/' in certificate_html(certificate)
    with certificate.pdf.open("rb") as handle:
        assert b"/Subtype /Image" in handle.read()
