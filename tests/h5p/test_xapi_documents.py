"""xAPI document resources (Communication 2.3-2.8 and 3.1): State, Agent Profile and
Activity Profile with ETag concurrency, `since`, and the Agents, Activities and About
resources."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

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


def test_about_has_its_full_shape_and_answers_head(client):
    assert client.get("/xapi/about").json() == {"version": ["1.0.3"], "extensions": {}}
    assert client.head("/xapi/about").status_code == 200
