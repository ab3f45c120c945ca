"""xAPI 1.0.3 leftovers (issue 17): statements sent with another Content-Type are a bad
request (Communication 2.1.1/2.1.2), and statement responses carry Last-Modified, the
most recent `stored` of the statements returned (Communication 2.1.3)."""

from __future__ import annotations

import base64
import json
import uuid
from email.utils import parsedate_to_datetime

import pytest

from learning.xapi.models import XAPIStatement
from tests.factories import XAPIClientFactory
from tests.h5p.test_xapi import V, post, statement, tool  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "text/html"])
def test_a_statement_post_with_another_content_type_is_a_400(tool, content_type):  # noqa: F811
    response = tool.post("/xapi/statements", json.dumps(statement()), content_type, **V)

    assert response.status_code == 400
    assert response.json()["errors"][0].startswith("Content-Type:")
    assert not XAPIStatement.objects.exists()


def test_a_statement_put_with_another_content_type_is_a_400(tool):  # noqa: F811
    statement_id = str(uuid.uuid4())
    response = tool.put(
        f"/xapi/statements?statementId={statement_id}",
        json.dumps(statement()),
        "text/plain",
        **V,
    )

    assert response.status_code == 400
    assert "application/json" in response.json()["errors"][0]
    assert not XAPIStatement.objects.exists()


def test_json_with_a_charset_is_accepted(tool):  # noqa: F811
    response = tool.post(
        "/xapi/statements", json.dumps(statement()), "application/json; charset=utf-8", **V
    )
    assert response.status_code == 200


def _stored(statement_id: str):
    return XAPIStatement.objects.get(statement_id=statement_id).stored.replace(microsecond=0)


def test_last_modified_is_the_latest_stored_of_the_statements_returned(tool):  # noqa: F811
    [first] = post(tool, statement()).json()
    [second] = post(tool, statement()).json()
    # Apart by more than a second, as the header's resolution is one second.
    row = XAPIStatement.objects.get(statement_id=first)
    XAPIStatement.objects.filter(pk=row.pk).update(stored=row.stored.replace(year=2025))

    single = tool.get("/xapi/statements", {"statementId": first}, **V)
    listing = tool.get("/xapi/statements", **V)
    oldest_only = tool.get("/xapi/statements", {"until": "2025-12-31T23:59:59Z"}, **V)
    none = tool.get("/xapi/statements", {"since": "2099-01-01T00:00:00Z"}, **V)

    assert parsedate_to_datetime(single["Last-Modified"]) == _stored(first)
    assert parsedate_to_datetime(listing["Last-Modified"]) == _stored(second)
    assert parsedate_to_datetime(oldest_only["Last-Modified"]) == _stored(first)
    assert "Last-Modified" not in none


VOIDED = "http://adlnet.gov/expapi/verbs/voided"


def test_a_voiding_statement_that_arrives_first_voids_its_target_when_it_arrives(tool):  # noqa: F811
    target_id = str(uuid.uuid4())
    voiding = statement(
        verb={"id": VOIDED, "display": {"en-US": "voided"}},
        object={"objectType": "StatementRef", "id": target_id},
    )
    assert post(tool, voiding).status_code == 200

    stored = tool.put(
        f"/xapi/statements?statementId={target_id}",
        json.dumps(statement()),
        "application/json",
        **V,
    )

    assert stored.status_code == 204
    assert tool.get("/xapi/statements", {"statementId": target_id}, **V).status_code == 404
    found = tool.get("/xapi/statements", {"voidedStatementId": target_id}, **V)
    assert found.status_code == 200
    assert found.json()["id"] == target_id
    listed = tool.get("/xapi/statements", **V).json()["statements"]
    assert [s["object"]["id"] for s in listed] == [target_id]  # only the voiding statement


def test_another_senders_early_voiding_statement_does_not_void(tool, client):  # noqa: F811
    other = XAPIClientFactory()
    token = base64.b64encode(f"{other.key}:{other.plain_secret}".encode()).decode()
    client.defaults["HTTP_AUTHORIZATION"] = f"Basic {token}"
    target_id = str(uuid.uuid4())
    voiding = statement(
        verb={"id": VOIDED, "display": {"en-US": "voided"}},
        object={"objectType": "StatementRef", "id": target_id},
    )
    assert post(client, voiding).status_code == 200

    post(tool, statement(id=target_id))

    assert tool.get("/xapi/statements", {"statementId": target_id}, **V).status_code == 200
