"""xAPI versioning (Communication 3.3): which X-Experience-API-Version a request may send,
and the version header on every response of every resource, refusals included."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from django.test import Client

from learning.xapi.models import XAPIStatement
from tests.h5p.test_xapi import ACTIVITY, V, statement, tool  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

AGENT = json.dumps({"mbox": "mailto:someone@example.org"})


def _post_with_version(http, version: str):
    return http.post(
        "/xapi/statements",
        json.dumps(statement()),
        content_type="application/json",
        HTTP_X_EXPERIENCE_API_VERSION=version,
    )


@pytest.mark.parametrize("version", ["1.1.0", "2.0.0", "0.95", "0.9", "1.05", "1", ""])
def test_a_version_the_lrs_does_not_support_is_a_400_and_stores_nothing(tool, version):  # noqa: F811
    response = _post_with_version(tool, version)

    assert response.status_code == 400
    assert "X-Experience-API-Version" in response.json()["errors"][0]
    assert response["X-Experience-API-Version"] == "1.0.3"
    assert XAPIStatement.objects.count() == 0


@pytest.mark.parametrize("version", ["1.0", "1.0.0", "1.0.3", "1.0.9"])
def test_every_1_0_version_is_accepted(tool, version):  # noqa: F811
    response = _post_with_version(tool, version)

    assert response.status_code == 200, response.content
    assert XAPIStatement.objects.count() == 1


def test_about_does_not_refuse_a_request_for_its_version_header(client):
    # Communication 2.8: About answers whatever version the caller speaks.
    response = client.get("/xapi/about", HTTP_X_EXPERIENCE_API_VERSION="0.95")
    assert response.status_code == 200
    assert response.json()["version"] == ["1.0.3"]


def _url(path: str, **params) -> str:
    return f"{path}?{urlencode(params)}" if params else path


STATE = {"activityId": ACTIVITY, "agent": AGENT, "stateId": "s"}
AGENT_PROFILE = {"agent": AGENT, "profileId": "p"}
ACTIVITY_PROFILE = {"activityId": ACTIVITY, "profileId": "p"}

# (method, url, extra request arguments, the status this request gets): every resource,
# answered and refused in each way the endpoint refuses.
ANSWERS = [
    ("get", _url("/xapi/about"), {}, 200),
    ("post", _url("/xapi/about"), {}, 405),
    ("get", _url("/xapi/statements"), V, 200),
    ("head", _url("/xapi/statements"), V, 200),
    ("get", _url("/xapi/statements", colour="red"), V, 400),
    ("get", _url("/xapi/statements"), {}, 400),
    ("get", _url("/xapi/statements"), {"HTTP_X_EXPERIENCE_API_VERSION": "1.1.0"}, 400),
    ("get", _url("/xapi/statements", statementId="5b2f1a3e-0000-4000-8000-000000000000"), V, 404),
    ("delete", _url("/xapi/statements"), V, 405),
    ("put", _url("/xapi/activities/state", **STATE), V, 204),
    ("get", _url("/xapi/activities/state", **STATE), V, 404),
    ("get", _url("/xapi/activities/state", activityId="no iri"), V, 400),
    ("put", _url("/xapi/agents/profile", **AGENT_PROFILE), V, 204),
    ("get", _url("/xapi/agents/profile", **AGENT_PROFILE), V, 404),
    ("put", _url("/xapi/activities/profile", **ACTIVITY_PROFILE), V, 204),
    ("get", _url("/xapi/activities/profile", **ACTIVITY_PROFILE), V, 404),
    ("get", _url("/xapi/activities", activityId=ACTIVITY), V, 200),
    ("get", _url("/xapi/activities"), V, 400),
    ("get", _url("/xapi/agents", agent=AGENT), V, 200),
    ("head", _url("/xapi/agents", agent=AGENT), V, 200),
    ("get", _url("/xapi/agents"), V, 400),
    ("get", _url("/xapi/nothing-here"), V, 404),
    ("post", _url("/xapi/statements", method="PATCH"), V, 400),
]


@pytest.mark.parametrize(("method", "url", "extra", "status"), ANSWERS)
def test_every_response_of_every_resource_carries_the_version(tool, method, url, extra, status):  # noqa: F811
    response = getattr(tool, method)(url, **extra)

    assert response.status_code == status, response.content
    assert response["X-Experience-API-Version"] == "1.0.3"


def test_refusals_before_authentication_carry_the_version(settings):
    settings.XAPI_MAX_BODY_BYTES = 100
    anonymous = Client()
    big = b"x" * 101

    unauthenticated = anonymous.get("/xapi/statements", **V)
    too_large = anonymous.post("/xapi/statements", big, content_type="application/json", **V)
    preflight = anonymous.options(
        "/xapi/statements",
        HTTP_ORIGIN="null",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )

    assert unauthenticated.status_code == 401
    assert too_large.status_code == 413
    assert preflight.status_code == 204
    for response in (unauthenticated, too_large, preflight):
        assert response["X-Experience-API-Version"] == "1.0.3"
