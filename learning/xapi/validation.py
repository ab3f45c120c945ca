"""Statement validation following xAPI 1.0.3 (IEEE 9274.1.1), Data part, section 2.

Each problem is reported as `<field>: <rule>` (for example
`statements[1].result.score.scaled: must be between -1 and 1`), so a tool author can fix
it without reading our code. https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md
"""

from __future__ import annotations

import json
import math
import re
import sys
import uuid
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urlparse

from django.conf import settings

from learning.exceptions import LearningRejected

STATEMENT_KEYS = {
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
}
# ISO 8601 durations: weeks stand alone (P4W); they never combine with other parts (P4W1D).
DURATION = re.compile(
    r"^P(?!$)(?:\d+(?:\.\d+)?W|(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?D)?"
    r"(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?)$"
)
# RFC 5646 language tags (the well-formed shape; the registry itself is not consulted).
LANGUAGE_TAG = re.compile(
    r"^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"
    r"(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?"
    r"(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*"
    r"(?:-[A-WY-Za-wy-z\d](?:-[A-Za-z\d]{2,8})+)*(?:-[Xx](?:-[A-Za-z\d]{1,8})+)?$"
    r"|^[Xx](?:-[A-Za-z\d]{1,8})+$"
    r"|^(?:en-GB-oed|i-[a-z]+|sgn-[A-Z]{2}-[A-Z]{2,3})$"
)
SHA1_HEX = re.compile(r"^[0-9a-fA-F]{40}$")
INTERACTION_TYPES = {
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
}
# Which component lists each interaction type may carry (xAPI Data 2.4.4.1.1).
INTERACTION_COMPONENTS = {
    "choice": {"choices"},
    "sequencing": {"choices"},
    "likert": {"scale"},
    "matching": {"source", "target"},
    "performance": {"steps"},
}
ALL_COMPONENT_LISTS = {"choices", "scale", "source", "target", "steps"}
CONTEXT_KEYS = {
    "registration",
    "instructor",
    "team",
    "contextActivities",
    "revision",
    "platform",
    "language",
    "statement",
    "extensions",
}
CONTEXT_ACTIVITY_KINDS = {"parent", "grouping", "category", "other"}
ATTACHMENT_KEYS = {
    "usageType",
    "display",
    "description",
    "contentType",
    "length",
    "sha2",
    "fileUrl",
}


class StatementConflict(Exception):
    """A statement id already stored with different content (xAPI: 409 Conflict)."""


class StatementNotStored(Exception):
    """The database refused statements for a reason other than an id already stored (xAPI:
    500). Nothing was stored; the cause is chained."""


class JSONRejected(LearningRejected):
    """A body or parameter that is not strict JSON, or nests too deeply (400)."""


class RequestTooLarge(LearningRejected):
    """A request over the size or statement-count limit (413)."""


class StateRejected(LearningRejected):
    """A state document write that cannot be done as asked (400)."""


# --- Strict JSON -----------------------------------------------------------------------
# Python's json module accepts NaN, Infinity and -Infinity (not JSON, and refused by the
# database's JSON type), keeps the last of duplicate keys silently, and recurses once per
# level of nesting. Parsing marks what it cannot accept instead of failing on the first
# one, so a single walk afterwards names every field at fault and the rule it broke.
# RFC 8259 sections 4 and 6: https://www.rfc-editor.org/rfc/rfc8259


class _NotFinite(str):
    """Stands in for a number JSON cannot hold (NaN, Infinity, or one that overflows)."""


class _RepeatedKeys(dict):
    """An object in which a key appeared more than once; `repeated` names those keys."""

    repeated: list[str]


def _constant(text: str) -> _NotFinite:
    return _NotFinite(text)


def _float(text: str) -> float | _NotFinite:
    number = float(text)
    return number if math.isfinite(number) else _NotFinite(text)


def _json_object(pairs: list[tuple[str, object]]) -> dict:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    seen: set[str] = set()
    marked = _RepeatedKeys(obj)
    marked.repeated = []
    for key, _value in pairs:
        if key in seen and key not in marked.repeated:
            marked.repeated.append(key)
        seen.add(key)
    return marked


_UNSTORABLE_TEXT = re.compile("[\x00\ud800-\udfff]")


def json_problems(value: object, where: str, *, max_depth: int) -> Iterator[str]:
    """Every part of a parsed JSON value the database cannot store faithfully, each as
    `<field>: <rule>`: numbers that are not finite, keys given twice, NUL characters and
    unpaired surrogates (PostgreSQL's jsonb refuses both), and nesting beyond max_depth.
    The walk uses its own stack, so no depth of nesting makes it recurse."""
    stack: list[tuple[object, str, int]] = [(value, where, 1)]
    while stack:
        item, path, depth = stack.pop()
        if isinstance(item, _NotFinite) or (isinstance(item, float) and not math.isfinite(item)):
            yield f"{path}: {item} is not allowed; numbers must be finite"
        elif (
            isinstance(item, int) and not isinstance(item, bool) and abs(item) > sys.float_info.max
        ):
            yield f"{path}: is too large; numbers must be finite"
        elif isinstance(item, str):
            if _UNSTORABLE_TEXT.search(item):
                yield (
                    f"{path}: must be Unicode text without NUL characters or unpaired surrogates"
                )
        elif isinstance(item, dict | list):
            if depth > max_depth:
                yield (
                    f"{where}: arrays and objects are nested too deeply; at most {max_depth} "
                    "levels are allowed"
                )
                return
            children: list[tuple[str, object]]
            if isinstance(item, dict):
                for key in getattr(item, "repeated", ()):
                    yield (
                        f"{path}.{key}: appears more than once in one object; "
                        "each key may appear once"
                    )
                for key in item:
                    if _UNSTORABLE_TEXT.search(key):
                        yield (
                            f"{path}.{key!r}: a key must be Unicode text without NUL "
                            "characters or unpaired surrogates"
                        )
                children = [(f"{path}.{key}", child) for key, child in item.items()]
            else:
                children = [(f"{path}[{index}]", child) for index, child in enumerate(item)]
            # Reversed onto the stack, so problems are reported in document order.
            stack.extend((child, child_path, depth + 1) for child_path, child in reversed(children))


def parse_json(
    raw: bytes | str, *, max_depth: int, where: str = "body", where_list: str | None = None
) -> object:
    """Parse strict JSON (RFC 8259) or raise JSONRejected naming each field and rule.

    `where` names the value in messages; `where_list` names it instead when it is an array
    (the statements resource calls a single statement `statement`, a batch `statements`).
    """
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as error:
        raise JSONRejected(f"body: must be JSON encoded as UTF-8 ({error.reason})") from error
    try:
        value = json.loads(
            text, parse_constant=_constant, parse_float=_float, object_pairs_hook=_json_object
        )
    except RecursionError as error:
        name = where_list if where_list and text.lstrip().startswith("[") else where
        raise JSONRejected(
            f"{name}: arrays and objects are nested too deeply; at most {max_depth} levels "
            "are allowed"
        ) from error
    except ValueError as error:
        raise JSONRejected(f"body: must be valid JSON ({error})") from error
    name = where_list if where_list and isinstance(value, list) else where
    problems = list(json_problems(value, name, max_depth=max_depth))
    if problems:
        raise JSONRejected(errors=problems[:20])
    return value


_SPACE = re.compile(r"\s")


def is_iri(value: object) -> bool:
    if not isinstance(value, str) or not value or _SPACE.search(value):
        return False
    parsed = urlparse(value)
    return bool(parsed.scheme) and bool(parsed.netloc or parsed.path)


def is_uuid(value: object) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return isinstance(value, str)


_NEGATIVE_ZERO = re.compile(r"-00(?::?00)?$")


def parse_timestamp(value: object) -> datetime | None:
    """An ISO 8601 date and time; without a zone it is read as UTC, as the spec allows.
    A "negative zero" offset (-00:00, -0000, -00) is refused (xAPI Data 4.5)."""
    if not isinstance(value, str) or "T" not in value or _NEGATIVE_ZERO.search(value):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_finite_number(value: object) -> bool:
    # NaN compares false with everything, so it fails this test too.
    return _is_number(value) and abs(value) <= sys.float_info.max


def _agent(value: object, where: str, errors: list[str], *, group_allowed: bool = True) -> None:
    if not isinstance(value, dict):
        errors.append(f"{where}: must be an object (an Agent or Group)")
        return
    kind = value.get("objectType", "Agent")
    if kind not in ("Agent", "Group") or (kind == "Group" and not group_allowed):
        errors.append(f"{where}.objectType: must be 'Agent' or 'Group'")
        return
    ifis = [key for key in ("mbox", "mbox_sha1sum", "openid", "account") if key in value]
    if kind == "Agent" and len(ifis) != 1:
        errors.append(
            f"{where}: an Agent needs exactly one of mbox, mbox_sha1sum, openid or account"
        )
    if len(ifis) > 1:
        errors.append(f"{where}: only one of mbox, mbox_sha1sum, openid or account is allowed")
    if "name" in value and not isinstance(value["name"], str):
        errors.append(f"{where}.name: must be a string")
    if "mbox" in value and not (
        isinstance(value["mbox"], str)
        and value["mbox"].startswith("mailto:")
        and "@" in value["mbox"]
        and is_iri(value["mbox"])
    ):
        errors.append(f"{where}.mbox: must be a 'mailto:' IRI")
    if "mbox_sha1sum" in value and not (
        isinstance(value["mbox_sha1sum"], str) and SHA1_HEX.match(value["mbox_sha1sum"])
    ):
        errors.append(f"{where}.mbox_sha1sum: must be the SHA-1 of a mailto IRI, in hex")
    if "openid" in value and not is_iri(value["openid"]):
        errors.append(f"{where}.openid: must be an IRI")
    if "account" in value:
        account = value["account"]
        if not isinstance(account, dict):
            errors.append(f"{where}.account: must be an object with homePage and name")
        else:
            if not is_iri(account.get("homePage")):
                errors.append(f"{where}.account.homePage: must be an IRI")
            if not isinstance(account.get("name"), str) or not account.get("name"):
                errors.append(f"{where}.account.name: is required")
    if kind == "Group":
        members = value.get("member", [])
        if not isinstance(members, list) or (not ifis and not members):
            errors.append(f"{where}.member: an anonymous Group must list its members")
        else:
            for index, member in enumerate(members):
                _agent(member, f"{where}.member[{index}]", errors, group_allowed=False)


def validate_agent(value: object, where: str = "agent") -> list[str]:
    """Every problem with an Agent (the State resource's `agent` parameter)."""
    errors: list[str] = []
    _agent(value, where, errors, group_allowed=False)
    return errors


def validate_agent_or_group(value: object, where: str = "agent") -> list[str]:
    """Every problem with an Agent or identified Group (the statements `agent` filter)."""
    errors: list[str] = []
    _agent(value, where, errors)
    return errors


def _language_map(value: object, where: str, errors: list[str]) -> None:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        errors.append(f"{where}: must be a language map (language tag to text)")
        return
    for tag in value:
        if not LANGUAGE_TAG.match(tag):
            errors.append(f"{where}.{tag}: must be an RFC 5646 language tag")


def _extensions(value: object, where: str, errors: list[str]) -> None:
    if not isinstance(value, dict):
        errors.append(f"{where}: must be an object whose keys are IRIs")
        return
    for key in value:
        if not is_iri(key):
            errors.append(f"{where}.{key}: an extension key must be an IRI")


def _interaction_components(
    definition: dict, interaction: object, where: str, errors: list[str]
) -> None:
    allowed = (
        INTERACTION_COMPONENTS.get(interaction, set()) if isinstance(interaction, str) else set()
    )
    for key in sorted(ALL_COMPONENT_LISTS & set(definition)):
        if key not in allowed:
            errors.append(f"{where}.{key}: not allowed for interactionType {interaction!r}")
            continue
        components = definition[key]
        if not isinstance(components, list):
            errors.append(f"{where}.{key}: must be an array of interaction components")
            continue
        seen: set[str] = set()
        for index, component in enumerate(components):
            at = f"{where}.{key}[{index}]"
            if not isinstance(component, dict):
                errors.append(f"{at}: must be an object with an id")
                continue
            for extra in sorted(set(component) - {"id", "description"}):
                errors.append(f"{at}.{extra}: is not an interaction component property")
            cid = component.get("id")
            if not isinstance(cid, str) or not cid or any(c.isspace() for c in cid):
                errors.append(f"{at}.id: is required, a string without whitespace")
            elif cid in seen:
                errors.append(f"{at}.id: must be unique within {key}")
            else:
                seen.add(cid)
            if "description" in component:
                _language_map(component["description"], f"{at}.description", errors)


def _definition(definition: object, where: str, errors: list[str]) -> None:
    if not isinstance(definition, dict):
        errors.append(f"{where}: must be an object")
        return
    known = {
        "name",
        "description",
        "type",
        "moreInfo",
        "extensions",
        "interactionType",
        "correctResponsesPattern",
    } | ALL_COMPONENT_LISTS
    for key in sorted(set(definition) - known):
        errors.append(f"{where}.{key}: is not an activity definition property")
    for key in ("name", "description"):
        if key in definition:
            _language_map(definition[key], f"{where}.{key}", errors)
    for key in ("type", "moreInfo"):
        if key in definition and not is_iri(definition[key]):
            errors.append(
                f"{where}.{key}: must be an IRI"
                if key == "type"
                else f"{where}.{key}: must be an IRL"
            )
    if "extensions" in definition:
        _extensions(definition["extensions"], f"{where}.extensions", errors)
    interaction = definition.get("interactionType")
    if "interactionType" in definition and interaction not in INTERACTION_TYPES:
        errors.append(
            f"{where}.interactionType: must be one of {', '.join(sorted(INTERACTION_TYPES))}"
        )
    if "correctResponsesPattern" in definition:
        pattern = definition["correctResponsesPattern"]
        if "interactionType" not in definition:
            errors.append(f"{where}.correctResponsesPattern: needs an interactionType")
        if not isinstance(pattern, list) or not all(isinstance(p, str) for p in pattern):
            errors.append(f"{where}.correctResponsesPattern: must be an array of strings")
    _interaction_components(definition, interaction, where, errors)


def _object(value: object, where: str, errors: list[str], *, sub: bool = False) -> None:
    if not isinstance(value, dict):
        errors.append(f"{where}: is required and must be an object")
        return
    kind = value.get("objectType", "Activity")
    if kind == "Activity":
        if not is_iri(value.get("id")):
            errors.append(f"{where}.id: must be an IRI identifying the activity")
        for key in sorted(set(value) - {"objectType", "id", "definition"}):
            errors.append(f"{where}.{key}: is not an Activity property")
        if "definition" in value:
            _definition(value["definition"], f"{where}.definition", errors)
    elif kind in ("Agent", "Group"):
        _agent(value, where, errors)
    elif kind == "StatementRef":
        if not is_uuid(value.get("id")):
            errors.append(f"{where}.id: a StatementRef needs a statement's UUID")
    elif kind == "SubStatement" and not sub:
        for key in ("id", "stored", "version", "authority"):
            if key in value:
                errors.append(f"{where}.{key}: not allowed in a SubStatement")
        for key in sorted(set(value) - STATEMENT_KEYS - {"objectType"}):
            errors.append(f"{where}.{key}: is not a statement property")
        _agent(value.get("actor"), f"{where}.actor", errors)
        _verb(value.get("verb"), f"{where}.verb", errors)
        _object(value.get("object"), f"{where}.object", errors, sub=True)
        if "result" in value:
            _result(value["result"], f"{where}.result", errors)
        if "context" in value:
            _context(value["context"], value.get("object"), f"{where}.context", errors)
        if "timestamp" in value and parse_timestamp(value["timestamp"]) is None:
            errors.append(f"{where}.timestamp: must be an ISO 8601 date and time")
        if "attachments" in value:
            _attachments(value["attachments"], f"{where}.attachments", errors)
    else:
        errors.append(
            f"{where}.objectType: must be Activity, Agent, Group, StatementRef or SubStatement"
        )


def _verb(value: object, where: str, errors: list[str]) -> None:
    if not isinstance(value, dict):
        errors.append(f"{where}: is required and must be an object with an id")
        return
    if not is_iri(value.get("id")):
        errors.append(f"{where}.id: must be an IRI")
    if "display" in value:
        _language_map(value["display"], f"{where}.display", errors)


def _context(value: object, obj: object, where: str, errors: list[str]) -> None:
    """xAPI Data 2.4.6: what a context may hold, and `revision`/`platform` only when the
    object is an Activity."""
    if not isinstance(value, dict):
        errors.append(f"{where}: must be an object")
        return
    for key in sorted(set(value) - CONTEXT_KEYS):
        errors.append(f"{where}.{key}: is not a context property")
    if "registration" in value and not is_uuid(value["registration"]):
        errors.append(f"{where}.registration: must be a UUID")
    if "instructor" in value:
        _agent(value["instructor"], f"{where}.instructor", errors)
    if "team" in value:
        team = value["team"]
        if not isinstance(team, dict) or team.get("objectType") != "Group":
            errors.append(f"{where}.team: must be a Group")
        else:
            _agent(team, f"{where}.team", errors)
    is_activity = isinstance(obj, dict) and obj.get("objectType", "Activity") == "Activity"
    for key in ("revision", "platform"):
        if key in value:
            if not isinstance(value[key], str):
                errors.append(f"{where}.{key}: must be a string")
            if not is_activity:
                errors.append(f"{where}.{key}: only allowed when the object is an Activity")
    if "language" in value and not (
        isinstance(value["language"], str) and LANGUAGE_TAG.match(value["language"])
    ):
        errors.append(f"{where}.language: must be an RFC 5646 language tag")
    if "statement" in value:
        ref = value["statement"]
        if not isinstance(ref, dict) or ref.get("objectType") != "StatementRef":
            errors.append(f"{where}.statement: must be a StatementRef")
        elif not is_uuid(ref.get("id")) or set(ref) - {"objectType", "id"}:
            errors.append(f"{where}.statement.id: a StatementRef needs a statement's UUID")
    if "extensions" in value:
        _extensions(value["extensions"], f"{where}.extensions", errors)
    if "contextActivities" in value:
        activities = value["contextActivities"]
        if not isinstance(activities, dict):
            errors.append(f"{where}.contextActivities: must be an object")
            return
        for kind in sorted(activities):
            at = f"{where}.contextActivities.{kind}"
            if kind not in CONTEXT_ACTIVITY_KINDS:
                errors.append(f"{at}: must be parent, grouping, category or other")
                continue
            items = activities[kind]
            for index, item in enumerate(items if isinstance(items, list) else [items]):
                item_at = f"{at}[{index}]" if isinstance(items, list) else at
                if not isinstance(item, dict) or item.get("objectType", "Activity") != "Activity":
                    errors.append(f"{item_at}: must be an Activity")
                else:
                    _object(item, item_at, errors, sub=True)


def _attachments(value: object, where: str, errors: list[str]) -> None:
    if not isinstance(value, list):
        errors.append(f"{where}: must be an array")
        return
    for index, item in enumerate(value):
        at = f"{where}[{index}]"
        if not isinstance(item, dict):
            errors.append(f"{at}: must be an object")
            continue
        for key in sorted(set(item) - ATTACHMENT_KEYS):
            errors.append(f"{at}.{key}: is not an attachment property")
        if not is_iri(item.get("usageType")):
            errors.append(f"{at}.usageType: is required and must be an IRI")
        if "display" not in item:
            errors.append(f"{at}.display: is required")
        else:
            _language_map(item["display"], f"{at}.display", errors)
        if "description" in item:
            _language_map(item["description"], f"{at}.description", errors)
        if not isinstance(item.get("contentType"), str) or "/" not in item.get("contentType", ""):
            errors.append(f"{at}.contentType: is required and must be an Internet Media Type")
        length = item.get("length")
        if not isinstance(length, int) or isinstance(length, bool) or length < 0:
            errors.append(f"{at}.length: is required and must be a whole number of octets")
        if not isinstance(item.get("sha2"), str) or not re.fullmatch(
            r"[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}", item["sha2"]
        ):
            errors.append(f"{at}.sha2: is required and must be a SHA-2 hash in hex")
        if "fileUrl" in item and not is_iri(item["fileUrl"]):
            errors.append(f"{at}.fileUrl: must be an IRL")


def _result(value: object, where: str, errors: list[str]) -> None:
    if not isinstance(value, dict):
        errors.append(f"{where}: must be an object")
        return
    for key in sorted(
        set(value) - {"score", "success", "completion", "response", "duration", "extensions"}
    ):
        errors.append(f"{where}.{key}: is not a result property")
    if "response" in value and not isinstance(value["response"], str):
        errors.append(f"{where}.response: must be a string")
    if "extensions" in value:
        _extensions(value["extensions"], f"{where}.extensions", errors)
    for key in ("success", "completion"):
        if key in value and not isinstance(value[key], bool):
            errors.append(f"{where}.{key}: must be true or false")
    if "duration" in value and not (
        isinstance(value["duration"], str) and DURATION.match(value["duration"])
    ):
        errors.append(f"{where}.duration: must be an ISO 8601 duration such as PT1M30S")
    if "score" not in value:
        return
    score = value["score"]
    if not isinstance(score, dict):
        errors.append(f"{where}.score: must be an object")
        return
    for key in ("scaled", "raw", "min", "max"):
        if key in score and not _is_number(score[key]):
            errors.append(f"{where}.score.{key}: must be a number")
    # Numbers that are not finite are reported by json_problems, once.
    numbers = {
        k: score[k] for k in ("scaled", "raw", "min", "max") if _is_finite_number(score.get(k))
    }
    if "scaled" in numbers and not -1 <= numbers["scaled"] <= 1:
        errors.append(f"{where}.score.scaled: must be between -1 and 1")
    if "min" in numbers and "max" in numbers and numbers["min"] >= numbers["max"]:
        errors.append(f"{where}.score.min: must be less than max")
    if "raw" in numbers:
        if "min" in numbers and numbers["raw"] < numbers["min"]:
            errors.append(f"{where}.score.raw: must not be less than min")
        if "max" in numbers and numbers["raw"] > numbers["max"]:
            errors.append(f"{where}.score.raw: must not be more than max")


def _authority(value: object, where: str, errors: list[str]) -> None:
    """An authority is an Agent, or a Group of exactly two Agents (OAuth: the application
    and the user); checked before our own authority replaces it."""
    if not isinstance(value, dict):
        errors.append(f"{where}: must be an Agent or a two-member Group")
        return
    if value.get("objectType") == "Group":
        members = value.get("member")
        if not isinstance(members, list) or len(members) != 2:
            errors.append(f"{where}.member: an authority Group has exactly two Agents")
    _agent(value, where, errors)


VOIDED = "http://adlnet.gov/expapi/verbs/voided"


def agent_key(agent: object) -> str:
    """One string for an Agent's (or identified Group's) inverse functional identifier,
    so statements can be filtered by agent in the database."""
    if not isinstance(agent, dict):
        return ""
    for key in ("mbox", "mbox_sha1sum", "openid"):
        if isinstance(agent.get(key), str):
            return f"{key}:{agent[key]}"[:255]
    account = agent.get("account")
    if isinstance(account, dict):
        return f"account:{account.get('homePage')}|{account.get('name')}"[:255]
    return ""


def validate_statement(
    statement: object, where: str = "statement", *, json_checked: bool = False
) -> list[str]:
    """Every problem with one statement, each naming the field and the rule.
    `json_checked`: parse_json has walked it already (the endpoint's case), so the JSON
    walk that guards statements built in Python is not repeated."""
    errors: list[str] = []
    if not isinstance(statement, dict):
        return [f"{where}: must be a JSON object"]
    if not json_checked:
        errors.extend(json_problems(statement, where, max_depth=settings.XAPI_MAX_JSON_DEPTH))
    for key in sorted(set(statement) - STATEMENT_KEYS):
        errors.append(f"{where}.{key}: is not a statement property")
    if "id" in statement and not is_uuid(statement["id"]):
        errors.append(f"{where}.id: must be a UUID")
    if "actor" not in statement:
        errors.append(f"{where}.actor: is required")
    else:
        _agent(statement["actor"], f"{where}.actor", errors)
    _verb(statement.get("verb"), f"{where}.verb", errors)
    _object(statement.get("object"), f"{where}.object", errors)
    verb = statement.get("verb")
    if isinstance(verb, dict) and verb.get("id") == VOIDED:
        target = statement.get("object")
        if not isinstance(target, dict) or target.get("objectType") != "StatementRef":
            errors.append(f"{where}.object: a voiding statement's object must be a StatementRef")
    if "result" in statement:
        _result(statement["result"], f"{where}.result", errors)
    if "context" in statement:
        _context(statement["context"], statement.get("object"), f"{where}.context", errors)
    if "authority" in statement:
        _authority(statement["authority"], f"{where}.authority", errors)
    if "attachments" in statement:
        _attachments(statement["attachments"], f"{where}.attachments", errors)
    for key in ("timestamp", "stored"):
        if key in statement and parse_timestamp(statement[key]) is None:
            errors.append(f"{where}.{key}: must be an ISO 8601 date and time")
    if "version" in statement and not (
        isinstance(statement["version"], str) and statement["version"].startswith("1.0")
    ):
        errors.append(f"{where}.version: must be a 1.0.x version")
    return errors


class DocumentPrecondition(Exception):
    """A document write refused by its concurrency headers (xAPI Communication 3.1): 412
    when If-Match / If-None-Match do not hold, 409 for a PUT over an existing profile
    document that sent neither."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def check_precondition(
    etag: str | None, *, if_match: str | None, if_none_match: str | None, need_header: bool
) -> None:
    """Raise DocumentPrecondition unless the request's headers allow writing over the
    document whose current ETag is `etag` (None: there is no document)."""

    def tags(header: str) -> set[str]:
        return {part.strip() for part in header.split(",") if part.strip()}

    if if_match is not None:
        wanted = tags(if_match)
        if etag is None or not ("*" in wanted or etag in wanted):
            raise DocumentPrecondition(412, "If-Match: the document has changed (or is gone)")
    if if_none_match is not None:
        unwanted = tags(if_none_match)
        if etag is not None and ("*" in unwanted or etag in unwanted):
            raise DocumentPrecondition(412, "If-None-Match: the document already exists")
    if need_header and etag is not None and if_match is None and if_none_match is None:
        raise DocumentPrecondition(
            409,
            "If-Match: the document exists; read it, then send its ETag in If-Match "
            "(or If-None-Match: * to create only)",
        )
