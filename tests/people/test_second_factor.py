"""Every way in for staff passes the second factor in the session (issue #12, finding 1).

A superuser with TOTP once signed in at /django-admin/login/ with the password alone and
that session opened the Wagtail admin, certificate management and the coverage export.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)

from django.urls import reverse

from learning.people.roles import Role
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

COVERAGE = "/admin/reports/training-coverage/"
STAFF_PAGES = [
    "/admin/",
    "/certificates/manage/",
    COVERAGE,
    f"{COVERAGE}?export=csv",
]


def staff_with_totp(role: Role) -> tuple[object, str]:
    """A staff member who set up an authenticator app, and the app's secret."""
    if role == Role.ADMIN:
        user = UserFactory(is_superuser=True, is_staff=True, agency=None)
    else:
        user = UserFactory(roles={role})
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return user, secret


def totp_code(secret: str) -> str:
    counter = next(iter(yield_hotp_counters_from_time()))
    return format_hotp_value(hotp_value(secret, counter))


def assert_sent_to_second_factor(response, path: str) -> None:
    assert response.status_code == 302, (path, response.status_code)
    location = urlsplit(response["Location"])
    assert location.path == reverse("mfa_reauthenticate"), (path, response["Location"])
    assert parse_qs(location.query)["next"] == [path]


def test_django_admin_is_not_mounted(client, home_page):
    admin, _ = staff_with_totp(Role.ADMIN)
    assert client.get("/django-admin/").status_code == 404
    response = client.post(
        "/django-admin/login/", {"username": admin.email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 404
    assert "_auth_user_id" not in client.session


def test_wagtail_login_form_is_never_served_it_sends_people_to_allauth(client, home_page):
    admin, _ = staff_with_totp(Role.ADMIN)
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=/admin/pages/"

    response = client.post("/admin/login/", {"username": admin.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("account_login")
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("role", [Role.AGENCY_LEAD, Role.PARTNERSHIP_MANAGER, Role.ADMIN])
def test_password_only_session_of_staff_with_totp_reaches_no_staff_page(
    client, home_page, login_without_second_factor, role
):
    user, _ = staff_with_totp(role)
    login_without_second_factor(client, user)
    for path in [*STAFF_PAGES, "/", reverse("learning:my_learning")]:
        assert_sent_to_second_factor(client.get(path), path)
    # Nor can such a session act: a post is sent to the code too, and changes nothing.
    response = client.post("/certificates/manage/", {"action": "revoke"})
    assert_sent_to_second_factor(response, "/certificates/manage/")


def test_session_that_stopped_at_the_mfa_stage_is_refused_even_if_signed_in(
    client, home_page, login_without_second_factor
):
    """allauth records the password step before asking for the code; a session holding
    only that record (and a user, by whatever other means) is not enough."""
    admin, _ = staff_with_totp(Role.ADMIN)
    response = client.post(
        reverse("account_login"), {"login": admin.email, "password": DEFAULT_PASSWORD}
    )
    assert response["Location"] == reverse("mfa_authenticate")
    assert [r["method"] for r in client.session["account_authentication_methods"]] == ["password"]
    login_without_second_factor(client, admin)
    assert client.session["account_authentication_methods"], "the password record is kept"
    for path in STAFF_PAGES:
        assert_sent_to_second_factor(client.get(path), path)


def test_password_only_session_may_only_sign_out_or_give_the_code(
    client, home_page, login_without_second_factor
):
    """Even allauth's own pages (turn off two-factor, change email) wait for the code."""
    admin, _ = staff_with_totp(Role.ADMIN)
    login_without_second_factor(client, admin)
    for path in [
        reverse("mfa_deactivate_totp"),
        reverse("account_email"),
        reverse("mfa_view_recovery_codes"),
    ]:
        assert_sent_to_second_factor(client.get(path), path)
    assert client.get(reverse("mfa_reauthenticate")).status_code == 200
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("role", [Role.AGENCY_LEAD, Role.PARTNERSHIP_MANAGER, Role.ADMIN])
def test_after_giving_a_totp_code_the_same_session_gets_in(
    client, home_page, login_without_second_factor, role
):
    user, secret = staff_with_totp(role)
    login_without_second_factor(client, user)
    response = client.get(COVERAGE)
    assert_sent_to_second_factor(response, COVERAGE)

    response = client.post(response["Location"], {"code": "000000"})
    assert response.status_code == 200
    assert "Incorrect code" in response.content.decode()
    assert_sent_to_second_factor(client.get("/admin/"), "/admin/")

    response = client.post(
        f"{reverse('mfa_reauthenticate')}?next={COVERAGE}", {"code": totp_code(secret)}
    )
    assert response.status_code == 302
    assert response["Location"] == COVERAGE
    assert client.get("/admin/").status_code == 200
    assert client.get("/certificates/manage/").status_code == 200
    assert "Training coverage" in client.get(COVERAGE).content.decode()
    export = client.get(COVERAGE, {"export": "csv"})
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")


def test_staff_who_sign_in_with_password_and_code_go_straight_in(client, home_page):
    manager, secret = staff_with_totp(Role.PARTNERSHIP_MANAGER)
    response = client.post(
        reverse("account_login"), {"login": manager.email, "password": DEFAULT_PASSWORD}
    )
    assert response["Location"] == reverse("mfa_authenticate")
    client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    assert client.get("/certificates/manage/").status_code == 200
    assert client.get(COVERAGE).status_code == 200


def test_learners_are_not_asked_for_a_second_factor(client, home_page, login_without_second_factor):
    learner = UserFactory()
    login_without_second_factor(client, learner)
    response = client.get(reverse("learning:my_learning"))
    assert response.status_code == 200
    assert "My learning" in response.content.decode()


def test_repeated_wrong_passwords_lock_staff_out_before_the_second_factor(client, home_page):
    admin, _ = staff_with_totp(Role.ADMIN)
    for _ in range(5):
        response = client.post(
            reverse("account_login"), {"login": admin.email, "password": "wrong-password"}
        )
        assert response.status_code == 200
    response = client.post(
        reverse("account_login"), {"login": admin.email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 200
    assert "Too many failed login attempts. Try again later." in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert "account_authentication_methods" not in client.session


def test_repeated_wrong_codes_lock_the_second_factor(
    client, home_page, login_without_second_factor
):
    admin, secret = staff_with_totp(Role.ADMIN)
    login_without_second_factor(client, admin)
    for _ in range(5):
        client.post(reverse("mfa_reauthenticate"), {"code": "000000"})
    response = client.post(reverse("mfa_reauthenticate"), {"code": totp_code(secret)})
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert_sent_to_second_factor(client.get("/admin/"), "/admin/")
