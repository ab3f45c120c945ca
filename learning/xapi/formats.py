"""How GET /statements returns a statement: `exact` as stored, `ids` with Agents,
Activities and Verbs reduced to their identifiers, `canonical` with each language map
reduced to one language (the best for Accept-Language). xAPI Communication 2.1.3."""

from __future__ import annotations

IFI_KEYS = ("mbox", "mbox_sha1sum", "openid", "account")
LANGUAGE_MAPS = {"display", "name", "description"}


def _agent_ids(agent: dict) -> dict:
    reduced = {key: agent[key] for key in ("objectType", *IFI_KEYS) if key in agent}
    if agent.get("objectType") == "Group" and not any(key in agent for key in IFI_KEYS):
        reduced["member"] = [_agent_ids(m) for m in agent.get("member", []) if isinstance(m, dict)]
    return reduced


def _ids(value: object, key: str = "") -> object:
    if isinstance(value, list):
        return [_ids(item, key) for item in value]
    if not isinstance(value, dict):
        return value
    kind = value.get("objectType")
    if key in ("actor", "authority", "instructor", "team", "member") or kind in (
        "Agent",
        "Group",
    ):
        return _agent_ids(value)
    if key == "verb":
        return {"id": value.get("id")}
    if key == "object" and kind in (None, "Activity"):
        return {"objectType": "Activity", "id": value.get("id")}
    if key in ("parent", "grouping", "category", "other"):
        return [_ids(item, "object") for item in value] if isinstance(value, list) else value
    return {k: _ids(v, k) for k, v in value.items()}


def _best_language(value: dict, wanted: list[str]) -> dict:
    for tag in wanted:
        for key in value:
            if key.lower() == tag or key.lower().split("-")[0] == tag.split("-")[0]:
                return {key: value[key]}
    first = next(iter(value), None)
    return {first: value[first]} if first is not None else {}


def _canonical(value: object, wanted: list[str], key: str = "") -> object:
    if isinstance(value, list):
        return [_canonical(item, wanted) for item in value]
    if not isinstance(value, dict):
        return value
    if key in LANGUAGE_MAPS and all(isinstance(v, str) for v in value.values()):
        return _best_language(value, wanted)
    return {k: _canonical(v, wanted, k) for k, v in value.items()}


def statement_formatted(statement: dict, *, fmt: str, language: str = "") -> dict:
    """The statement as the `format` parameter asks."""
    if fmt == "ids":
        return _ids(statement)
    if fmt == "canonical":
        wanted = [
            part.split(";")[0].strip().lower() for part in language.split(",") if part.strip()
        ]
        return _canonical(statement, wanted)
    return statement
