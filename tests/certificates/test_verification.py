"""Public verification: valid, expired, revoked, superseded, not found; rate limited; no
personal data beyond the name, course and dates; names rendered safely."""

from __future__ import annotations

from datetime import datetime

import pytest

from django.utils import timezone

from certificates.models import Certificate
from learning.progress.services import course_completion_record
from tests.factories import UserFactory

from .conftest import pdf_text

pytestmark = pytest.mark.django_db(transaction=True)


def issue(course, **user_fields) -> Certificate:
    learner = UserFactory(**user_fields)
    completion, _ = course_completion_record(learner=learner, course=course)
    return Certificate.objects.get(completion=completion)


def test_verification_needs_no_login_and_shows_only_name_course_and_dates(
    client, make_course, django_assert_max_num_queries
):
    certificate = issue(
        make_course("Graded Care Profile 2"),
        first_name="Priya",
        last_name="Shah",
        email="priya.shah@nhs.example",
        job_title="Health visitor",
    )
    with django_assert_max_num_queries(6):
        response = client.get(f"/certificates/verify/{certificate.code}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is valid" in body
    assert "Priya Shah" in body and "Graded Care Profile 2" in body
    assert certificate.completed_at.strftime("%-d %B %Y") in body
    assert "priya.shah@nhs.example" not in body
    assert "Health visitor" not in body
    assert certificate.agency.name not in body
    assert response["X-Robots-Tag"] == "noindex"


def test_typed_codes_are_normalised(client, make_course):
    certificate = issue(make_course())
    typed = certificate.display_code.lower().replace("-", " ")
    response = client.get("/certificates/verify/", {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == f"/certificates/verify/{certificate.code}/"


def test_verify_form_names_the_field_and_rule(client, home_page):
    response = client.get("/certificates/verify/", {"code": "ABC"})
    body = response.content.decode()
    assert "There is a problem" in body
    assert "Certificate code must be 12 letters and numbers" in body
    assert 'href="#id_code"' in body


def test_expired_certificate_says_expired(client, make_course):
    course = make_course(validity_months=12)
    learner = UserFactory()
    completion, _ = course_completion_record(
        learner=learner,
        course=course,
        completed_at=timezone.make_aware(datetime(2020, 1, 15, 9, 0)),
    )
    certificate = Certificate.objects.get(completion=completion)
    body = client.get(f"/certificates/verify/{certificate.code}/").content.decode()
    assert "This certificate has expired" in body
    assert "15 January 2021" in body
    assert "This certificate is valid" not in body


def test_revoked_certificate_says_revoked(client, make_course):
    certificate = issue(make_course())
    Certificate.objects.filter(pk=certificate.pk).update(
        revoked_at=timezone.now(), revocation_reason="Issued in error after a data fix."
    )
    body = client.get(f"/certificates/verify/{certificate.code}/").content.decode()
    assert "This certificate has been revoked" in body
    assert "must not be relied on" in body
    # The reason is for the audit, not for the public.
    assert "Issued in error" not in body


def test_unknown_code_says_not_found(client, home_page):
    response = client.get("/certificates/verify/ABCDEFGHJK23/")
    assert response.status_code == 404
    assert "Certificate not found" in response.content.decode()


def test_lookups_are_rate_limited_per_address(client, home_page, settings):
    settings.CERTIFICATES_VERIFY_RATE_LIMIT = 5
    statuses = [client.get("/certificates/verify/ABCDEFGHJK23/").status_code for _ in range(7)]
    assert statuses == [404] * 5 + [429] * 2
    other = client.get("/certificates/verify/ABCDEFGHJK23/", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 404


def test_a_spoofed_forwarded_for_does_not_escape_the_limit_without_a_trusted_proxy(
    client, home_page, settings
):
    settings.CERTIFICATES_VERIFY_RATE_LIMIT = 3
    settings.TRUSTED_PROXY_COUNT = 0
    statuses = [
        client.get(
            "/certificates/verify/ABCDEFGHJK23/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}"
        ).status_code
        for n in range(5)
    ]
    assert statuses == [404] * 3 + [429] * 2


def test_behind_one_trusted_proxy_the_limit_is_per_client_not_per_proxy(
    client, home_page, settings
):
    settings.CERTIFICATES_VERIFY_RATE_LIMIT = 3
    settings.TRUSTED_PROXY_COUNT = 1

    def lookup(forwarded: str) -> int:
        return client.get(
            "/certificates/verify/ABCDEFGHJK23/",
            REMOTE_ADDR="10.0.0.2",  # the load balancer
            HTTP_X_FORWARDED_FOR=forwarded,
        ).status_code

    assert [lookup("198.51.100.7") for _ in range(4)] == [404] * 3 + [429]
    # Another client behind the same proxy has their own allowance...
    assert lookup("198.51.100.8") == 404
    # ...but the first cannot escape by writing addresses of their own to the left.
    assert lookup("1.2.3.4, 198.51.100.7") == 429


@pytest.mark.parametrize(
    "first_name,last_name",
    [
        ("Zoë", "Brontë-Núñez"),
        ("Siobhán", "O'Connor"),
        ("مريم", "الهاشمي"),
        ("נועה", "כהן"),
        ("<script>alert(1)</script>", "<b>Bold</b> & Co"),
    ],
)
def test_names_render_correctly_and_safely(client, make_course, first_name, last_name):
    certificate = issue(make_course(), first_name=first_name, last_name=last_name)
    text = pdf_text(certificate.pdf)
    for word in f"{first_name} {last_name}".split():
        if any("\u0590" <= ch <= "\u06ff" for ch in word):
            # Right-to-left words come out of pdftotext in visual or logical order.
            assert word in text or word[::-1] in text
        else:
            assert word in text
    body = client.get(f"/certificates/verify/{certificate.code}/").content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "<b>Bold</b>" not in body
    if first_name.startswith("<"):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
        assert "&lt;b&gt;Bold&lt;/b&gt; &amp; Co" in body
    else:
        assert f"{first_name} {last_name}".replace("'", "&#x27;") in body
