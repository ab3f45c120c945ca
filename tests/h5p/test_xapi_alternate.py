"""The alternate request syntax (xAPI Communication 1.3): POST ?method=X with headers,
parameters and `content` in a form body, for clients that cannot send other methods or
headers."""

from __future__ import annotations

import json
import uuid
from urllib.parse import urlencode

import pytest

from django.test import Client

from tests.h5p.test_xapi import statement, tool  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db
FORM = "application/x-www-form-urlencoded"


def test_put_then_get_a_statement_through_form_posts(tool):  # noqa: F811
    authorization = tool.defaults["HTTP_AUTHORIZATION"]
    anonymous = Client()
    statement_id = str(uuid.uuid4())
    put = urlencode(
        {
            "statementId": statement_id,
            "Authorization": authorization,
            "X-Experience-API-Version": "1.0.3",
            "Content-Type": "application/json",
            "content": json.dumps(statement()),
        }
    )
    get = urlencode(
        {
            "statementId": statement_id,
            "Authorization": authorization,
            "X-Experience-API-Version": "1.0.3",
        }
    )

    stored = anonymous.post("/xapi/statements?method=PUT", put, content_type=FORM)
    fetched = anonymous.post("/xapi/statements?method=GET", get, content_type=FORM)

    assert stored.status_code == 204, stored.content
    assert fetched.status_code == 200
    assert fetched.json()["id"] == statement_id


def test_other_query_parameters_or_methods_are_refused(tool):  # noqa: F811
    body = urlencode({"X-Experience-API-Version": "1.0.3"})
    extra = tool.post("/xapi/statements?method=GET&limit=1", body, content_type=FORM)
    wrong = tool.post("/xapi/statements?method=PATCH", body, content_type=FORM)
    assert extra.status_code == 400
    assert wrong.status_code == 400
