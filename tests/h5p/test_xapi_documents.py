"""xAPI document resources (Communication 2.3-2.8 and 3.1): State, Agent Profile and
Activity Profile with ETag concurrency, `since`, and the Agents, Activities and About
resources."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from urllib.parse import urlencode

import pytest

from learning.xapi.models import XAPIProfile, XAPIState
from tests.factories import UserFactory
from tests.h5p.test_xapi import ACTIVITY, V, post, statement, tool  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

AGENT = json.dumps({"mbox": "mailto:someone@example.org"})
PROFILES = [
    ("/xapi/agents/profile", {"agent": AGENT, "profileId": "prefs"}),
    ("/xapi/activities/profile", {"activityId": ACTIVITY, "profileId": "prefs"}),
]


def _url(path: str, params: dict) -> str:
    return f"{path}?{urlencode(params)}"


def _put(http, url, body, **headers):
    return http.put(url, json.dumps(body), content_type="application/json", **V, **headers)


@pytest.mark.parametrize(("path", "params"), PROFILES)
def test_profile_document_round_trip_with_etag_concurrency(tool, path, params):  # noqa: F811
    url = _url(path, params)

    assert tool.get(url, **V).status_code == 404
    assert _put(tool, url, {"a": 1}).status_code == 204
    got = tool.get(url, **V)
    etag = got["ETag"]
    assert got.json() == {"a": 1} and etag.startswith('"')

    # A PUT over an existing document without If-Match or If-None-Match: 409.
    assert _put(tool, url, {"a": 2}).status_code == 409
    # A stale ETag, or If-None-Match: * when it exists: 412.
    assert _put(tool, url, {"a": 2}, HTTP_IF_MATCH='"stale"').status_code == 412
    assert _put(tool, url, {"a": 2}, HTTP_IF_NONE_MATCH="*").status_code == 412
    assert _put(tool, url, {"a": 2}, HTTP_IF_MATCH=etag).status_code == 204
    assert tool.get(url, **V).json() == {"a": 2}

    # POST merges JSON objects; a stale If-Match on POST or DELETE is 412 too.
    merged = tool.post(url, json.dumps({"b": 3}), content_type="application/json", **V)
    assert merged.status_code == 204
    assert tool.get(url, **V).json() == {"a": 2, "b": 3}
    assert tool.delete(url, HTTP_IF_MATCH='"stale"', **V).status_code == 412
    head = tool.head(url, **V)
    assert head.status_code == 200 and head["ETag"] == tool.get(url, **V)["ETag"]

    listing = {k: v for k, v in params.items() if k != "profileId"}
    assert tool.get(_url(path, listing), **V).json() == ["prefs"]
    later = {**listing, "since": "2999-01-01T00:00:00Z"}
    assert tool.get(_url(path, later), **V).json() == []
    assert tool.get(_url(path, {**listing, "since": "soon"}), **V).status_code == 400

    assert tool.delete(url, **V).status_code == 204
    assert tool.get(url, **V).status_code == 404


@pytest.mark.parametrize(("path", "params"), PROFILES)
def test_if_none_match_star_creates_only(tool, path, params):  # noqa: F811
    url = _url(path, params)
    assert _put(tool, url, {"a": 1}, HTTP_IF_NONE_MATCH="*").status_code == 204
    assert _put(tool, url, {"a": 1}, HTTP_IF_NONE_MATCH="*").status_code == 412


def test_profiles_are_the_callers_own(tool, client):  # noqa: F811
    url = _url(*PROFILES[1])
    _put(tool, url, {"secret": 1})
    client.force_login(UserFactory())
    assert client.get(url, **V).status_code == 404


def test_state_has_an_etag_honours_if_match_and_validates_since(client):
    client.force_login(UserFactory())
    url = _url("/xapi/activities/state", {"activityId": ACTIVITY, "stateId": "resume"})
    assert _put(client, url, {"page": 1}).status_code == 204
    etag = client.get(url, **V)["ETag"]
    # State keeps working without the headers (H5P sends none), but honours them.
    assert _put(client, url, {"page": 2}).status_code == 204
    assert _put(client, url, {"page": 3}, HTTP_IF_MATCH=etag).status_code == 412
    listing = _url("/xapi/activities/state", {"activityId": ACTIVITY, "since": "later"})
    assert client.get(listing, **V).status_code == 400
    recent = _url(
        "/xapi/activities/state", {"activityId": ACTIVITY, "since": "2000-01-01T00:00:00Z"}
    )
    assert client.get(recent, **V).json() == ["resume"]


def test_activities_returns_the_definition_merged_from_statements(tool):  # noqa: F811
    first = {"id": ACTIVITY, "definition": {"name": {"en-GB": "Quiz"}}}
    later = {"id": ACTIVITY, "definition": {"name": {"fr": "Quiz FR"}, "type": "http://x.org/t"}}
    post(tool, statement(object=first))
    post(tool, statement(object=later))

    got = tool.get(_url("/xapi/activities", {"activityId": ACTIVITY}), **V)

    assert got.status_code == 200
    assert got.json() == {
        "objectType": "Activity",
        "id": ACTIVITY,
        "definition": {"name": {"en-GB": "Quiz", "fr": "Quiz FR"}, "type": "http://x.org/t"},
    }
    assert tool.get("/xapi/activities", **V).status_code == 400
    assert tool.head(_url("/xapi/activities", {"activityId": ACTIVITY}), **V).status_code == 200


def test_agents_returns_a_person(tool):  # noqa: F811
    post(tool, statement())

    got = tool.get(_url("/xapi/agents", {"agent": AGENT}), **V)

    assert got.status_code == 200
    assert got.json() == {
        "objectType": "Person",
        "name": ["Someone"],
        "mbox": ["mailto:someone@example.org"],
    }
    assert tool.get(_url("/xapi/agents", {"agent": "{}"}), **V).status_code == 400
    assert tool.head(_url("/xapi/agents", {"agent": AGENT}), **V).status_code == 200


def test_agents_answers_a_person_for_an_agent_it_has_never_seen(tool):  # noqa: F811
    # Communication 2.4: with nothing more known, the Person holds the agent asked about.
    stranger = {"account": {"homePage": "https://example.org", "name": "nobody-yet"}}

    got = tool.get(_url("/xapi/agents", {"agent": json.dumps(stranger)}), **V)

    assert got.status_code == 200
    assert got.json() == {"objectType": "Person", "account": [stranger["account"]]}


def test_about_has_its_full_shape_and_answers_head(client):
    assert client.get("/xapi/about").json() == {"version": ["1.0.3"], "extensions": {}}
    assert client.head("/xapi/about").status_code == 200


# --- Content types (Communication 1.5, 2.2), multiple-document GET and DELETE ----------

STATE = ("/xapi/activities/state", {"activityId": ACTIVITY, "agent": AGENT, "stateId": "s"})
DOCUMENTS = [STATE, *PROFILES]


def _send(http, method: str, url: str, content: bytes, content_type: str, **headers):
    return getattr(http, method)(url, content, content_type=content_type, **V, **headers)


def _overwrite(http, url: str, content: bytes, content_type: str):
    """PUT over a document, as a profile PUT must: with the current ETag, or If-None-Match
    when there is none."""
    current = http.get(url, **V)
    guard = (
        {"HTTP_IF_MATCH": current["ETag"]}
        if current.status_code == 200
        else {"HTTP_IF_NONE_MATCH": "*"}
    )
    return _send(http, "put", url, content, content_type, **guard)


@pytest.mark.parametrize(("path", "params"), DOCUMENTS)
@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"Page 3 of 7, last answer: neglect", "text/plain; charset=utf-8"),
        (bytes(range(256)), "application/octet-stream"),
        (b"<progress page='3'/>", "application/xml"),
    ],
)
def test_a_document_of_any_content_type_is_returned_as_sent(
    tool,  # noqa: F811
    path,
    params,
    content,
    content_type,
):
    url = _url(path, params)

    assert _overwrite(tool, url, content, content_type).status_code == 204
    got = tool.get(url, **V)

    assert got.status_code == 200
    assert got.content == content
    assert got["Content-Type"] == content_type
    assert got["ETag"] == f'"{hashlib.sha1(content).hexdigest()}"'  # noqa: S324 (the spec's)


@pytest.mark.parametrize(("path", "params"), DOCUMENTS)
def test_post_merges_only_when_the_document_and_the_post_are_both_json(tool, path, params):  # noqa: F811
    url = _url(path, params)

    # A stored text document: a JSON POST cannot merge into it, and leaves it as it was.
    _overwrite(tool, url, b"plain words", "text/plain")
    refused = _send(tool, "post", url, b'{"b": 2}', "application/json")
    assert refused.status_code == 400
    assert "application/json" in refused.json()["errors"][0]
    assert tool.get(url, **V).content == b"plain words"

    # A stored JSON object: a POST of another type cannot merge into it either.
    _overwrite(tool, url, b'{"a": 1}', "application/json")
    refused = _send(tool, "post", url, b"b=2", "text/plain")
    assert refused.status_code == 400
    assert tool.get(url, **V).json() == {"a": 1}

    # Both JSON (a charset parameter is still JSON): top-level properties merged.
    merged = _send(tool, "post", url, b'{"b": 2, "a": 3}', "application/json; charset=utf-8")
    assert merged.status_code == 204
    assert tool.get(url, **V).json() == {"a": 3, "b": 2}


@pytest.mark.parametrize(("path", "params"), DOCUMENTS)
def test_a_post_of_any_content_type_creates_a_missing_document_as_sent(tool, path, params):  # noqa: F811
    url = _url(path, params)

    assert _send(tool, "post", url, b"first words", "text/plain").status_code == 204
    got = tool.get(url, **V)
    assert (got.content, got["Content-Type"]) == (b"first words", "text/plain")


def test_state_put_over_an_existing_document_needs_no_concurrency_header(tool):  # noqa: F811
    # Communication 3.1: the State resource permits PUT, POST and DELETE without
    # If-Match / If-None-Match; only the profile resources answer 409 without them.
    url = _url(*STATE)
    assert _send(tool, "put", url, b"one", "text/plain").status_code == 204
    assert _send(tool, "put", url, b"two", "text/plain").status_code == 204
    assert tool.get(url, **V).content == b"two"


def _state_url(agent: str = AGENT, activity: str = ACTIVITY, **params) -> str:
    return _url("/xapi/activities/state", {"activityId": activity, "agent": agent, **params})


def test_deleting_state_without_a_state_id_deletes_every_document_of_that_context(tool):  # noqa: F811
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    other_agent = json.dumps({"mbox": "mailto:another@example.org"})
    other_activity = "https://example.org/activities/other"
    documents = [
        _state_url(stateId="a"),
        _state_url(stateId="b"),
        _state_url(stateId="c", registration=first),
        _state_url(stateId="d", registration=second),
        _state_url(agent=other_agent, stateId="a"),
        _state_url(activity=other_activity, stateId="a"),
    ]
    for url in documents:
        assert _send(tool, "put", url, b"{}", "application/json").status_code == 204

    # Listing and deleting in a context: Activity + Agent [+ registration if specified].
    assert tool.get(_state_url(), **V).json() == ["a", "b", "c", "d"]
    assert tool.get(_state_url(registration=first), **V).json() == ["c"]
    assert tool.delete(_state_url(registration=first), **V).status_code == 204
    assert tool.get(_state_url(), **V).json() == ["a", "b", "d"]
    assert tool.delete(_state_url(), **V).status_code == 204

    assert tool.get(_state_url(), **V).json() == []
    assert tool.get(_state_url(agent=other_agent), **V).json() == ["a"]
    assert tool.get(_state_url(activity=other_activity), **V).json() == ["a"]
    assert XAPIState.objects.count() == 2


@pytest.mark.parametrize(("path", "params"), PROFILES)
def test_profile_ids_since_lists_only_documents_changed_after_it(tool, path, params):  # noqa: F811
    listing = {k: v for k, v in params.items() if k != "profileId"}
    for profile_id in ("older", "newer"):
        url = _url(path, {**listing, "profileId": profile_id})
        assert _put(tool, url, {"id": profile_id}, HTTP_IF_NONE_MATCH="*").status_code == 204
    XAPIProfile.objects.filter(profile_id="older").update(
        updated=datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    )
    XAPIProfile.objects.filter(profile_id="newer").update(
        updated=datetime(2026, 1, 2, 9, 0, tzinfo=UTC)
    )

    def ids(since: str) -> list[str]:
        response = tool.get(_url(path, {**listing, "since": since}), **V)
        assert response.status_code == 200
        return response.json()

    assert ids("2026-01-01T08:59:59Z") == ["newer", "older"]
    # `since` is exclusive, and an offset names the same moment in UTC.
    assert ids("2026-01-01T09:00:00Z") == ["newer"]
    assert ids("2026-01-01T10:00:00+01:00") == ["newer"]
    assert ids("2026-01-02T09:00:00Z") == []
    everything = tool.get(_url(path, listing), **V)
    assert everything.json() == ["newer", "older"]
    assert everything["Last-Modified"] == "Fri, 02 Jan 2026 09:00:00 GMT"
