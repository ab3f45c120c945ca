"""xAPI 1.0.3 MUSTs the statements resource enforces: statement validation (Data part),
the GET /statements filters, paging with `more`, voiding, and the parameter rules
(Communication part 2.1)."""

from __future__ import annotations

import json
import uuid

import pytest

from learning.xapi.models import XAPIStatement
from tests.h5p.test_xapi import ACTIVITY, V, post, statement, tool  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

VOIDED = "http://adlnet.gov/expapi/verbs/voided"
OTHER = "https://example.org/activities/other"
GROUP = {
    "objectType": "Group",
    "member": [{"mbox": "mailto:a@example.org"}, {"mbox": "mailto:b@example.org"}],
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # SubStatement result and context are checked like a statement's.
        (
            {
                "object": {
                    "objectType": "SubStatement",
                    "actor": {"mbox": "mailto:x@example.org"},
                    "verb": {"id": "http://example.org/v"},
                    "object": {"id": ACTIVITY},
                    "result": {"score": {"scaled": 3}},
                }
            },
            "statement.object.result.score.scaled: must be between -1 and 1",
        ),
        (
            {
                "object": {
                    "objectType": "SubStatement",
                    "actor": {"mbox": "mailto:x@example.org"},
                    "verb": {"id": "http://example.org/v"},
                    "object": {"id": ACTIVITY},
                    "context": {"registration": "nope"},
                }
            },
            "statement.object.context.registration: must be a UUID",
        ),
        ({"context": {"instructor": {"name": "no id"}}}, "statement.context.instructor: an Agent"),
        ({"context": {"team": {"mbox": "mailto:t@example.org"}}}, "statement.context.team: must"),
        (
            {"context": {"contextActivities": {"parent": [{"id": "not an iri"}]}}},
            "statement.context.contextActivities.parent[0].id: must be an IRI",
        ),
        (
            {"context": {"contextActivities": {"cousin": [{"id": OTHER}]}}},
            "statement.context.contextActivities.cousin: must be parent",
        ),
        (
            {
                "object": {"objectType": "Agent", "mbox": "mailto:o@example.org"},
                "context": {"revision": "2"},
            },
            "statement.context.revision: only allowed when the object is an Activity",
        ),
        (
            {
                "object": {"objectType": "Agent", "mbox": "mailto:o@example.org"},
                "context": {"platform": "H5P"},
            },
            "statement.context.platform: only allowed when the object is an Activity",
        ),
        ({"context": {"language": "english!"}}, "statement.context.language: must be an RFC"),
        (
            {"context": {"statement": {"objectType": "StatementRef", "id": "x"}}},
            "statement.context.statement.id: a StatementRef",
        ),
        ({"context": {"mood": "good"}}, "statement.context.mood: is not a context property"),
        ({"context": None}, "statement.context: must be an object"),
        ({"authority": {"name": "no id"}}, "statement.authority: an Agent needs"),
        (
            {"authority": {**GROUP, "member": [{"mbox": "mailto:a@example.org"}]}},
            "statement.authority.member: an authority Group has exactly two Agents",
        ),
        (
            {"object": {"id": ACTIVITY, "definition": {"interactionType": "essay"}}},
            "statement.object.definition.interactionType: must be one of",
        ),
        (
            {"object": {"id": ACTIVITY, "definition": {"moreInfo": "no iri"}}},
            "statement.object.definition.moreInfo: must be an IRL",
        ),
        (
            {
                "object": {
                    "id": ACTIVITY,
                    "definition": {"interactionType": "choice", "choices": [{"id": "a b"}]},
                }
            },
            "statement.object.definition.choices[0].id: is required",
        ),
        (
            {
                "object": {
                    "id": ACTIVITY,
                    "definition": {"interactionType": "true-false", "choices": [{"id": "a"}]},
                }
            },
            "statement.object.definition.choices: not allowed for interactionType",
        ),
        (
            {"object": {"id": ACTIVITY, "definition": {"name": {"not a tag!": "Quiz"}}}},
            "statement.object.definition.name.not a tag!: must be an RFC 5646 language tag",
        ),
        (
            {"verb": {"id": "http://example.org/v", "display": {"en_US": "did"}}},
            "statement.verb.display.en_US: must be an RFC 5646 language tag",
        ),
        (
            {"attachments": [{"usageType": "http://example.org/u", "display": {"en": "x"}}]},
            "statement.attachments[0].contentType: is required",
        ),
        (
            {
                "attachments": [
                    {
                        "usageType": "http://example.org/u",
                        "display": {"en": "x"},
                        "contentType": "text/plain",
                        "length": 3,
                        "sha2": "abc",
                    }
                ]
            },
            "statement.attachments[0].sha2: is required and must be a SHA-2",
        ),
        ({"actor": {"mbox": "mailto:a@example.org", "name": 7}}, "statement.actor.name: must be"),
        ({"actor": {"mbox": "a@example.org"}}, "statement.actor.mbox: must be a 'mailto:' IRI"),
        ({"actor": {"mbox_sha1sum": 12}}, "statement.actor.mbox_sha1sum: must be the SHA-1"),
        ({"timestamp": "2026-12-03T10:00:00-00:00"}, "statement.timestamp: must be an ISO 8601"),
        ({"result": {"duration": "P4W1D"}}, "statement.result.duration: must be an ISO 8601"),
        ({"result": None}, "statement.result: must be an object"),
        ({"verb": {"id": VOIDED}}, "statement.object: a voiding statement's object must be"),
    ],
)
def test_each_invalid_statement_is_a_400_naming_the_rule(tool, change, message):  # noqa: F811
    response = post(tool, statement(**change))

    assert response.status_code == 400
    assert any(error.startswith(message) for error in response.json()["errors"]), response.json()
    assert XAPIStatement.objects.count() == 0


@pytest.mark.parametrize(
    "change",
    [
        {"result": {"duration": "P4W"}},
        {"result": {"duration": "P1DT2H30M"}},
        {"timestamp": "2026-12-03T10:00:00+00:00"},
        {"context": {"language": "en-GB", "platform": "H5P", "revision": "3"}},
        {"context": {"team": GROUP, "instructor": {"mbox": "mailto:i@example.org"}}},
        {
            "object": {
                "id": ACTIVITY,
                "definition": {
                    "name": {"en-GB": "Quiz", "zh-Hant-TW": "測驗"},
                    "interactionType": "choice",
                    "correctResponsesPattern": ["a"],
                    "choices": [{"id": "a", "description": {"en": "A"}}, {"id": "b"}],
                },
            }
        },
    ],
)
def test_valid_statements_are_accepted(tool, change):  # noqa: F811
    assert post(tool, statement(**change)).status_code == 200


def test_a_single_context_activity_is_stored_and_returned_as_an_array(tool):  # noqa: F811
    body = statement(context={"contextActivities": {"parent": {"id": OTHER}}})
    [statement_id] = post(tool, body).json()

    got = tool.get("/xapi/statements", {"statementId": statement_id}, **V).json()

    assert got["context"]["contextActivities"]["parent"] == [{"id": OTHER}]


def _post_many(http, count: int, **overrides) -> list[str]:
    return [post(http, statement(**overrides)).json()[0] for _ in range(count)]


def test_limit_one_returns_one_statement_and_a_more_iri_that_returns_the_next(tool):  # noqa: F811
    first, second, third = _post_many(tool, 3)

    page = tool.get("/xapi/statements", {"limit": 1}, **V)
    ids = [page.json()["statements"][0]["id"]]
    while page.json()["more"]:
        page = tool.get(page.json()["more"], **V)
        ids += [s["id"] for s in page.json()["statements"]]

    assert ids == [third, second, first]
    assert page["X-Experience-API-Consistent-Through"]


def test_ascending_orders_oldest_first(tool):  # noqa: F811
    ids = _post_many(tool, 3)
    got = tool.get("/xapi/statements", {"ascending": "true"}, **V).json()
    assert [s["id"] for s in got["statements"]] == ids
    assert got["more"] == ""


def test_filters_by_verb_activity_registration_and_agent(tool):  # noqa: F811
    registration = str(uuid.uuid4())
    [plain] = _post_many(tool, 1)
    [other_verb] = _post_many(tool, 1, verb={"id": "http://example.org/verbs/other"})
    [other_activity] = _post_many(tool, 1, object={"id": OTHER})
    [registered] = _post_many(tool, 1, context={"registration": registration})
    [other_actor] = _post_many(tool, 1, actor={"mbox": "mailto:other@example.org"})
    everyone = {plain, other_verb, registered, other_actor, other_activity}

    def ids(**params):
        response = tool.get("/xapi/statements", params, **V)
        assert response.status_code == 200, response.json()
        return {s["id"] for s in response.json()["statements"]}

    assert ids(verb="http://example.org/verbs/other") == {other_verb}
    assert ids(activity=OTHER) == {other_activity}
    assert ids(activity=ACTIVITY) == everyone - {other_activity}
    assert ids(registration=registration) == {registered}
    assert ids(agent=json.dumps({"mbox": "mailto:other@example.org"})) == {other_actor}
    assert other_actor not in ids(agent=json.dumps({"mbox": "mailto:someone@example.org"}))


def test_related_activities_and_agents_reach_context_and_instructor(tool):  # noqa: F811
    [in_context] = _post_many(
        tool,
        1,
        context={
            "contextActivities": {"parent": [{"id": OTHER}]},
            "instructor": {"mbox": "mailto:teacher@example.org"},
        },
    )
    teacher = json.dumps({"mbox": "mailto:teacher@example.org"})

    def ids(**params):
        return {s["id"] for s in tool.get("/xapi/statements", params, **V).json()["statements"]}

    assert ids(activity=OTHER) == set()
    assert ids(activity=OTHER, related_activities="true") == {in_context}
    assert ids(agent=teacher) == set()
    assert ids(agent=teacher, related_agents="true") == {in_context}


def test_since_and_until_filter_on_stored(tool):  # noqa: F811
    [old] = _post_many(tool, 1)
    stored = XAPIStatement.objects.get(statement_id=old).stored
    [new] = _post_many(tool, 1)
    XAPIStatement.objects.filter(statement_id=new).update(
        stored=stored.replace(year=stored.year + 1)
    )
    moment = stored.replace(year=stored.year + 1, month=1, day=1, hour=0).isoformat()
    since = tool.get("/xapi/statements", {"since": stored.isoformat()}, **V).json()
    until = tool.get("/xapi/statements", {"until": moment}, **V).json()
    assert [s["id"] for s in since["statements"]] == [new]
    assert [s["id"] for s in until["statements"]] == [old]


def test_format_ids_and_canonical(tool):  # noqa: F811
    body = statement(
        object={"id": ACTIVITY, "definition": {"name": {"en-GB": "Quiz", "fr": "Quiz FR"}}},
        verb={"id": "http://example.org/v", "display": {"en-GB": "did", "fr": "fait"}},
    )
    [statement_id] = post(tool, body).json()

    ids = tool.get("/xapi/statements", {"statementId": statement_id, "format": "ids"}, **V)
    canonical = tool.get(
        "/xapi/statements",
        {"statementId": statement_id, "format": "canonical"},
        HTTP_ACCEPT_LANGUAGE="fr",
        **V,
    )

    assert ids.json()["actor"] == {"objectType": "Agent", "mbox": "mailto:someone@example.org"}
    assert ids.json()["verb"] == {"id": "http://example.org/v"}
    assert ids.json()["object"] == {"objectType": "Activity", "id": ACTIVITY}
    assert canonical.json()["verb"]["display"] == {"fr": "fait"}
    assert canonical.json()["object"]["definition"]["name"] == {"fr": "Quiz FR"}


def test_attachments_true_answers_multipart(tool):  # noqa: F811
    _post_many(tool, 1)
    response = tool.get("/xapi/statements", {"attachments": "true"}, **V)
    assert response["Content-Type"].startswith("multipart/mixed; boundary=")
    assert b'"statements"' in response.content


@pytest.mark.parametrize(
    "params",
    [
        {"Verb": "http://example.org/v"},
        {"colour": "red"},
        {"statementId": str(uuid.uuid4()), "verb": "http://example.org/v"},
        {"statementId": str(uuid.uuid4()), "voidedStatementId": str(uuid.uuid4())},
        {"limit": "-1"},
        {"limit": "many"},
        {"ascending": "yes"},
        {"format": "short"},
        {"agent": "{not json"},
        {"agent": json.dumps({"name": "no identifier"})},
        {"since": "yesterday"},
        {"registration": "nope"},
        {"verb": "not an iri"},
    ],
)
def test_wrong_parameters_are_a_400(tool, params):  # noqa: F811
    response = tool.get("/xapi/statements", params, **V)
    assert response.status_code == 400, response.content
    assert response["X-Experience-API-Consistent-Through"]


def test_head_answers_like_get_and_every_response_says_consistent_through(tool):  # noqa: F811
    [statement_id] = _post_many(tool, 1)
    head = tool.head("/xapi/statements", **V)
    missing = tool.get("/xapi/statements", {"statementId": str(uuid.uuid4())}, **V)
    one = tool.head("/xapi/statements", {"statementId": statement_id}, **V)
    assert head.status_code == 200 and one.status_code == 200
    assert head.content == b""
    for response in (head, missing, one):
        assert response["X-Experience-API-Consistent-Through"]


def test_a_voided_statement_is_found_only_by_voided_statement_id(tool):  # noqa: F811
    [target] = _post_many(tool, 1)
    voiding = statement(verb={"id": VOIDED}, object={"objectType": "StatementRef", "id": target})
    [voider] = post(tool, voiding).json()

    by_id = tool.get("/xapi/statements", {"statementId": target}, **V)
    by_voided = tool.get("/xapi/statements", {"voidedStatementId": target}, **V)
    listed = tool.get("/xapi/statements", **V).json()["statements"]

    assert by_id.status_code == 404
    assert by_voided.status_code == 200 and by_voided.json()["id"] == target
    assert [s["id"] for s in listed] == [voider]
    assert tool.get("/xapi/statements", {"voidedStatementId": voider}, **V).status_code == 404


def test_a_voiding_statement_cannot_be_voided(tool):  # noqa: F811
    [target] = _post_many(tool, 1)
    ref = {"objectType": "StatementRef"}
    [voider] = post(tool, statement(verb={"id": VOIDED}, object={**ref, "id": target})).json()
    post(tool, statement(verb={"id": VOIDED}, object={**ref, "id": voider}))
    got = tool.get("/xapi/statements", {"statementId": voider}, **V)
    assert got.status_code == 200


def test_the_lrs_replaces_the_authority_a_tool_sends(tool):  # noqa: F811
    # Data 2.4.9: the sender's authority is validated, then set by the LRS.
    sent = statement(authority={"objectType": "Agent", "mbox": "mailto:boss@example.org"})
    [statement_id] = post(tool, sent).json()

    got = tool.get("/xapi/statements", {"statementId": statement_id}, **V).json()

    assert got["authority"]["account"]["name"] == f"client:{tool.tool.key}"
    assert "mbox" not in got["authority"]


# --- Filter conditions for StatementRefs (Communication 2.1.3, 2.1.4) -------------------

BEN = {"objectType": "Agent", "mbox": "mailto:ben@example.org"}
ANDREW = {"objectType": "Agent", "mbox": "mailto:andrew@example.org"}
CAROL = {"objectType": "Agent", "mbox": "mailto:carol@example.org"}
PASSED = {"id": "http://adlnet.gov/expapi/verbs/passed"}
CONFIRMED = {"id": "http://example.org/verbs/confirmed"}
ENDORSED = {"id": "http://example.org/verbs/endorsed"}


def _ref(statement_id: str) -> dict:
    return {"objectType": "StatementRef", "id": statement_id}


def _ids(http, **params) -> set[str]:
    response = http.get("/xapi/statements", params, **V)
    assert response.status_code == 200, response.content
    return {s["id"] for s in response.json()["statements"]}


def test_statements_targeting_a_match_are_returned_by_each_filter_it_meets(tool):  # noqa: F811
    registration = str(uuid.uuid4())
    [target] = _post_many(tool, 1, actor=BEN, verb=PASSED, context={"registration": registration})
    # "Andrew confirmed <Ben passed>", and "Carol endorsed <Andrew confirmed ...>".
    [confirm] = _post_many(tool, 1, actor=ANDREW, verb=CONFIRMED, object=_ref(target))
    [endorse] = _post_many(tool, 1, actor=CAROL, verb=ENDORSED, object=_ref(confirm))
    # A StatementRef in context does not count; nor does an unrelated statement.
    [in_context] = _post_many(
        tool, 1, actor=CAROL, object={"id": OTHER}, context={"statement": _ref(target)}
    )
    [unrelated] = _post_many(tool, 1, actor=CAROL, object={"id": OTHER})
    chain = {target, confirm, endorse}

    assert _ids(tool, agent=json.dumps(BEN)) == chain
    assert _ids(tool, activity=ACTIVITY) == chain
    assert _ids(tool, verb=PASSED["id"]) == chain
    assert _ids(tool, registration=registration) == chain
    assert _ids(tool, verb=CONFIRMED["id"]) == {confirm, endorse}
    # Each filter is met on its own: Andrew directly, the activity through the target.
    assert _ids(tool, agent=json.dumps(ANDREW), activity=ACTIVITY) == {confirm, endorse}
    assert _ids(tool, agent=json.dumps(CAROL)) == {endorse, in_context, unrelated}
    assert _ids(tool, activity=OTHER) == {in_context, unrelated}

    # Time and sequence apply to the referencing statement itself.
    stored = XAPIStatement.objects.get(statement_id=confirm).stored
    XAPIStatement.objects.filter(statement_id=target).update(
        stored=stored.replace(year=stored.year - 1)
    )
    since = stored.replace(year=stored.year - 1, month=12, day=31).isoformat()
    assert _ids(tool, activity=ACTIVITY, since=since) == {confirm, endorse}
    page = tool.get("/xapi/statements", {"activity": ACTIVITY, "limit": "1"}, **V).json()
    assert [s["id"] for s in page["statements"]] == [endorse]
    following = tool.get(page["more"], **V).json()
    assert [s["id"] for s in following["statements"]] == [confirm]


def test_statements_targeting_a_voided_statement_are_still_returned_by_its_filters(tool):  # noqa: F811
    [target] = _post_many(tool, 1, actor=BEN)
    [voider] = _post_many(tool, 1, actor=ANDREW, verb={"id": VOIDED}, object=_ref(target))
    [comment] = _post_many(tool, 1, actor=CAROL, verb=CONFIRMED, object=_ref(target))

    # The voided statement itself is never listed; the statements targeting it are,
    # the voiding statement included.
    assert _ids(tool, activity=ACTIVITY) == {voider, comment}
    assert _ids(tool, agent=json.dumps(BEN)) == {voider, comment}
    assert _ids(tool, verb=CONFIRMED["id"]) == {comment}
    assert tool.get("/xapi/statements", {"statementId": target}, **V).status_code == 404
