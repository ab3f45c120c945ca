"""The xAPI endpoint never loses data silently (issue #12, findings 5 and 8).

Every request is either stored in full and answered 200/204, or refused with a status and a
message naming the field and the rule, with nothing stored: strict JSON, limits on size,
count and depth, integrity errors told apart from id races, state documents kept to whoever
wrote them, and unknown paths and methods answered as such.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import uuid

import pytest

from django.db import connection
from django.test import Client

from wagtail import hooks

from learning.xapi.models import XAPIClient, XAPIForward, XAPIState, XAPIStatement
from tests.factories import UserFactory, XAPIClientFactory

pytestmark = pytest.mark.django_db

V = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}
ACTIVITY = "https://example.org/activities/quiz-1"
STATE = "/xapi/activities/state"
AGENT = json.dumps({"objectType": "Agent", "mbox": "mailto:learner@example.org"})


def statement(**overrides) -> dict:
    data = {
        "id": str(uuid.uuid4()),
        "actor": {"objectType": "Agent", "mbox": "mailto:someone@example.org"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"objectType": "Activity", "id": ACTIVITY},
        "result": {"score": {"min": 0, "max": 1, "raw": 1, "scaled": 1}},
        "timestamp": "2026-12-03T10:00:00+00:00",
    }
    data.update(overrides)
    return data


def tool_client(tool: XAPIClient | None = None) -> Client:
    tool = tool or XAPIClientFactory()
    token = base64.b64encode(f"{tool.key}:{tool.plain_secret}".encode()).decode()
    return Client(HTTP_AUTHORIZATION=f"Basic {token}")


@pytest.fixture
def tool() -> Client:
    return tool_client()


def post_raw(http: Client, body: str | bytes, **extra):
    return http.post("/xapi/statements", body, content_type="application/json", **V, **extra)


def post(http: Client, data, **extra):
    return post_raw(http, json.dumps(data), **extra)


# --- Strict JSON -----------------------------------------------------------------------


def test_a_batch_with_nan_in_one_score_is_refused_and_stores_neither(tool):
    """Used to answer 200 with both ids and store neither (SQLite's JSON check failed and
    was taken for an id race); on PostgreSQL it was a 500."""
    good = json.dumps(statement())
    bad = json.dumps(statement()).replace('"raw": 1', '"raw": NaN')
    body = f"[{good}, {bad}]"

    response = post_raw(tool, body)

    assert response.status_code == 400
    assert response.json()["errors"] == [
        "statements[1].result.score.raw: NaN is not allowed; numbers must be finite"
    ]
    assert XAPIStatement.objects.count() == 0


@pytest.mark.parametrize("constant", ["Infinity", "-Infinity", "1e999"])
def test_infinite_numbers_are_refused_naming_the_field(tool, constant):
    body = json.dumps(statement()).replace('"raw": 1', f'"raw": {constant}')

    response = post_raw(tool, body)

    assert response.status_code == 400
    assert response.json()["errors"] == [
        f"statement.result.score.raw: {constant} is not allowed; numbers must be finite"
    ]
    assert XAPIStatement.objects.count() == 0


def test_a_duplicate_key_is_refused_rather_than_one_copy_silently_winning(tool):
    body = json.dumps(statement()).replace(
        '"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}',
        '"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}, '
        '"verb": {"id": "http://adlnet.gov/expapi/verbs/failed"}',
    )

    response = post_raw(tool, body)

    assert response.status_code == 400
    assert response.json()["errors"] == [
        "statement.verb: appears more than once in one object; each key may appear once"
    ]
    assert XAPIStatement.objects.count() == 0


def test_a_nul_character_is_refused_rather_than_failing_in_the_database(tool):
    response = post(tool, statement(verb={"id": "http://example.org/verbs/a\u0000b"}))

    assert response.status_code == 400
    assert response.json()["errors"] == [
        "statement.verb.id: must be Unicode text without NUL characters or unpaired surrogates"
    ]
    assert XAPIStatement.objects.count() == 0


def test_a_body_that_is_not_json_names_the_body(tool):
    response = post_raw(tool, b"{'actor': 1}")

    assert response.status_code == 400
    assert response.json()["errors"][0].startswith("body: must be valid JSON")


# --- Limits ----------------------------------------------------------------------------


def test_a_hundred_thousand_deep_array_is_a_400_not_a_recursion_error(tool):
    response = post_raw(tool, "[" * 100_000 + "]" * 100_000)

    assert response.status_code == 400
    assert response.json()["errors"] == [
        "statements: arrays and objects are nested too deeply; at most 32 levels are allowed"
    ]


def test_nesting_deeper_than_the_setting_is_refused(tool, settings):
    settings.XAPI_MAX_JSON_DEPTH = 32
    deep: object = "bottom"
    for _ in range(40):
        deep = [deep]
    response = post(tool, statement(context={"extensions": {"http://example.org/x": deep}}))

    assert response.status_code == 400
    assert response.json()["errors"] == [
        "statement: arrays and objects are nested too deeply; at most 32 levels are allowed"
    ]
    assert XAPIStatement.objects.count() == 0


def test_more_statements_than_the_default_limit_is_a_413(tool):
    response = post(tool, [statement() for _ in range(501)])

    assert response.status_code == 413
    assert response.json()["errors"] == [
        "body: at most 500 statements may be sent in one request; this one holds 501"
    ]
    assert XAPIStatement.objects.count() == 0


def test_the_statement_limit_follows_the_setting(tool, settings):
    settings.XAPI_MAX_STATEMENTS_PER_REQUEST = 3

    refused = post(tool, [statement() for _ in range(4)])
    accepted = post(tool, [statement() for _ in range(3)])

    assert refused.status_code == 413
    assert accepted.status_code == 200
    assert XAPIStatement.objects.count() == 3


def test_a_body_over_the_size_limit_is_a_413_even_beyond_djangos_own_limit(tool):
    """Django's DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) used to turn this into a bare 400."""
    padding = "x" * (3 * 1024 * 1024)
    response = post(tool, statement(context={"extensions": {"http://example.org/pad": padding}}))

    assert response.status_code == 413
    assert response.json()["errors"] == ["body: must be at most 2097152 bytes"]
    assert XAPIStatement.objects.count() == 0


# --- Integrity errors and id races ----------------------------------------------------


def test_an_integrity_error_that_is_not_an_id_race_answers_500_and_stores_nothing(tool):
    """A unique constraint broken by something other than the statement id (here by a
    listener of the `xapi_statements_recorded` hook) used to be retried as a race and then
    answered 200 with ids that were never stored."""
    taken = XAPIClientFactory()

    def break_a_constraint(rows):
        XAPIClient.objects.create(name="clash", key=taken.key, secret_hash="x")

    with hooks.register_temporarily("xapi_statements_recorded", break_a_constraint):
        response = post(tool, [statement(), statement()])

    assert response.status_code == 500
    assert response.json()["errors"] == [
        "statements: could not be stored, so none was; try again later"
    ]
    assert XAPIStatement.objects.count() == 0
    assert XAPIForward.objects.count() == 0


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("same_content", "status"), [(True, 200), (False, 409)])
def test_a_statement_id_raced_by_another_request_is_settled_by_its_content(same_content, status):
    """The second request checks before the first commits, then meets the first's row at
    the unique index: it looks the id up and compares content instead of guessing."""
    tool = XAPIClientFactory()
    first_body = statement()
    second_body = (
        first_body
        if same_content
        else {**first_body, "verb": {"id": "http://adlnet.gov/expapi/verbs/failed"}}
    )
    first_inserted = threading.Event()
    responses = {}

    def hold_the_first_transaction_open(rows):
        if threading.current_thread().name == "first":
            first_inserted.set()
            time.sleep(1.5)  # long enough for the second request to reach its insert

    def send_first():
        try:
            responses["first"] = post(tool_client(tool), first_body)
        finally:
            connection.close()

    with hooks.register_temporarily("xapi_statements_recorded", hold_the_first_transaction_open):
        first = threading.Thread(target=send_first, name="first")
        first.start()
        assert first_inserted.wait(timeout=30)
        second = post(tool_client(tool), second_body)
        first.join(timeout=30)

    assert responses["first"].status_code == 200
    assert second.status_code == status
    if same_content:
        assert second.json() == [first_body["id"]]
    else:
        assert "already stored with different content" in second.json()["errors"][0]
    assert XAPIStatement.objects.filter(statement_id=first_body["id"]).count() == 1
    assert XAPIStatement.objects.get().verb == "http://adlnet.gov/expapi/verbs/answered"


def test_every_id_answered_is_stored(tool):
    sent = [statement(), statement(), statement()]
    del sent[2]["id"]  # the LRS assigns this one

    ids = post(tool, sent).json()

    assert len(ids) == 3
    assert set(map(str, XAPIStatement.objects.values_list("statement_id", flat=True))) == set(ids)


# --- State documents belong to whoever wrote them -------------------------------------


def state_url(**params) -> str:
    query = {"activityId": ACTIVITY, "agent": AGENT, **params}
    return STATE + "?" + "&".join(f"{k}={v}" for k, v in query.items())


def test_another_client_naming_the_same_agent_cannot_read_list_or_delete_a_state():
    writer, other = tool_client(), tool_client()
    url = state_url(stateId="resume")
    assert writer.put(url, '{"page": 3}', "application/json", **V).status_code == 204

    assert other.get(url, **V).status_code == 404
    assert other.get(state_url(), **V).json() == []
    assert other.delete(url, **V).status_code == 404
    assert other.delete(state_url(), **V).status_code == 204  # deletes only its own: none

    assert writer.get(url, **V).json() == {"page": 3}
    assert writer.get(state_url(), **V).json() == ["resume"]
    assert XAPIState.objects.count() == 1


def test_two_clients_keep_separate_documents_under_the_same_state_id():
    first, second = tool_client(), tool_client()
    url = state_url(stateId="resume")

    first.put(url, '{"who": "first"}', "application/json", **V)
    second.put(url, '{"who": "second"}', "application/json", **V)

    assert first.get(url, **V).json() == {"who": "first"}
    assert second.get(url, **V).json() == {"who": "second"}


def test_another_learner_cannot_read_list_or_delete_a_learners_state():
    writer, other = Client(), Client()
    writer.force_login(UserFactory())
    other.force_login(UserFactory())
    url = f"{STATE}?activityId={ACTIVITY}&stateId=resume"
    listing = f"{STATE}?activityId={ACTIVITY}"
    assert writer.put(url, '{"page": 3}', "application/json", **V).status_code == 204

    assert other.get(url, **V).status_code == 404
    assert other.get(listing, **V).json() == []
    assert other.delete(url, **V).status_code == 404
    assert other.delete(listing, **V).status_code == 204

    assert writer.get(url, **V).json() == {"page": 3}
    assert XAPIState.objects.count() == 1


def test_a_client_naming_a_learners_account_cannot_read_the_learners_state():
    learner = UserFactory()
    session = Client()
    session.force_login(learner)
    session.put(f"{STATE}?activityId={ACTIVITY}&stateId=resume", "{}", "application/json", **V)
    agent = json.dumps({"account": {"homePage": "http://127.0.0.1:8000", "name": str(learner.pk)}})

    response = tool_client().get(
        STATE, {"activityId": ACTIVITY, "agent": agent, "stateId": "resume"}, **V
    )

    assert response.status_code == 404


# --- State merges ----------------------------------------------------------------------


@pytest.mark.parametrize("stored", ["[1, 2]", '"text"', "not json at all", "{"])
def test_merging_into_a_stored_document_that_is_not_an_object_is_a_400(tool, stored):
    url = state_url(stateId="resume")
    tool.put(url, stored, "application/json", **V)

    response = tool.post(url, '{"page": 2}', "application/json", **V)

    assert response.status_code == 400
    assert response.json()["errors"] == [
        "stateId: the stored document is not a JSON object, so a POST cannot merge into it; "
        "PUT replaces it"
    ]
    assert bytes(XAPIState.objects.get().content) == stored.encode()


def test_a_merge_with_nan_is_refused_and_keeps_the_stored_document(tool):
    url = state_url(stateId="resume")
    tool.put(url, '{"page": 1}', "application/json", **V)

    response = tool.post(url, '{"page": NaN}', "application/json", **V)

    assert response.status_code == 400
    assert response.json()["errors"] == ["body.page: NaN is not allowed; numbers must be finite"]
    assert tool.get(url, **V).json() == {"page": 1}


def test_a_state_id_longer_than_the_column_is_a_400(tool):
    response = tool.put(state_url(stateId="s" * 256), "{}", "application/json", **V)

    assert response.status_code == 400
    assert response.json()["errors"] == ["stateId: must be at most 255 characters"]
    assert XAPIState.objects.count() == 0


# --- Unknown paths and wrong methods ---------------------------------------------------


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.parametrize("path", ["/xapi/foo", "/xapi/statements/", "/xapi/", "/xapi"])
@pytest.mark.parametrize("method", ["get", "post", "put"])
def test_unknown_xapi_paths_are_a_json_404_never_a_redirect_or_500(
    tool, settings, debug, path, method
):
    """CommonMiddleware's APPEND_SLASH used to redirect these (a POST's body lost) or, with
    DEBUG, raise a RuntimeError."""
    settings.DEBUG = debug

    response = tool.generic(
        method.upper(), path, json.dumps(statement()), content_type="application/json", **V
    )

    assert response.status_code == 404
    assert response["X-Experience-API-Version"] == "1.0.3"
    assert response.json()["errors"][0].startswith(f"path: {path} is not an xAPI resource")
    assert XAPIStatement.objects.count() == 0


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("delete", "/xapi/statements", "GET, HEAD, POST, PUT"),
        ("patch", "/xapi/statements", "GET, HEAD, POST, PUT"),
        ("patch", STATE, "DELETE, GET, HEAD, POST, PUT"),
        ("post", "/xapi/about", "GET, HEAD"),
        ("delete", "/xapi/about", "GET, HEAD"),
    ],
)
def test_a_wrong_method_is_a_405_with_an_allow_header(tool, method, path, allow):
    response = getattr(tool, method)(path, "{}", "application/json", **V)

    assert response.status_code == 405
    assert response["Allow"] == allow
    assert response.json()["errors"] == [f"method: {method.upper()} is not allowed; use {allow}"]


def test_head_is_answered_like_get(tool):
    [statement_id] = post(tool, statement()).json()

    response = tool.head("/xapi/statements", {"statementId": statement_id}, **V)

    assert response.status_code == 200
    assert response.content == b""


def test_a_form_posted_by_a_signed_in_learner_is_a_400_not_a_500(client):
    """The CSRF check reads a multipart form out of the request stream; the body must
    still be readable afterwards to be refused as not JSON."""
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(UserFactory())
    token = "a" * 32
    strict.cookies["csrftoken"] = token

    response = strict.post(
        "/xapi/statements", {"csrfmiddlewaretoken": token, "statement": "x"}, **V
    )

    assert response.status_code == 400
    # A form is not a statement's Content-Type: refused before the body is read (xapi2).
    assert response.json()["errors"][0].startswith("Content-Type:")
