"""The xAPI resources: statements, about, and activity state.

Our H5P player authenticates with its launch token, tools with HTTP Basic credentials
issued in the admin, learners' own pages with their session (CSRF checked, as for any
form post): learning/xapi/auth.py. Every response carries
`X-Experience-API-Version`, and every request but /about must send it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.utils import timezone
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt

from learning.exceptions import StatementRejected
from learning.people.models import User
from learning.xapi.attachments import AttachmentsRejected, multipart_body, parse_multipart
from learning.xapi.auth import XAPIRefused, is_player_preflight, opaque_origin_cors, xapi_caller
from learning.xapi.formats import statement_formatted
from learning.xapi.models import XAPIClient, XAPIStatement
from learning.xapi.selectors import (
    activity_merged,
    document_etag,
    person_for,
    profile_documents,
    state_documents,
    statements_page,
    stored_attachments,
)
from learning.xapi.services import (
    VERSION,
    state_agent_key,
    xapi_profile_delete,
    xapi_profile_save,
    xapi_state_delete,
    xapi_state_save,
    xapi_statements_record,
)
from learning.xapi.validation import (
    DocumentPrecondition,
    JSONRejected,
    StatementConflict,
    StatementNotStored,
    StateRejected,
    agent_key,
    check_precondition,
    is_iri,
    is_uuid,
    parse_json,
    parse_timestamp,
    validate_agent,
    validate_agent_or_group,
)

logger = logging.getLogger(__name__)

VERSION_HEADER = "X-Experience-API-Version"
CONSISTENT_HEADER = "X-Experience-API-Consistent-Through"
MAX_BODY = settings.XAPI_MAX_BODY_BYTES


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


def _body_limit() -> int:
    # Beyond Django's own limit, reading the body would be refused with a bare 400.
    django_limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    limit = settings.XAPI_MAX_BODY_BYTES
    return limit if django_limit is None else min(limit, django_limit)


# Form fields of the alternate request syntax that are headers (Communication 1.3).
ALTERNATE_HEADERS = {
    "Authorization": "HTTP_AUTHORIZATION",
    "X-Experience-API-Version": "HTTP_X_EXPERIENCE_API_VERSION",
    "Content-Type": "CONTENT_TYPE",
    "Content-Length": "CONTENT_LENGTH",
    "If-Match": "HTTP_IF_MATCH",
    "If-None-Match": "HTTP_IF_NONE_MATCH",
    "Accept-Language": "HTTP_ACCEPT_LANGUAGE",
}
ALTERNATE_METHODS = {"GET", "HEAD", "PUT", "POST", "DELETE"}


def _alternate_syntax(request: HttpRequest) -> str | None:
    """Turn a request in the alternate syntax (POST ?method=X with headers, parameters
    and `content` in a form body) into the request it stands for; or say why not."""
    method = request.GET["method"]
    if method not in ALTERNATE_METHODS:
        return "method: must be GET, HEAD, PUT, POST or DELETE"
    if set(request.GET) != {"method"}:
        return "method: no other query parameter is allowed with the alternate syntax"
    if request.content_type != "application/x-www-form-urlencoded":
        return "Content-Type: the alternate syntax sends application/x-www-form-urlencoded"
    try:
        form = QueryDict(request.body, encoding="utf-8")
    except (UnicodeDecodeError, ValueError):
        return "body: must be a form, application/x-www-form-urlencoded"
    params = QueryDict(mutable=True)
    for name, values in form.lists():
        if name in ALTERNATE_HEADERS:
            request.META[ALTERNATE_HEADERS[name]] = values[-1]
        elif name != "content":
            params.setlist(name, values)
    content = form.get("content", "").encode()
    request.META["CONTENT_LENGTH"] = str(len(content))
    request.META.setdefault("CONTENT_TYPE", "application/json")
    if request.META["CONTENT_TYPE"] == "application/x-www-form-urlencoded":
        request.META["CONTENT_TYPE"] = "application/json"
    request.method = method
    request.GET = params
    request._body = content
    request.__dict__.pop("headers", None)
    request._set_content_type_params(request.META)
    return None


def xapi_resource(*methods: str) -> Callable:
    """Refuse other methods with a 405 naming the allowed ones in `Allow`, and a body over
    XAPI_MAX_BODY_BYTES with a 413, judged from Content-Length before the body is read or
    anyone authenticated."""
    allowed = ", ".join(sorted(methods))

    def decorator(view: Callable) -> Callable:
        @csrf_exempt
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method == "POST" and "method" in request.GET:
                problem = _alternate_syntax(request)
                if problem:
                    return _error(400, problem)
            if request.method == "OPTIONS" and is_player_preflight(request):
                return view(request, *args, **kwargs)  # answered by opaque_origin_cors
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

        @wraps(view)
        def stamped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            # Every response says which version answered, refusals and preflights too
            # (Communication 3.3).
            return _with_version(wrapped(request, *args, **kwargs))

        return stamped

    return decorator


def version_problem(version: str | None) -> str | None:
    """Why a request's X-Experience-API-Version is refused, or None. Communication 3.3:
    `1.0` counts as 1.0.0 and anything starting `1.0.` is accepted; a missing header, a
    version before 1.0.0 (0.9, 0.95) or 1.1.0 and later is a 400."""
    if version is None:
        return f"{VERSION_HEADER}: header is required; send {VERSION}"
    if version == "1.0" or version.startswith("1.0."):
        return None
    return (
        f"{VERSION_HEADER}: version {version!r} is not supported; this LRS speaks 1.0.x ({VERSION})"
    )


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
        problem = version_problem(request.headers.get(VERSION_HEADER))
        if problem:
            return _error(400, problem)
        if len(request.body) > MAX_BODY:
            return _error(413, f"body: must be at most {MAX_BODY} bytes")
        return _with_version(view(request, *args, learner=learner, client=client, **kwargs))

    return wrapped


@xapi_resource("GET", "HEAD")
def about(request: HttpRequest) -> HttpResponse:
    # The full About shape (Communication 2.8): the versions served, and extensions.
    return _with_version(JsonResponse({"version": [VERSION], "extensions": {}}))


@csrf_exempt
def not_found(request: HttpRequest) -> HttpResponse:
    """Any other path under /xapi: a JSON 404, whatever the method. Routing these here
    keeps CommonMiddleware's APPEND_SLASH from redirecting them (which loses a POST's body)
    or, with DEBUG, raising a RuntimeError."""
    return _error(
        404,
        f"path: {request.path} is not an xAPI resource; this endpoint serves /xapi/about, "
        "/xapi/statements, /xapi/activities, /xapi/activities/state, "
        "/xapi/activities/profile, /xapi/agents and /xapi/agents/profile",
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
    if request.content_type not in ("application/json", "multipart/mixed"):
        # Communication 2.1.1/2.1.2: statements are sent as JSON, or as multipart/mixed
        # with attachments; anything else is a bad request, not a guess.
        return _error(
            400,
            f"Content-Type: statements are sent as application/json (or multipart/mixed "
            f"with attachments), not {request.content_type or 'nothing'}",
        )
    body, parts = request.body, {}
    try:
        if request.content_type == "multipart/mixed":
            body, parts = parse_multipart(request.META.get("CONTENT_TYPE", ""), body)
        data = parse_json(
            body,
            max_depth=settings.XAPI_MAX_JSON_DEPTH,
            where="statement",
            where_list="statements",
        )
    except JSONRejected as rejected:
        return _error(400, *rejected.errors)
    except AttachmentsRejected as rejected:
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
            attachments=parts,
            json_checked=True,
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


STATEMENT_PARAMS = {
    "statementId",
    "voidedStatementId",
    "agent",
    "verb",
    "activity",
    "registration",
    "related_activities",
    "related_agents",
    "since",
    "until",
    "limit",
    "format",
    "attachments",
    "ascending",
    "cursor",
}
# With statementId or voidedStatementId, only these may also be sent (Communication 2.1.3).
SINGLE_PARAMS = {"statementId", "voidedStatementId", "format", "attachments"}
PAGE_LIMIT = 100


def _consistent(response: HttpResponse) -> HttpResponse:
    """Every statement stored before now is visible to the next query: rows are
    committed before their ids are returned."""
    response[CONSISTENT_HEADER] = timezone.now().isoformat()
    return response


def _boolean(params, name: str) -> bool:
    value = params.get(name, "false")
    if value not in ("true", "false"):
        raise ValueError(f"{name}: must be true or false")
    return value == "true"


def _statements_get(request: HttpRequest, *, learner, client) -> HttpResponse:
    return _consistent(_statements_query(request, learner=learner, client=client))


def _statements_query(request: HttpRequest, *, learner, client) -> HttpResponse:
    params = request.GET
    unknown = sorted(set(params) - STATEMENT_PARAMS)
    if unknown:
        return _error(400, *(f"{name}: is not a parameter of GET /statements" for name in unknown))
    try:
        related_agents = _boolean(params, "related_agents")
        related_activities = _boolean(params, "related_activities")
        ascending = _boolean(params, "ascending")
        attachments = _boolean(params, "attachments")
    except ValueError as problem:
        return _error(400, str(problem))
    fmt = params.get("format", "exact")
    if fmt not in ("ids", "exact", "canonical"):
        return _error(400, "format: must be ids, exact or canonical")
    language = request.headers.get("Accept-Language", "")
    visible = _statement_visible_to(learner, client)
    single = [name for name in ("statementId", "voidedStatementId") if name in params]
    if single:
        if len(single) > 1 or set(params) - SINGLE_PARAMS:
            return _error(
                400,
                f"{single[0]}: only format and attachments may be sent with it",
            )
        name = single[0]
        statement_id = params[name]
        if not is_uuid(statement_id):
            return _error(400, f"{name}: must be a UUID")
        row = visible.filter(statement_id=statement_id, voided=name == "voidedStatementId").first()
        if row is None:
            return _error(404, f"{name}: no statement {statement_id} you may see")
        return _last_modified(
            _statements_response(
                row.data, fmt=fmt, language=language, attachments=attachments, single=True
            ),
            [row],
        )
    filters: dict = {}
    if "agent" in params:
        try:
            agent = parse_json(params["agent"], max_depth=settings.XAPI_MAX_JSON_DEPTH)
        except JSONRejected:
            return _error(400, "agent: must be a JSON Agent or Group")
        problems = validate_agent_or_group(agent, "agent")
        if problems:
            return _error(400, *problems)
        filters["agent"] = agent_key(agent)
    for name in ("verb", "activity"):
        if name in params:
            if not is_iri(params[name]):
                return _error(400, f"{name}: must be an IRI")
            filters[name] = params[name]
    if "registration" in params:
        if not is_uuid(params["registration"]):
            return _error(400, "registration: must be a UUID")
        filters["registration"] = params["registration"].lower()
    for name in ("since", "until"):
        if name in params:
            moment = parse_timestamp(params[name])
            if moment is None:
                return _error(400, f"{name}: must be an ISO 8601 date and time")
            if timezone.is_naive(moment):
                moment = timezone.make_aware(moment, timezone.UTC)
            filters[name] = moment
    try:
        limit = int(params.get("limit", "0"))
        after = int(params["cursor"]) if "cursor" in params else None
    except ValueError:
        return _error(400, "limit: must be a whole number (0 for the server's page size)")
    if limit < 0:
        return _error(400, "limit: must not be negative")
    limit = PAGE_LIMIT if limit == 0 else min(limit, PAGE_LIMIT)
    page, more = statements_page(
        visible,
        **filters,
        related_agents=related_agents,
        related_activities=related_activities,
        ascending=ascending,
        after=after,
        limit=limit,
    )
    more_iri = ""
    if more:
        query = params.copy()
        query["cursor"] = str(page[-1].pk)
        more_iri = f"{request.path}?{query.urlencode()}"
    return _last_modified(
        _statements_response(
            {"statements": [row.data for row in page], "more": more_iri},
            fmt=fmt,
            language=language,
            attachments=attachments,
            single=False,
        ),
        page,
    )


def _last_modified(response: HttpResponse, rows) -> HttpResponse:
    """Communication 2.1.3: Last-Modified is the most recent `stored` of the statements
    returned (none when none is)."""
    if rows:
        response["Last-Modified"] = http_date(max(row.stored for row in rows).timestamp())
    return response


def _statements_response(
    data: dict, *, fmt: str, language: str, attachments: bool, single: bool
) -> HttpResponse:
    if single:
        data = statement_formatted(data, fmt=fmt, language=language)
    else:
        data = {
            **data,
            "statements": [
                statement_formatted(item, fmt=fmt, language=language) for item in data["statements"]
            ],
        }
    if not attachments:
        return JsonResponse(data)
    statements = [data] if single else data["statements"]
    body, content_type = multipart_body(data, stored_attachments(statements))
    return HttpResponse(body, content_type=content_type)


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
    documents = state_documents(**owner, activity_id=activity_id, registration=registration)
    if request.method in ("GET", "HEAD"):
        if state_id is None:
            # The ids in this context: Activity + Agent [+ registration if specified]
            # (Communication 2.3, Multiple Document GET).
            return _document_ids(
                params,
                state_documents(
                    **owner, activity_id=activity_id, registration=registration or None
                ),
                "state_id",
            )
        document = documents.filter(state_id=state_id).first()
        if document is None:
            return _error(404, f"stateId: no state document '{state_id}'")
        return _document_response(document)
    if state_id:
        current = documents.filter(state_id=state_id).first()
        try:
            check_precondition(
                document_etag(current.content) if current else None,
                if_match=request.headers.get("If-Match"),
                if_none_match=request.headers.get("If-None-Match"),
                need_header=False,
            )
        except DocumentPrecondition as refused:
            return _error(refused.status, refused.message)
    if request.method == "DELETE":
        # Without stateId: every document of the Activity + Agent [+ registration if
        # specified] (Communication 2.3, Multiple Document DELETE).
        deleted = xapi_state_delete(
            **owner,
            activity_id=activity_id,
            registration=registration if state_id else registration or None,
            state_id=state_id or None,
        )
        if state_id and not deleted:
            return _error(404, f"stateId: no state document '{state_id}'")
        return HttpResponse(status=204)
    if not state_id:
        return _error(400, "stateId: is required to save a state document")
    content_type = _sent_content_type(request)
    if isinstance(content_type, HttpResponse):
        return content_type
    try:
        xapi_state_save(
            **owner,
            activity_id=activity_id,
            state_id=state_id,
            registration=registration,
            content=request.body,
            content_type=content_type,
            merge=request.method == "POST",
        )
    except (JSONRejected, StateRejected) as rejected:
        return _error(400, *rejected.errors)
    return HttpResponse(status=204)


def _document_ids(params, documents, id_field: str) -> HttpResponse:
    """The ids of the documents updated after `since` (exclusive) when given, with
    Last-Modified the latest change among them (Communication 2.2, 2.3, 2.6, 2.7)."""
    since = _since(params)
    if isinstance(since, HttpResponse):
        return since
    if since is not None:
        documents = documents.filter(updated__gt=since)
    rows = list(documents.order_by(id_field).values_list(id_field, "updated"))
    response = JsonResponse([row[0] for row in rows], safe=False)
    if rows:
        response["Last-Modified"] = http_date(max(row[1] for row in rows).timestamp())
    return response


def _since(params) -> object:
    """The `since` parameter of a document list, validated: a datetime, None, or a 400."""
    if "since" not in params:
        return None
    moment = parse_timestamp(params["since"])
    if moment is None:
        return _error(400, "since: must be an ISO 8601 date and time")
    return timezone.make_aware(moment, timezone.UTC) if timezone.is_naive(moment) else moment


def _sent_content_type(request: HttpRequest) -> str | HttpResponse:
    """A document is kept with its Content-Type exactly as sent, parameters and all, and
    returned with it (Communication 1.5: documents can have any content type)."""
    content_type = request.META.get("CONTENT_TYPE", "").strip() or "application/octet-stream"
    if len(content_type) > 255:
        return _error(400, "Content-Type: must be at most 255 characters")
    return content_type


def _document_response(document) -> HttpResponse:
    response = HttpResponse(bytes(document.content), content_type=document.content_type)
    response["ETag"] = document_etag(document.content)
    response["Last-Modified"] = http_date(document.updated.timestamp())
    return response


def _agent_param(params, name: str = "agent") -> dict | HttpResponse:
    try:
        agent = parse_json(params.get(name, ""), max_depth=settings.XAPI_MAX_JSON_DEPTH)
    except JSONRejected:
        return _error(400, f"{name}: is required and must be a JSON Agent")
    problems = validate_agent(agent, name)
    return _error(400, *problems) if problems else agent


@xapi_resource("GET", "HEAD")
@xapi_view
def agents(request: HttpRequest, *, learner, client) -> HttpResponse:
    """The Person object: every name and identifier the caller's statements give the agent."""
    agent = _agent_param(request.GET)
    if isinstance(agent, HttpResponse):
        return agent
    return JsonResponse(person_for(_statement_visible_to(learner, client), agent))


@xapi_resource("GET", "HEAD")
@xapi_view
def activities(request: HttpRequest, *, learner, client) -> HttpResponse:
    """The Activity with its definition merged from the caller's statements."""
    activity_id = request.GET.get("activityId")
    if not is_iri(activity_id):
        return _error(400, "activityId: is required and must be an IRI")
    return JsonResponse(activity_merged(_statement_visible_to(learner, client), activity_id))


def _profile(request: HttpRequest, *, learner, client, kind: str, subject: str) -> HttpResponse:
    params = request.GET
    profile_id = params.get("profileId")
    if profile_id is not None and len(profile_id) > 255:
        return _error(400, "profileId: must be at most 255 characters")
    documents = profile_documents(learner=learner, client=client, kind=kind, subject=subject)
    headers = {
        "if_match": request.headers.get("If-Match"),
        "if_none_match": request.headers.get("If-None-Match"),
    }
    if request.method in ("GET", "HEAD"):
        if profile_id is None:
            return _document_ids(params, documents, "profile_id")
        document = documents.filter(profile_id=profile_id).first()
        if document is None:
            return _error(404, f"profileId: no profile document '{profile_id}'")
        return _document_response(document)
    if not profile_id:
        return _error(400, "profileId: is required to change a profile document")
    if "since" in params:
        return _error(400, "since: only allowed when listing profile documents")
    content_type = _sent_content_type(request) if request.method != "DELETE" else ""
    if isinstance(content_type, HttpResponse):
        return content_type
    try:
        if request.method == "DELETE":
            if not xapi_profile_delete(
                learner=learner,
                client=client,
                kind=kind,
                subject=subject,
                profile_id=profile_id,
                **headers,
            ):
                return _error(404, f"profileId: no profile document '{profile_id}'")
            return HttpResponse(status=204)
        xapi_profile_save(
            learner=learner,
            client=client,
            kind=kind,
            subject=subject,
            profile_id=profile_id,
            content=request.body,
            content_type=content_type,
            merge=request.method == "POST",
            **headers,
        )
    except DocumentPrecondition as refused:
        return _error(refused.status, refused.message)
    except (JSONRejected, StateRejected) as rejected:
        return _error(400, *rejected.errors)
    return HttpResponse(status=204)


@xapi_resource("DELETE", "GET", "HEAD", "POST", "PUT")
@xapi_view
def agent_profile(request: HttpRequest, *, learner, client) -> HttpResponse:
    """Agent Profile documents (Communication 2.7), the caller's own."""
    agent = _agent_param(request.GET)
    if isinstance(agent, HttpResponse):
        return agent
    subject = state_agent_key(learner=learner, agent=agent)
    return _profile(request, learner=learner, client=client, kind="agent", subject=subject)


@xapi_resource("DELETE", "GET", "HEAD", "POST", "PUT")
@xapi_view
def activity_profile(request: HttpRequest, *, learner, client) -> HttpResponse:
    """Activity Profile documents (Communication 2.5), the caller's own."""
    activity_id = request.GET.get("activityId")
    if not is_iri(activity_id) or len(activity_id) > 2048:
        return _error(400, "activityId: is required and must be an IRI")
    return _profile(request, learner=learner, client=client, kind="activity", subject=activity_id)
