"""The xAPI endpoint: statements (single, batch, PUT, GET), about, state, auth and CSRF."""

from __future__ import annotations

import base64
import json
import uuid

import pytest

from django.test import Client

from learning.xapi.models import XAPIState, XAPIStatement
from tests.factories import UserFactory, XAPIClientFactory

pytestmark = pytest.mark.django_db

V = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}
ACTIVITY = "https://example.org/activities/quiz-1"


def statement(**overrides) -> dict:
    data = {
        "actor": {"objectType": "Agent", "mbox": "mailto:someone@example.org", "name": "Someone"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
        "object": {"objectType": "Activity", "id": ACTIVITY},
        "result": {"score": {"min": 0, "max": 1, "raw": 1, "scaled": 1}, "success": True},
        "timestamp": "2026-12-03T10:00:00+00:00",
    }
    data.update(overrides)
    return data


@pytest.fixture
def tool():
    client = XAPIClientFactory()
    token = base64.b64encode(f"{client.key}:{client.plain_secret}".encode()).decode()
    http = Client(HTTP_AUTHORIZATION=f"Basic {token}")
    http.tool = client
    return http


def post(http, body, **extra):
    return http.post(
        "/xapi/statements", json.dumps(body), content_type="application/json", **V, **extra
    )


def test_about_reports_the_version(client):
    response = client.get("/xapi/about")
    assert response.json()["version"] == ["1.0.3"]
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_tool_posts_a_valid_statement_and_gets_it_back(tool):
    response = post(tool, statement())

    assert response.status_code == 200
    [statement_id] = response.json()
    assert response["X-Experience-API-Version"] == "1.0.3"
    stored = XAPIStatement.objects.get(statement_id=statement_id)
    assert stored.client == tool.tool
    assert stored.data["actor"]["mbox"] == "mailto:someone@example.org"
    assert stored.data["authority"]["account"]["name"] == f"client:{tool.tool.key}"
    fetched = tool.get("/xapi/statements", {"statementId": statement_id}, **V)
    assert fetched.json()["id"] == statement_id
    assert fetched.json()["result"]["score"]["scaled"] == 1


def test_version_header_is_required(tool):
    response = tool.post("/xapi/statements", json.dumps(statement()), "application/json")
    assert response.status_code == 400
    assert "X-Experience-API-Version" in response.json()["errors"][0]


def test_wrong_basic_credentials_are_refused(tool):
    bad = Client(HTTP_AUTHORIZATION="Basic " + base64.b64encode(b"tool-key-x:nope").decode())
    assert post(bad, statement()).status_code == 401
    assert post(Client(), statement()).status_code == 401
    assert XAPIStatement.objects.count() == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"actor": None}, "statement.actor: must be an object (an Agent or Group)"),
        ({"actor": {"name": "nobody"}}, "statement.actor: an Agent needs exactly one of"),
        ({"actor": {"mbox": "someone@example.org"}}, "statement.actor.mbox: must be a 'mailto:'"),
        ({"verb": {"id": "answered"}}, "statement.verb.id: must be an IRI"),
        ({"verb": None}, "statement.verb: is required"),
        ({"object": None}, "statement.object: is required"),
        ({"object": {"id": "not an iri"}}, "statement.object.id: must be an IRI"),
        ({"result": {"score": {"scaled": 1.5}}}, "statement.result.score.scaled: must be between"),
        (
            {"result": {"score": {"raw": 7, "min": 0, "max": 5}}},
            "statement.result.score.raw: must not be more than max",
        ),
        ({"result": {"success": "yes"}}, "statement.result.success: must be true or false"),
        ({"timestamp": "yesterday"}, "statement.timestamp: must be an ISO 8601 date and time"),
        ({"id": "123"}, "statement.id: must be a UUID"),
        ({"colour": "red"}, "statement.colour: is not a statement property"),
    ],
)
def test_each_invalid_statement_is_rejected_naming_the_field(tool, change, message):
    response = post(tool, statement(**change))

    assert response.status_code == 400
    assert any(error.startswith(message) for error in response.json()["errors"]), response.json()
    assert XAPIStatement.objects.count() == 0


def test_missing_verb_and_actor_are_both_reported(tool):
    body = statement()
    del body["verb"], body["actor"]
    errors = post(tool, body).json()["errors"]
    assert "statement.actor: is required" in errors
    assert any(e.startswith("statement.verb: is required") for e in errors)


def test_batch_is_all_or_nothing(tool):
    good = [statement(id=str(uuid.uuid4())) for _ in range(3)]
    bad = statement(result={"score": {"scaled": -2}})

    response = post(tool, [*good, bad])

    assert response.status_code == 400
    assert response.json()["errors"] == [
        "statements[3].result.score.scaled: must be between -1 and 1"
    ]
    assert XAPIStatement.objects.count() == 0

    response = post(tool, good)
    assert response.status_code == 200
    assert response.json() == [s["id"] for s in good]
    assert XAPIStatement.objects.count() == 3


def test_put_with_same_content_is_accepted_once_and_different_content_conflicts(tool):
    statement_id = str(uuid.uuid4())
    url = f"/xapi/statements?statementId={statement_id}"
    body = json.dumps(statement())

    first = tool.put(url, body, content_type="application/json", **V)
    again = tool.put(url, body, content_type="application/json", **V)
    changed = tool.put(
        url,
        json.dumps(statement(verb={"id": "http://adlnet.gov/expapi/verbs/failed"})),
        content_type="application/json",
        **V,
    )

    assert (first.status_code, again.status_code, changed.status_code) == (204, 204, 409)
    assert "already stored with different content" in changed.json()["errors"][0]
    assert XAPIStatement.objects.filter(statement_id=statement_id).count() == 1
    assert XAPIStatement.objects.get().verb == "http://adlnet.gov/expapi/verbs/answered"


def test_batch_with_a_conflicting_id_stores_nothing(tool):
    existing = statement(id=str(uuid.uuid4()))
    post(tool, existing)
    clash = {**existing, "verb": {"id": "http://adlnet.gov/expapi/verbs/failed"}}

    response = post(tool, [statement(id=str(uuid.uuid4())), clash])

    assert response.status_code == 409
    assert XAPIStatement.objects.count() == 1


def test_put_needs_a_statement_id(tool):
    response = tool.put("/xapi/statements", json.dumps(statement()), "application/json", **V)
    assert response.status_code == 400
    assert response.json()["errors"][0].startswith("statementId:")


def test_learner_actor_is_replaced_by_the_session_user(client):
    learner = UserFactory(first_name="Ada", last_name="Lovelace")
    client.force_login(learner)
    forged = statement(actor={"mbox": "mailto:someone-else@example.org"})

    response = post(client, forged)

    assert response.status_code == 200
    stored = XAPIStatement.objects.get()
    assert stored.learner == learner
    assert stored.data["actor"] == {
        "objectType": "Agent",
        "name": "Ada Lovelace",
        "account": {"homePage": "http://127.0.0.1:8000", "name": str(learner.pk)},
    }


def test_session_post_needs_the_csrf_token(client):
    learner = UserFactory()
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner)

    refused = post(strict, statement())
    token = "a" * 32  # the browser holds this in its csrftoken cookie and sends it back
    strict.cookies["csrftoken"] = token
    accepted = post(strict, statement(), HTTP_X_CSRFTOKEN=token)

    assert refused.status_code == 403
    assert "CSRF" in refused.json()["errors"][0]
    assert accepted.status_code == 200


def test_learner_sees_only_their_own_statements(client, tool):
    [theirs] = post(tool, statement()).json()
    client.force_login(UserFactory())
    assert client.get("/xapi/statements", {"statementId": theirs}, **V).status_code == 404


def test_state_is_saved_restored_merged_and_deleted(client):
    learner = UserFactory()
    client.force_login(learner)
    params = f"activityId={ACTIVITY}&stateId=resume&agent=%7B%7D"
    url = f"/xapi/activities/state?{params}"

    assert client.get(url, **V).status_code == 404
    assert client.put(url, '{"choice": 1}', "application/json", **V).status_code == 204
    assert client.post(url, '{"page": 2}', "application/json", **V).status_code == 204
    assert client.get(url, **V).json() == {"choice": 1, "page": 2}
    listing = client.get(f"/xapi/activities/state?activityId={ACTIVITY}", **V)
    assert listing.json() == ["resume"]
    assert XAPIState.objects.get().agent_key == f"user:{learner.pk}"

    other = Client()
    other.force_login(UserFactory())
    assert other.get(url, **V).status_code == 404

    assert client.delete(url, **V).status_code == 204
    assert client.get(url, **V).status_code == 404


def test_state_needs_an_activity_iri(client):
    client.force_login(UserFactory())
    response = client.get("/xapi/activities/state?activityId=nope&stateId=x", **V)
    assert response.status_code == 400
    assert response.json()["errors"] == ["activityId: is required and must be an IRI"]


def test_a_new_secret_stops_the_old_one_even_after_a_cached_check(tool):
    assert post(tool, statement()).status_code == 200  # the check is now remembered
    tool.tool.set_secret("a-brand-new-secret")
    tool.tool.save()

    assert post(tool, statement()).status_code == 401


def test_admin_issues_credentials_and_shows_the_secret_once(client, home_page):
    from allauth.mfa.models import Authenticator

    from learning.xapi.models import XAPIClient

    admin = UserFactory(is_superuser=True, is_staff=True, agency=None)
    Authenticator.objects.create(user=admin, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(admin)

    response = client.post(
        "/admin/snippets/learning/xapiclient/add/", {"name": "Lumi", "is_active": "on"}, follow=True
    )

    made = XAPIClient.objects.get(name="Lumi")
    message = next(str(m) for m in response.context["messages"])
    secret = message.split("Secret: <code>")[1].split("</code>")[0]
    assert made.check_secret(secret)
    assert secret not in made.secret_hash
    token = base64.b64encode(f"{made.key}:{secret}".encode()).decode()
    assert post(Client(HTTP_AUTHORIZATION=f"Basic {token}"), statement()).status_code == 200
