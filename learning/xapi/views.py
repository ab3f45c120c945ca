"""The xAPI resources: statements, about, and activity state.

Our H5P player authenticates with its launch token, tools with HTTP Basic credentials
issued in the admin, learners' own pages with their session (CSRF checked, as for any
form post): learning/xapi/auth.py. Every response carries
`X-Experience-API-Version`, and every request but /about must send it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from learning.exceptions import StatementRejected
from learning.people.models import User
from learning.xapi.auth import XAPIRefused, opaque_origin_cors, xapi_caller
from learning.xapi.models import XAPIClient, XAPIState, XAPIStatement
from learning.xapi.services import VERSION, state_agent_key, xapi_state_save, xapi_statements_record
from learning.xapi.validation import StatementConflict, is_iri, is_uuid

VERSION_HEADER = "X-Experience-API-Version"
MAX_BODY = 2 * 1024 * 1024


def _error(status: int, *messages: str) -> JsonResponse:
    response = JsonResponse({"errors": list(messages)}, status=status)
    response[VERSION_HEADER] = VERSION
    return response


def _with_version(response: HttpResponse) -> HttpResponse:
    response[VERSION_HEADER] = VERSION
    return response


def _refused(refused: XAPIRefused) -> JsonResponse:
    response = _error(refused.status, refused.message)
    if refused.challenge:
        response["WWW-Authenticate"] = refused.challenge
    return response


def xapi_view(view: Callable) -> Callable:
    """Authenticate (learning/xapi/auth.py: a launch token for our player, Basic for tools,
    session with CSRF for learners' own pages), require the version header, and pass
    `learner` and `client` to the view."""

    @csrf_exempt
    @opaque_origin_cors
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            caller = xapi_caller(request)
        except XAPIRefused as refused:
            return _refused(refused)
        learner, client = caller.learner, caller.client
        version = request.headers.get(VERSION_HEADER, "")
        if not version.startswith("1.0"):
            return _error(400, f"{VERSION_HEADER}: header is required and must be a 1.0.x version")
        if len(request.body) > MAX_BODY:
            return _error(413, f"body: must be at most {MAX_BODY} bytes")
        return _with_version(view(request, *args, learner=learner, client=client, **kwargs))

    return wrapped


def about(request: HttpRequest) -> HttpResponse:
    return _with_version(JsonResponse({"version": [VERSION]}))


def _parse_json(request: HttpRequest) -> tuple[object, JsonResponse | None]:
    try:
        return json.loads(request.body or b"null"), None
    except (ValueError, UnicodeDecodeError):
        return None, _error(400, "body: must be valid JSON")


def _statement_visible_to(learner: User | None, client: XAPIClient | None):
    rows = XAPIStatement.objects.all()
    if learner is not None:
        return rows.filter(learner=learner)
    return rows.filter(client=client)


@xapi_view
def statements(request: HttpRequest, *, learner, client) -> HttpResponse:
    if request.method == "GET":
        return _statements_get(request, learner=learner, client=client)
    if request.method not in ("POST", "PUT"):
        return _error(405, f"method: {request.method} is not allowed here")
    data, problem = _parse_json(request)
    if problem:
        return problem
    statement_id = request.GET.get("statementId")
    if request.method == "PUT":
        if not is_uuid(statement_id):
            return _error(400, "statementId: a PUT needs the statement's UUID as statementId")
        if not isinstance(data, dict):
            return _error(400, "body: a PUT holds exactly one statement")
    elif statement_id is not None:
        return _error(400, "statementId: only allowed with PUT")
    batch = isinstance(data, list)
    items = data if batch else [data]
    if batch and not items:
        return _error(400, "body: the list of statements is empty")
    try:
        ids = xapi_statements_record(
            statements=items,
            learner=learner,
            client=client,
            batch=batch,
            statement_id=statement_id,
        )
    except StatementRejected as rejected:
        return _error(400, *rejected.errors)
    except StatementConflict as conflict:
        return _error(409, str(conflict))
    if request.method == "PUT":
        return HttpResponse(status=204)
    return JsonResponse(ids, safe=False)


def _statements_get(request: HttpRequest, *, learner, client) -> HttpResponse:
    visible = _statement_visible_to(learner, client)
    statement_id = request.GET.get("statementId")
    if statement_id is not None:
        if not is_uuid(statement_id):
            return _error(400, "statementId: must be a UUID")
        row = visible.filter(statement_id=statement_id).first()
        if row is None:
            return _error(404, f"statementId: no statement {statement_id} you may see")
        return JsonResponse(row.data)
    rows = visible.order_by("-stored")[:100]
    return JsonResponse({"statements": [row.data for row in rows], "more": ""})


@xapi_view
def activity_state(request: HttpRequest, *, learner, client) -> HttpResponse:
    params = request.GET
    activity_id = params.get("activityId")
    if not is_iri(activity_id):
        return _error(400, "activityId: is required and must be an IRI")
    agent = None
    if learner is None:
        try:
            agent = json.loads(params.get("agent", ""))
        except ValueError:
            return _error(400, "agent: is required and must be a JSON Agent")
        if not isinstance(agent, dict):
            return _error(400, "agent: must be a JSON Agent")
    registration = params.get("registration", "")
    if registration and not is_uuid(registration):
        return _error(400, "registration: must be a UUID")
    state_id = params.get("stateId")
    documents = XAPIState.objects.filter(
        agent_key=state_agent_key(learner=learner, agent=agent),
        activity_id=activity_id,
        registration=registration,
    )
    if request.method == "GET":
        if state_id is None:
            return JsonResponse(list(documents.values_list("state_id", flat=True)), safe=False)
        document = documents.filter(state_id=state_id).first()
        if document is None:
            return _error(404, f"stateId: no state document '{state_id}'")
        return HttpResponse(bytes(document.content), content_type=document.content_type)
    if request.method == "DELETE":
        (documents.filter(state_id=state_id) if state_id else documents).delete()
        return HttpResponse(status=204)
    if request.method not in ("PUT", "POST"):
        return _error(405, f"method: {request.method} is not allowed here")
    if not state_id:
        return _error(400, "stateId: is required to save a state document")
    content_type = request.content_type or "application/octet-stream"
    merge = request.method == "POST"
    if merge:
        existing = documents.filter(state_id=state_id).first()
        incoming_json = content_type == "application/json"
        if existing is not None and (
            incoming_json != existing.content_type.startswith("application/json")
        ):
            return _error(400, "Content-Type: POST merges JSON only into a JSON document")
        if incoming_json:
            data, problem = _parse_json(request)
            if problem:
                return problem
            if not isinstance(data, dict):
                return _error(400, "body: POST merges a JSON object")
    xapi_state_save(
        agent_key=state_agent_key(learner=learner, agent=agent),
        activity_id=activity_id,
        state_id=state_id,
        registration=registration,
        content=request.body,
        content_type=content_type,
        merge=merge,
    )
    return HttpResponse(status=204)
