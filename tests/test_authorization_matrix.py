"""The standing authorization matrix: every role against every address of everything a
partnership owns, in the admin and on the site.

The addresses are found, not listed: tests/matrix/endpoints.py walks the URL conf (with
every snippet, viewset, chooser and report Wagtail registers) and every page type and
page route; tests/matrix/fillers.py says how to fill each one from the world of
tests/matrix/world.py and who must be served. A new URL pattern with neither a filler nor
a reasoned exemption fails `test_every_url_pattern_is_filled_or_exempt`, naming it.

The roles are a learner, a trainer, an agency lead and a partnership manager of
partnership A, the manager of partnership B (an administrator of another partnership) and
a platform superuser (the positive control), and anonymous visitors.

Issue #12 finding 4 (tenant scope escapes through snippets) has its own regression tests
at the end: the exact attack and its variants.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from allauth.account.authentication import get_authentication_records

from django.conf import settings
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse

from certificates.models import Certificate, CertificateSignatory
from cms.public.models import AreaContact
from learning.coverage.models import Headcount, TrainingKPI
from learning.people.models import Agency
from learning.public.models import Employer
from tests.matrix.cases import IN_SCOPE, Case
from tests.matrix.endpoints import all_endpoints
from tests.matrix.fillers import (
    EXEMPT,
    FILLERS,
    all_cases,
    edit_post_data,
    exemption_for,
    snippet_models_without_spec,
)
from tests.matrix.sessions import signed_in_with_mfa
from tests.matrix.world import ROLES, World, build_world, other_side_marker

pytestmark = pytest.mark.django_db

ENDPOINTS = all_endpoints()
CASES = all_cases(ENDPOINTS)
# /admin/login/ is where Wagtail refuses people: it sends them on to sign in, or tells a
# signed-in person without admin access that the admin is for staff (cms.views.admin_login).
SIGN_IN_PATHS = ("/accounts/login/", "/admin/login/", "/django-admin/login/")
REDIRECTS = {301, 302, 303, 307, 308}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory) -> World:
    """One world for the whole module, rolled back at its end; each test runs in its own
    savepoint inside it, so what a test changes is gone before the next."""
    media = tmp_path_factory.mktemp("matrix-media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(media)),
        transaction.atomic(),
    ):
        world = build_world()
        # One signed-in session per role, made once: each test only sends its cookie.
        for role in ROLES[1:]:
            session = signed_in_with_mfa(Client(), world.user(role))
            world.sessions[role] = session.cookies[settings.SESSION_COOKIE_NAME].value
        yield world
        transaction.set_rollback(True)


# --- Every address is covered ----------------------------------------------------------------


def test_every_url_pattern_is_filled_or_exempt():
    missing = [e for e in ENDPOINTS if e.key not in FILLERS and exemption_for(e) is None]
    assert not missing, (
        "These URL patterns have no filler in tests/matrix/fillers.py (FILLERS, or a row of "
        "MODEL_SPECS / VIEWSET_ACTIONS for a viewset) and no reasoned EXEMPT entry:\n"
        + "\n".join(f"  {e.key}   ({e.route})" for e in missing)
    )


def test_every_snippet_model_says_whose_its_records_are():
    assert snippet_models_without_spec() == [], (
        "Add these snippet models to MODEL_SPECS in tests/matrix/fillers.py"
    )


def test_no_filler_or_exemption_outlives_its_url():
    keys = {e.key for e in ENDPOINTS}
    namespaces = {e.namespace for e in ENDPOINTS}
    stale_exemptions = [k for k in EXEMPT if k not in keys and k not in namespaces]
    assert stale_exemptions == []
    # Viewset fillers are made for every action a viewset could have; the site's own
    # fillers must each match a URL that exists.
    stale_fillers = [
        k
        for k in FILLERS
        if k not in keys and not k.startswith(("wagtailsnippets", "wagtailusers_users:"))
    ]
    assert stale_fillers == []


# --- The matrix ----------------------------------------------------------------------------------


def _params():
    for case in CASES:
        for role in case.roles:
            yield pytest.param(case, role, id=f"{role}-{case.method}-{case.label()}")


def _snapshot(world: World, name: str | None):
    if name is None:
        return None
    instance = world[name]
    return type(instance)._default_manager.filter(pk=instance.pk).values().first()


def _verdict(response) -> str:
    """What a response means: served, or refused (sign in, Wagtail's "permission denied"
    redirect to the dashboard, or a 4xx)."""
    if response.status_code in REDIRECTS:
        path = urlsplit(response["Location"]).path
        if path.startswith(SIGN_IN_PATHS):
            return "sign-in"
        if path == reverse("wagtailadmin_home"):
            return "denied"
        if path == reverse("mfa_activate_totp"):
            return "mfa set-up"
        return "redirect"
    return "status"


def _body(response) -> str:
    """The text of a page, JSON or CSV response (a streamed CSV export read to its end, so
    the other partnership's rows are looked for in downloads too)."""
    content_type = response.get("Content-Type", "")
    if response.streaming:
        if not content_type.startswith("text/csv"):
            return ""
        content = b"".join(response.streaming_content)
    elif content_type.startswith(("text/", "application/json")):
        content = response.content
    else:
        return ""
    return content.decode("utf-8", errors="replace")


def _send(client, case: Case, world: World, url: str):
    if case.method == "GET":
        return client.get(url, **case.headers)
    data = case.data(world) if case.data else {}
    return client.post(url, data, **case.headers)


@pytest.mark.parametrize(("case", "role"), list(_params()))
def test_authorization_matrix(case: Case, role: str, world: World, client):
    if role in world.sessions:
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[role]
    url = case.address.url(world)
    before = _snapshot(world, case.target)

    response = _send(client, case, world, url)

    verdict = _verdict(response)
    status = response.status_code
    said = f"{role} {case.method} {url} -> {status} {response.get('Location', '')}".strip()
    if case.content_type:
        assert response.get("Content-Type", "").startswith(case.content_type), (
            f"must answer {case.content_type}: {said}"
        )
    if role in case.allowed:
        if case.redirects_to:
            name, query = case.redirects_to
            served = status in REDIRECTS and response["Location"] == reverse(name) + query
        else:
            served = status in case.ok and verdict in ("status", "redirect")
        assert served, f"must be served: {said}"
        if case.effect == "deleted":
            assert _snapshot(world, case.target) is None, f"must delete {case.target}: {said}"
    else:
        refused = verdict in ("sign-in", "denied") or (
            status in case.refused and verdict in ("status", "redirect")
        )
        assert refused, f"must be refused: {said}"
        assert _snapshot(world, case.target) == before, f"refused, yet changed: {said}"

    body = _body(response)
    marker = other_side_marker(role)
    if body and marker and not case.public:
        assert marker not in body, f"shows the other partnership's records ({marker}): {said}"
    if body and status == 200 and role in case.allowed:
        for name, owner, text in case.shows:
            label = text(world[name])
            visible = owner is None or role in IN_SCOPE[owner]
            if visible and case.must_show:
                assert label in body, f"must show {name} ({label}): {said}"
            if not visible:
                assert label not in body, f"must not show {name} ({label}): {said}"


# --- Signing in as staff -------------------------------------------------------------------------


def test_staff_sessions_record_the_second_factor_as_allauth_does(world, client):
    manager = world["manager_A"]
    signed_in_with_mfa(client, manager)
    request = client.get(reverse("wagtailadmin_home")).wsgi_request

    records = get_authentication_records(request, manager)

    assert [r["method"] for r in records] == ["password", "mfa"]
    assert records[1]["type"] == "totp"


def test_a_signed_in_manager_reaches_the_admin_without_mfa_set_up_redirect(world, client):
    signed_in_with_mfa(client, world["manager_A"])

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200


# --- Issue #12 finding 4: tenant scope escapes through snippets ---------------------------


def _edit_url(instance) -> str:
    return reverse(instance.snippet_viewset.get_url_name("edit"), args=[instance.pk])


def _add_url(model) -> str:
    return reverse(model.snippet_viewset.get_url_name("add"))


def _refused(response) -> bool:
    return response.status_code in (403, 404) or _verdict(response) == "denied"


def test_manager_cannot_open_another_partnerships_agency(world, client):
    signed_in_with_mfa(client, world["manager_B"])

    response = client.get(_edit_url(world["agency_A1"]))

    assert _refused(response)


def test_manager_cannot_move_another_partnerships_agency_into_their_own(world, client):
    agency = world["agency_A1"]
    data = edit_post_data(world, "agency_A1")
    data["partnership"] = str(world["partnership_B"].pk)
    signed_in_with_mfa(client, world["manager_B"])

    response = client.post(_edit_url(agency), data)

    assert _refused(response)
    agency.refresh_from_db()
    assert agency.partnership == world["partnership_A"]
    assert agency.name == "Kestrel Health Trust"


def test_manager_cannot_move_their_own_agency_into_another_partnership(world, client):
    agency = world["agency_B1"]
    data = edit_post_data(world, "agency_B1")
    data["partnership"] = str(world["partnership_A"].pk)
    signed_in_with_mfa(client, world["manager_B"])

    response = client.post(_edit_url(agency), data)

    assert response.status_code == 200  # the form again, with the error
    assert "Select a valid choice" in response.content.decode()
    agency.refresh_from_db()
    assert agency.partnership == world["partnership_B"]


#: Each scoped snippet with the field that says whose a record is, and the other side's
#: value a hand-made POST might put there.
OWNED = [
    (Agency, "agency_B1", "partnership", "partnership_A"),
    (TrainingKPI, "kpi_B", "partnership", "partnership_A"),
    (Headcount, "headcount_B1", "agency", "agency_A1"),
    (AreaContact, "area_contact_B", "partnership", "partnership_A"),
    (Employer, "employer_B", "partnership", "partnership_A"),
]


@pytest.mark.parametrize(
    ("model", "own", "field", "foreign"), OWNED, ids=[m.__name__ for m, *_ in OWNED]
)
def test_own_record_cannot_be_moved_into_another_partnership(
    world, client, model, own, field, foreign
):
    instance = world[own]
    data = edit_post_data(world, own)
    data[field] = str(world[foreign].pk)
    signed_in_with_mfa(client, world["manager_B"])

    client.post(_edit_url(instance), data)

    assert model.objects.filter(pk=instance.pk).values_list(f"{field}_id", flat=True).get() == (
        getattr(instance, f"{field}_id")
    )


@pytest.mark.parametrize(
    ("model", "own", "field", "foreign"), OWNED, ids=[m.__name__ for m, *_ in OWNED]
)
def test_record_cannot_be_created_in_another_partnership(world, client, model, own, field, foreign):
    data = edit_post_data(world, own)
    data[field] = str(world[foreign].pk)
    for name in ("name", "area_name"):
        if name in data:
            data[name] = "Made by the matrix"
    data["counted_on"] = "2026-01-01"
    signed_in_with_mfa(client, world["manager_B"])
    count = model.objects.count()

    client.post(_add_url(model), data)

    assert model.objects.count() == count


# --- Holes the matrix found (each also a row of the matrix) ------------------------------


def _chooser_url(model, view: str, *args) -> str:
    app, name = model._meta.app_label, model._meta.model_name
    return reverse(f"wagtailsnippetchoosers_{app}_{name}:{view}", args=args)


def test_chooser_lists_only_records_in_scope(world, client):
    signed_in_with_mfa(client, world["manager_B"])

    body = client.get(_chooser_url(Agency, "choose")).content.decode()

    assert "Heron Health Trust" in body
    assert "Kestrel" not in body


def test_chooser_will_not_return_a_record_out_of_scope(world, client):
    signed_in_with_mfa(client, world["manager_B"])

    response = client.get(_chooser_url(Agency, "chosen", world["agency_A1"].pk))

    assert response.status_code == 404


def test_certificate_chooser_names_no_learner_out_of_scope(world, client):
    signed_in_with_mfa(client, world["lead_A"])

    body = client.get(_chooser_url(Certificate, "choose")).content.decode()

    assert world["certificate_A1"].learner_name in body
    assert world["certificate_A2"].learner_name not in body
    assert "Heron" not in body


def test_bulk_delete_neither_names_nor_deletes_records_out_of_scope(world, client):
    kpi = world["kpi_A"]
    url = reverse("wagtail_bulk_action", args=["learning", "trainingkpi", "delete"])
    signed_in_with_mfa(client, world["manager_B"])

    shown = client.get(f"{url}?id={kpi.pk}")
    client.post(f"{url}?id={kpi.pk}")

    assert shown.status_code == 404
    assert "Kestrel" not in shown.content.decode()
    assert TrainingKPI.objects.filter(pk=kpi.pk).exists()


def test_site_history_shows_only_changes_to_records_in_scope(world, client):
    signed_in_with_mfa(client, world["manager_B"])

    body = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()

    assert "Heron Health Trust" in body
    assert "Kestrel" not in body  # neither A's agency and KPI nor A's manager's name


def test_site_history_still_shows_administrators_everything(world, client):
    signed_in_with_mfa(client, world["superuser"])

    body = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()

    assert "Kestrel Health Trust" in body
    assert "Heron Health Trust" in body


def test_signatory_of_another_partnership_is_not_offered_in_the_chooser(world, client):
    signed_in_with_mfa(client, world["manager_A"])

    body = client.get(_chooser_url(CertificateSignatory, "choose")).content.decode()

    assert "Heron" not in body
