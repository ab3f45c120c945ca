"""The xAPI resources: statements, about, and activity state.

Learners authenticate with their session (CSRF checked, as for any form post); external
tools with HTTP Basic credentials issued in the admin. Every response carries
`X-Experience-API-Version`, and every request but /about must send it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.views.decorators.csrf import csrf_exempt

from learning.exceptions import StatementRejected
from learning.people.models import User
from learning.xapi.models import XAPIClient, XAPIStatement
from learning.xapi.selectors import state_documents
from learning.xapi.services import (
    VERSION,
    state_agent_key,
    xapi_state_delete,
    xapi_state_save,
    xapi_statements_record,
)
from learning.xapi.validation import (
    JSONRejected,
    StatementConflict,
    StatementNotStored,
    StateRejected,
    is_iri,
    is_uuid,
    parse_json,
    validate_agent,
)

logger = logging.getLogger(__name__)

VERSION_HEADER = "X-Experience-API-Version"
MAX_BODY = settings.XAPI_MAX_BODY_BYTES


def _error(status: int, *messages: str) -> JsonResponse:
    response = JsonResponse({"errors": list(messages)}, status=status)
    response[VERSION_HEADER] = VERSION
    return response


def _with_version(response: HttpResponse) -> HttpResponse:
    response[VERSION_HEADER] = VERSION
    return response


def _client_from_basic(request: HttpRequest) -> XAPIClient | None | bool:
    """The XAPIClient for a Basic Authorization header; False if it names no valid client;
    None if there is no Basic header at all."""
    header = request.headers.get("Authorization", "")
    if not header.lower().startswith("basic "):
        return None
    try:
        key, _, secret = base64.b64decode(header[6:]).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return False
    client = XAPIClient.objects.filter(key=key, is_active=True).first()
    if client is None:
        return False
    # The password hasher is deliberately slow; a tool posts many statements, so a
    # successful check is remembered for a few minutes. The cache key covers the stored
    # hash, so a new secret (or a deactivated client) is never served from the cache.
    remembered = (
        "xapi-basic:" + hashlib.sha256(f"{key}:{secret}:{client.secret_hash}".encode()).hexdigest()
    )
    if cache.get(remembered):
        return client
    if not client.check_secret(secret):
        return False
    cache.set(remembered, True, timeout=300)
    return client


def _body_limit() -> int:
    # Beyond Django's own limit, reading the body would be refused with a bare 400.
    django_limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    limit = settings.XAPI_MAX_BODY_BYTES
    return limit if django_limit is None else min(limit, django_limit)


def xapi_resource(*methods: str) -> Callable:
    """Refuse other methods with a 405 naming the allowed ones in `Allow`, and a body over
    XAPI_MAX_BODY_BYTES with a 413, judged from Content-Length before the body is read or
    anyone authenticated."""
    allowed = ", ".join(sorted(methods))

    def decorator(view: Callable) -> Callable:
        @csrf_exempt
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method not in methods:
                response = _error(405, f"method: {request.method} is not allowed; use {allowed}")
                response["Allow"] = allowed
                return response
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            limit = _body_limit()
            if length > limit:
                return _error(413, f"body: must be at most {limit} bytes")
            try:
                # Read now: the session CSRF check may parse a form out of the stream, and
                # the body could not be read after that.
                request.body  # noqa: B018
            except RequestDataTooBig:
                return _error(413, f"body: must be at most {limit} bytes")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def xapi_view(view: Callable) -> Callable:
    """Authenticate (Basic for tools, session with CSRF for learners), require the version
    header, and pass `learner` and `client` to the view."""

    @csrf_exempt
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        client = _client_from_basic(request)
        learner: User | None = None
        if client is False:
            response = _error(401, "Authorization: the key or secret is wrong")
            response["WWW-Authenticate"] = 'Basic realm="xAPI"'
            return response
        if client is None:
            if not request.user.is_authenticated:
                response = _error(401, "Authorization: sign in, or send HTTP Basic credentials")
                response["WWW-Authenticate"] = 'Basic realm="xAPI"'
                return response
            learner = request.user
            if request.method not in ("GET", "HEAD", "OPTIONS"):
                # Session-authenticated writes get Django's CSRF check, as forms do.
                refused = CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {})
                if refused is not None:
                    return _error(403, "X-CSRFToken: the CSRF token is missing or wrong")
        version = request.headers.get(VERSION_HEADER, "")
        if not version.startswith("1.0"):
            return _error(400, f"{VERSION_HEADER}: header is required and must be a 1.0.x version")
        if len(request.body) > MAX_BODY:
            return _error(413, f"body: must be at most {MAX_BODY} bytes")
        return _with_version(view(request, *args, learner=learner, client=client, **kwargs))

    return wrapped


@xapi_resource("GET", "HEAD")
def about(request: HttpRequest) -> HttpResponse:
    return _with_version(JsonResponse({"version": [VERSION]}))


@csrf_exempt
def not_found(request: HttpRequest) -> HttpResponse:
    """Any other path under /xapi: a JSON 404, whatever the method. Routing these here
    keeps CommonMiddleware's APPEND_SLASH from redirecting them (which loses a POST's body)
    or, with DEBUG, raising a RuntimeError."""
    return _error(
        404,
        f"path: {request.path} is not an xAPI resource; this endpoint serves /xapi/about, "
        "/xapi/statements and /xapi/activities/state",
    )


def _statement_visible_to(learner: User | None, client: XAPIClient | None):
    rows = XAPIStatement.objects.all()
    if learner is not None:
        return rows.filter(learner=learner)
    return rows.filter(client=client)


@xapi_resource("GET", "HEAD", "POST", "PUT")
@xapi_view
def statements(request: HttpRequest, *, learner, client) -> HttpResponse:
    if request.method in ("GET", "HEAD"):
        return _statements_get(request, learner=learner, client=client)
    try:
        data = parse_json(
            request.body,
            max_depth=settings.XAPI_MAX_JSON_DEPTH,
            where="statement",
            where_list="statements",
        )
    except JSONRejected as rejected:
        return _error(400, *rejected.errors)
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
    limit = settings.XAPI_MAX_STATEMENTS_PER_REQUEST
    if len(items) > limit:
        return _error(
            413,
            f"body: at most {limit} statements may be sent in one request; "
            f"this one holds {len(items)}",
        )
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
    except StatementNotStored:
        logger.exception("xAPI statements were not stored")
        return _error(500, "statements: could not be stored, so none was; try again later")
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


@xapi_resource("DELETE", "GET", "HEAD", "POST", "PUT")
@xapi_view
def activity_state(request: HttpRequest, *, learner, client) -> HttpResponse:
    params = request.GET
    activity_id = params.get("activityId")
    if not is_iri(activity_id):
        return _error(400, "activityId: is required and must be an IRI")
    if len(activity_id) > 2048:
        return _error(400, "activityId: must be at most 2048 characters")
    agent = None
    if learner is None:
        try:
            agent = parse_json(
                params.get("agent", ""), max_depth=settings.XAPI_MAX_JSON_DEPTH, where="agent"
            )
        except JSONRejected:
            return _error(400, "agent: is required and must be a JSON Agent")
        problems = validate_agent(agent, "agent")
        if problems:
            return _error(400, *problems)
    registration = params.get("registration", "")
    if registration and not is_uuid(registration):
        return _error(400, "registration: must be a UUID")
    state_id = params.get("stateId")
    if state_id is not None and len(state_id) > 255:
        return _error(400, "stateId: must be at most 255 characters")
    # Whose documents these are: the learner's, or this client's for the agent it names.
    owner = {
        "learner": learner,
        "client": client,
        "agent_key": state_agent_key(learner=learner, agent=agent),
    }
    if request.method in ("GET", "HEAD"):
        documents = state_documents(**owner, activity_id=activity_id, registration=registration)
        if state_id is None:
            return JsonResponse(list(documents.values_list("state_id", flat=True)), safe=False)
        document = documents.filter(state_id=state_id).first()
        if document is None:
            return _error(404, f"stateId: no state document '{state_id}'")
        return HttpResponse(bytes(document.content), content_type=document.content_type)
    if request.method == "DELETE":
        deleted = xapi_state_delete(
            **owner, activity_id=activity_id, registration=registration, state_id=state_id or None
        )
        if state_id and not deleted:
            return _error(404, f"stateId: no state document '{state_id}'")
        return HttpResponse(status=204)
    if not state_id:
        return _error(400, "stateId: is required to save a state document")
    try:
        xapi_state_save(
            **owner,
            activity_id=activity_id,
            state_id=state_id,
            registration=registration,
            content=request.body,
            content_type=request.content_type or "application/octet-stream",
            merge=request.method == "POST",
        )
    except (JSONRejected, StateRejected) as rejected:
        return _error(400, *rejected.errors)
    return HttpResponse(status=204)
