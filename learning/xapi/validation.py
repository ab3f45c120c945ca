"""Statement validation following xAPI 1.0.3 (IEEE 9274.1.1), Data part, section 2.

Each problem is reported as `<field>: <rule>` (for example
`statements[1].result.score.scaled: must be between -1 and 1`), so a tool author can fix
it without reading our code. https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from urllib.parse import urlparse

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
DURATION = re.compile(
    r"^P(?!$)(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?W)?(\d+(?:\.\d+)?D)?"
    r"(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$"
)


class StatementConflict(Exception):
    """A statement id already stored with different content (xAPI: 409 Conflict)."""


def is_iri(value: object) -> bool:
    if not isinstance(value, str) or not value or any(c.isspace() for c in value):
        return False
    parsed = urlparse(value)
    return bool(parsed.scheme) and bool(parsed.netloc or parsed.path)


def is_uuid(value: object) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return isinstance(value, str)


def parse_timestamp(value: object) -> datetime | None:
    """An ISO 8601 date and time; without a zone it is read as UTC, as the spec allows."""
    if not isinstance(value, str) or "T" not in value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


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
    if "mbox" in value and not (
        isinstance(value["mbox"], str) and value["mbox"].startswith("mailto:")
    ):
        errors.append(f"{where}.mbox: must be a 'mailto:' IRI")
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


def _language_map(value: object, where: str, errors: list[str]) -> None:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        errors.append(f"{where}: must be a language map (language tag to text)")


def _object(value: object, where: str, errors: list[str], *, sub: bool = False) -> None:
    if not isinstance(value, dict):
        errors.append(f"{where}: is required and must be an object")
        return
    kind = value.get("objectType", "Activity")
    if kind == "Activity":
        if not is_iri(value.get("id")):
            errors.append(f"{where}.id: must be an IRI identifying the activity")
        definition = value.get("definition")
        if definition is not None:
            if not isinstance(definition, dict):
                errors.append(f"{where}.definition: must be an object")
            else:
                for key in ("name", "description"):
                    if key in definition:
                        _language_map(definition[key], f"{where}.definition.{key}", errors)
                if "type" in definition and not is_iri(definition["type"]):
                    errors.append(f"{where}.definition.type: must be an IRI")
    elif kind in ("Agent", "Group"):
        _agent(value, where, errors)
    elif kind == "StatementRef":
        if not is_uuid(value.get("id")):
            errors.append(f"{where}.id: a StatementRef needs a statement's UUID")
    elif kind == "SubStatement" and not sub:
        for key in ("id", "stored", "version", "authority"):
            if key in value:
                errors.append(f"{where}.{key}: not allowed in a SubStatement")
        _agent(value.get("actor"), f"{where}.actor", errors)
        _verb(value.get("verb"), f"{where}.verb", errors)
        _object(value.get("object"), f"{where}.object", errors, sub=True)
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


def _result(value: object, where: str, errors: list[str]) -> None:
    if not isinstance(value, dict):
        errors.append(f"{where}: must be an object")
        return
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
    numbers = {k: score[k] for k in ("scaled", "raw", "min", "max") if _is_number(score.get(k))}
    if "scaled" in numbers and not -1 <= numbers["scaled"] <= 1:
        errors.append(f"{where}.score.scaled: must be between -1 and 1")
    if "min" in numbers and "max" in numbers and numbers["min"] >= numbers["max"]:
        errors.append(f"{where}.score.min: must be less than max")
    if "raw" in numbers:
        if "min" in numbers and numbers["raw"] < numbers["min"]:
            errors.append(f"{where}.score.raw: must not be less than min")
        if "max" in numbers and numbers["raw"] > numbers["max"]:
            errors.append(f"{where}.score.raw: must not be more than max")


def validate_statement(statement: object, where: str = "statement") -> list[str]:
    """Every problem with one statement, each naming the field and the rule."""
    errors: list[str] = []
    if not isinstance(statement, dict):
        return [f"{where}: must be a JSON object"]
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
    if "result" in statement:
        _result(statement["result"], f"{where}.result", errors)
    context = statement.get("context")
    if context is not None:
        if not isinstance(context, dict):
            errors.append(f"{where}.context: must be an object")
        elif "registration" in context and not is_uuid(context["registration"]):
            errors.append(f"{where}.context.registration: must be a UUID")
    for key in ("timestamp", "stored"):
        if key in statement and parse_timestamp(statement[key]) is None:
            errors.append(f"{where}.{key}: must be an ISO 8601 date and time")
    if "version" in statement and not (
        isinstance(statement["version"], str) and statement["version"].startswith("1.0")
    ):
        errors.append(f"{where}.version: must be a 1.0.x version")
    return errors
