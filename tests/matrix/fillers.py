"""How the matrix fills each URL pattern, and who must be served.

`FILLERS` maps an endpoint key (a namespaced URL name, or `page:<app.Model>[:route]`) to
the cases that exercise it. Snippets and Wagtail model viewsets are filled from
`MODEL_SPECS`: one row per model saying whose its records are and which roles may view,
add, change, delete or choose them; every URL name the viewset registers must map to an
action in `VIEWSET_ACTIONS`, so a view added to a viewset later fails the matrix until it
is given a rule. `EXEMPT` lists the patterns deliberately left out, each with its reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.apps import apps

from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.blocks.base import BlockField
from wagtail.snippets.models import get_snippet_models

from tests.matrix.cases import (
    ADMIN_USERS,
    EVERYONE,
    SIGNED_IN,
    Address,
    Case,
    PageAddress,
    PathAddress,
    Ref,
    in_scope,
    roles_of_kind,
)
from tests.matrix.endpoints import Endpoint
from tests.matrix.fillers_abandoned_drafts import abandoned_drafts_fillers
from tests.matrix.fillers_authoring import authoring_fillers
from tests.matrix.fillers_course_results import (
    course_results_fillers,
    course_results_model_specs,
)
from tests.matrix.fillers_evaluation import evaluation_fillers, evaluation_model_specs
from tests.matrix.fillers_licences import licences_fillers, licences_model_specs
from tests.matrix.fillers_local_inserts import local_inserts_model_specs
from tests.matrix.fillers_question_bank import question_bank_model_specs
from tests.matrix.fillers_training import training_fillers, training_model_specs
from tests.matrix.fillers_training_attendance import training_attendance_fillers
from tests.matrix.fillers_xapi import xapi_fillers
from tests.matrix.fillers_xapi2 import xapi2_fillers
from tests.matrix.streamfield_data import block_post_data
from tests.matrix.world import World

MANAGERS_AND_ADMINS = ("manager", "superuser")
STAFF_WITH_SCOPE = ("lead", "manager", "superuser")
ADMIN_KINDS = ("trainer", "lead", "manager", "superuser")


# --- Models: whose records they are, and who may do what with them --------------------


@dataclass(frozen=True)
class ModelSpec:
    """A model reached through a Wagtail viewset (a snippet, or Wagtail's users).

    `objects` are (world name, owner) pairs: the owner is an agency or partnership of the
    world (`cases.IN_SCOPE`), or None for records shared by every partnership. `grants`
    maps an action (view, add, change, delete, choose) to the role kinds that hold it;
    scope then narrows it to the owners' records.
    """

    label: str  # app_label.ModelName
    objects: tuple[tuple[str, str | None], ...]
    grants: dict[str, tuple[str, ...]]
    text: Callable[[Any], str] = str
    namespace: str = ""
    chooser_namespace: str = ""
    #: Deleting in a test is not possible (protected rows refer to the record).
    deletable: bool = True
    why: str = ""

    @property
    def model(self):
        return apps.get_model(self.label)

    @property
    def is_snippet(self) -> bool:
        return self.namespace.startswith("wagtailsnippets_")

    def may(self, action: str) -> tuple[str, ...]:
        return self.grants.get(action, ())


def _snippet(label: str, **kwargs) -> ModelSpec:
    app, model = label.lower().split(".")
    return ModelSpec(
        label=label,
        namespace=f"wagtailsnippets_{app}_{model}:",
        chooser_namespace=f"wagtailsnippetchoosers_{app}_{model}:",
        **kwargs,
    )


def _all(*kinds: str) -> dict[str, tuple[str, ...]]:
    return dict.fromkeys(("view", "add", "change", "delete"), kinds)


MODEL_SPECS: tuple[ModelSpec, ...] = (
    _snippet(
        "learning.Partnership",
        objects=(("partnership_A", "partnership_A"), ("partnership_B", "partnership_B")),
        grants={"view": MANAGERS_AND_ADMINS, "add": ("superuser",), "change": ("superuser",)}
        | {"delete": ("superuser",), "choose": ADMIN_KINDS},
        deletable=False,
    ),
    _snippet(
        "learning.Agency",
        objects=(
            ("agency_A1", "agency_A1"),
            ("agency_A2", "agency_A2"),
            ("agency_B1", "agency_B1"),
        ),
        grants={"view": MANAGERS_AND_ADMINS, "add": MANAGERS_AND_ADMINS}
        | {"change": MANAGERS_AND_ADMINS, "delete": ("superuser",), "choose": ADMIN_KINDS},
        text=lambda agency: agency.name,
        deletable=False,
    ),
    _snippet(
        "learning.TrainingKPI",
        objects=(("kpi_A", "partnership_A"), ("kpi_B", "partnership_B")),
        grants=_all(*MANAGERS_AND_ADMINS) | {"choose": ADMIN_KINDS},
    ),
    _snippet(
        "learning.Headcount",
        objects=(
            ("headcount_A1", "agency_A1"),
            ("headcount_A2", "agency_A2"),
            ("headcount_B1", "agency_B1"),
        ),
        grants={"view": STAFF_WITH_SCOPE, "add": STAFF_WITH_SCOPE}
        | {"change": MANAGERS_AND_ADMINS, "delete": MANAGERS_AND_ADMINS, "choose": ADMIN_KINDS},
    ),
    _snippet(
        "cms.AreaContact",
        objects=(("area_contact_A", "partnership_A"), ("area_contact_B", "partnership_B")),
        grants=_all(*MANAGERS_AND_ADMINS) | {"choose": ADMIN_KINDS},
        text=lambda contact: contact.area_name,
    ),
    _snippet(
        "learning.Employer",
        objects=(("employer_A", "partnership_A"), ("employer_B", "partnership_B")),
        grants=_all(*MANAGERS_AND_ADMINS) | {"choose": ADMIN_KINDS},
        deletable=True,
    ),
    _snippet(
        "certificates.Certificate",
        objects=(
            ("certificate_A1", "agency_A1"),
            ("certificate_A2", "agency_A2"),
            ("certificate_B1", "agency_B1"),
        ),
        # Read-only in the admin: issue, re-issue and revoke go through audited services.
        grants={"view": STAFF_WITH_SCOPE, "choose": ADMIN_KINDS},
        text=lambda certificate: certificate.learner_name,
        deletable=False,
    ),
    _snippet(
        "certificates.CertificateSignatory",
        objects=(("signatory_A", "partnership_A"), ("signatory_B", "partnership_B")),
        grants=_all("superuser") | {"choose": ADMIN_KINDS},
        text=lambda signatory: signatory.name,
        why="Who signs a partnership's certificates: the partnership's record, kept by "
        "platform administrators (no role group holds its permissions).",
    ),
    _snippet(
        "courses.H5PActivity",
        objects=(("h5p_activity", None),),
        grants={"view": ("trainer", "manager", "superuser")}
        | {"add": ("trainer", "manager", "superuser")}
        | {"change": ("trainer", "manager", "superuser"), "delete": ("superuser",)}
        | {"choose": ADMIN_KINDS},
        why="Content, like pages: shared by every partnership (courses know no partnership), "
        "so any trainer or manager may place or update an activity.",
    ),
    _snippet(
        "learning.XAPIClient",
        objects=(("xapi_client", None),),
        grants=_all("superuser") | {"choose": ADMIN_KINDS},
        why="Credentials of an external tool for the whole platform, not a partnership's: "
        "platform administrators only. Wagtail's chooser names the tools (never a key or "
        "secret) to any admin user; nothing chooses one, and no partnership owns them.",
    ),
    ModelSpec(
        label="learning.User",
        objects=(("learner_A", "agency_A1"), ("learner_B", "agency_B1")),
        grants=_all("superuser"),
        text=lambda user: user.last_name,
        namespace="wagtailusers_users:",
        deletable=False,
        why="People are managed by platform administrators; leads and managers confirm "
        "members on the agency people page.",
    ),
    *training_model_specs(_snippet, _all),
    *course_results_model_specs(_snippet, _all),
    *evaluation_model_specs(_snippet),
    *licences_model_specs(_snippet, _all),
    *question_bank_model_specs(_snippet),
    *local_inserts_model_specs(_snippet, _all),
)


# --- What each viewset URL does, as an action on the model ----------------------------


@dataclass(frozen=True)
class ViewRule:
    """Who a viewset view serves: roles holding `all_of` and one of `any_of` (empty: no
    such condition); `per_object` views are narrowed to the object's owner's scope."""

    all_of: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()
    per_object: bool = True
    listing: bool = False
    post: bool = False  # also POST to it (a change or a delete)


VIEWSET_ACTIONS: dict[str, ViewRule] = {
    "list": ViewRule(any_of=("add", "change", "delete", "view"), per_object=False, listing=True),
    "list_results": ViewRule(
        any_of=("add", "change", "delete", "view"), per_object=False, listing=True
    ),
    "index": ViewRule(any_of=("add", "change", "delete", "view"), per_object=False, listing=True),
    "index_results": ViewRule(
        any_of=("add", "change", "delete", "view"), per_object=False, listing=True
    ),
    "add": ViewRule(all_of=("add",), per_object=False),
    "edit": ViewRule(all_of=("change",), post=True),
    "delete": ViewRule(all_of=("delete",), post=True),
    "usage": ViewRule(all_of=("change",)),
    "history": ViewRule(any_of=("add", "change", "delete")),
    "history_results": ViewRule(any_of=("add", "change", "delete")),
    "copy": ViewRule(all_of=("add",), any_of=("change", "view")),
    "inspect": ViewRule(any_of=("add", "change", "delete", "view")),
}
CHOOSER_ACTIONS: dict[str, ViewRule] = {
    "choose": ViewRule(all_of=("choose",), per_object=False, listing=True),
    "choose_results": ViewRule(all_of=("choose",), per_object=False, listing=True),
    "chosen": ViewRule(all_of=("choose",)),
    "chosen_multiple": ViewRule(all_of=("choose",), per_object=False, listing=True),
    "create": ViewRule(all_of=("add",), per_object=False),
}


def _kinds(spec: ModelSpec, rule: ViewRule) -> tuple[str, ...]:
    kinds = {"learner", "trainer", "lead", "manager", "superuser"}
    for action in rule.all_of:
        kinds &= set(spec.may(action))
    if rule.any_of:
        kinds &= {kind for action in rule.any_of for kind in spec.may(action)}
    return tuple(sorted(kinds))


# --- Form data for a hand-made POST ------------------------------------------------------


def form_post_data(form) -> dict[str, Any]:
    """What the browser would post for an unchanged form (and its inline formsets)."""
    data: dict[str, Any] = {}
    for name, form_field in form.fields.items():
        key = form.add_prefix(name)
        value = form[name].value()
        if isinstance(form_field, BlockField):
            data.update(block_post_data(form_field.block, form.initial.get(name), key))
        elif isinstance(form_field, forms.BooleanField):
            if value:
                data[key] = "on"
        elif isinstance(form_field.widget, DraftailRichTextArea):
            # Draftail posts its content state as JSON, not the stored HTML.
            data[key] = form_field.widget.format_value(value)
        elif value is None:
            data[key] = ""
        elif isinstance(value, list | tuple):
            data[key] = [str(getattr(v, "pk", v)) for v in value]
        else:
            data[key] = str(getattr(value, "pk", value))
    for formset in getattr(form, "formsets", {}).values():
        data[f"{formset.prefix}-TOTAL_FORMS"] = str(len(formset.forms))
        data[f"{formset.prefix}-INITIAL_FORMS"] = str(formset.initial_form_count())
        data[f"{formset.prefix}-MIN_NUM_FORMS"] = "0"
        data[f"{formset.prefix}-MAX_NUM_FORMS"] = "1000"
        for subform in formset.forms:
            data.update(form_post_data(subform))
    return data


#: The field a hand-made edit changes: the first of these the form has (so a refused edit
#: can be seen to have changed nothing).
RENAMED_FIELD = (
    "name",
    "area_name",
    "title",
    "last_name",
    "headcount",
    "assessment_tool_name",
)


def edit_post_data(world: World, name: str) -> dict[str, Any]:
    """The edit form of `world[name]` as posted, with one field changed."""
    instance = world[name]
    viewset = instance.snippet_viewset
    form_class = viewset.get_edit_handler().get_form_class()
    form = form_class(instance=instance, for_user=world["superuser"])
    data = form_post_data(form)
    for field_name in RENAMED_FIELD:
        if field_name in data:
            data[field_name] = "999" if field_name == "headcount" else "Hijacked by the matrix"
            break
    return data


# --- Building the cases ------------------------------------------------------------------


def _model_cases(spec: ModelSpec, key: str, action: str, rule: ViewRule) -> list[Case]:
    kinds = _kinds(spec, rule)
    shows = tuple((name, owner, spec.text) for name, owner in spec.objects)
    if not rule.per_object:
        query: tuple = ()
        if action == "chosen_multiple":
            query = tuple(("id", Ref(name)) for name, _owner in spec.objects)
        return [
            Case(
                key=key,
                method="GET",
                address=Address(key, query=query),
                allowed=roles_of_kind(*kinds),
                shows=shows if rule.listing else (),
            )
        ]
    cases = []
    for name, owner in spec.objects:
        allowed = in_scope(owner, kinds)
        cases.append(
            Case(key=key, method="GET", address=Address(key, (Ref(name),)), allowed=allowed)
        )
        if rule.post and (action != "delete" or spec.deletable):
            cases.append(
                Case(
                    key=key,
                    method="POST",
                    address=Address(key, (Ref(name),)),
                    allowed=allowed,
                    data=(lambda world, name=name: edit_post_data(world, name))
                    if action == "edit" and spec.is_snippet
                    else None,
                    target=name,
                    ok=frozenset({302}) if spec.is_snippet else frozenset({200, 302}),
                )
            )
    return cases


def model_fillers() -> dict[str, Callable[[], list[Case]]]:
    """A filler for every URL name of every specified model's viewsets."""
    fillers: dict[str, Callable[[], list[Case]]] = {}
    for spec in MODEL_SPECS:
        for namespace, table in (
            (spec.namespace, VIEWSET_ACTIONS),
            (spec.chooser_namespace, CHOOSER_ACTIONS),
        ):
            if not namespace:
                continue
            for action, rule in table.items():
                key = f"{namespace}{action}"
                fillers[key] = lambda spec=spec, key=key, action=action, rule=rule: _model_cases(
                    spec, key, action, rule
                )
    return fillers


def _bulk_delete_cases() -> list[Case]:
    """Wagtail's bulk delete of snippets: it must act only on records in scope, and name
    no record out of scope on its confirmation page."""
    cases = []
    for spec in MODEL_SPECS:
        if not spec.namespace.startswith("wagtailsnippets_") or not spec.deletable:
            continue
        app_label, model_name = spec.label.lower().split(".")
        for name, owner in spec.objects:
            allowed = in_scope(owner, spec.may("delete"))
            address = Address(
                "wagtail_bulk_action",
                (app_label, model_name, "delete"),
                query=(("id", Ref(name)),),
            )
            cases.append(
                Case(
                    key="wagtail_bulk_action",
                    method="GET",
                    address=address,
                    # The confirmation page: a record out of scope is not found; one in
                    # scope that the person may not delete is listed as such.
                    allowed=in_scope(owner, ADMIN_KINDS),
                    shows=((name, owner, spec.text),),
                    must_show=False,
                )
            )
            cases.append(
                Case(
                    key="wagtail_bulk_action",
                    method="POST",
                    address=address,
                    allowed=allowed,
                    target=name,
                    effect="deleted",
                    ok=frozenset({200, 302}),
                    refused=frozenset({200, 302, 403, 404}),
                )
            )
    return cases


def _editing_session_cases() -> list[Case]:
    """The "who else is editing" ping of an edit view answers only editors of the record."""
    cases = []
    for spec in MODEL_SPECS:
        if not spec.namespace.startswith("wagtailsnippets_"):
            continue
        app_label, model_name = spec.label.lower().split(".")
        for name, owner in spec.objects:
            cases.append(
                Case(
                    key="wagtailadmin_editing_sessions:ping",
                    method="POST",
                    address=Address(
                        "wagtailadmin_editing_sessions:ping",
                        (app_label, model_name, Ref(name), 0),
                        converters=("str", "str", "str", "int"),
                    ),
                    allowed=in_scope(owner, spec.may("change")),
                    ok=frozenset({200}),
                )
            )
    return cases


# --- The site's own pages ------------------------------------------------------------------


def _get(key: str, allowed, *args, **kwargs) -> Case:
    query = kwargs.pop("query", ())
    converters = kwargs.pop("converters", ())
    return Case(
        key=key,
        method="GET",
        address=Address(key, tuple(args), query=query, converters=converters),
        allowed=frozenset(allowed),
        **kwargs,
    )


def _post(key: str, allowed, *args, **kwargs) -> Case:
    converters = kwargs.pop("converters", ())
    return Case(
        key=key,
        method="POST",
        address=Address(key, tuple(args), converters=converters),
        allowed=frozenset(allowed),
        **kwargs,
    )


def _certificate_shows() -> tuple:
    return tuple(
        (f"certificate_{k}", f"agency_{k}", lambda c: c.learner_name) for k in ("A1", "A2", "B1")
    )


def _people_shows() -> tuple:
    return (
        ("learner_A", "agency_A1", lambda u: u.last_name),
        ("learner_A2", "agency_A2", lambda u: u.last_name),
        ("learner_B", "agency_B1", lambda u: u.last_name),
    )


STAFF = roles_of_kind(*STAFF_WITH_SCOPE)
PARTNERSHIP_WIDE = roles_of_kind(*MANAGERS_AND_ADMINS)
XAPI = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}


# --- Personal data, the audit log and name changes ---------------------------------------

#: Whose agency each person of the world works in (owners for `in_scope`).
PERSON_OWNER = {
    "learner_A": "agency_A1",
    "learner_A2": "agency_A2",
    "learner_B": "agency_B1",
    "lead_A": "agency_A1",
    "manager_A": "agency_A1",
    "superuser": "platform",
}


def _full_name(user) -> str:
    return user.get_full_name()


def _personal_data_cases() -> dict[str, Callable[[], list[Case]]]:
    """Managers (their partnership's people) and administrators (everyone's) read,
    download and erase personal data; leads, trainers and learners are refused with a 403,
    and a person out of scope is a 404. Only an administrator acts on an administrator."""
    shows = (
        *_people_shows(),
        *((f"data_subject_{k}", f"agency_{k}", lambda u: u.last_name) for k in ("A1", "A2", "B1")),
    )
    people = ("learner_A", "learner_A2", "learner_B", "superuser")
    subjects = tuple((f"data_subject_{k}", f"agency_{k}") for k in ("A1", "A2", "B1"))
    return {
        "learning_privacy:people": lambda: [
            _get("learning_privacy:people", PARTNERSHIP_WIDE, shows=shows)
        ],
        "learning_privacy:people_results": lambda: [
            _get("learning_privacy:people_results", PARTNERSHIP_WIDE, shows=shows)
        ],
        "learning_privacy:person": lambda: [
            _get(
                "learning_privacy:person",
                in_scope(PERSON_OWNER[name], MANAGERS_AND_ADMINS),
                Ref(name),
                shows=((name, PERSON_OWNER[name], _full_name),),
            )
            for name in people
        ],
        "learning_privacy:download": lambda: [
            _post(
                "learning_privacy:download",
                in_scope(PERSON_OWNER[name], MANAGERS_AND_ADMINS),
                Ref(name),
                target=name,
                ok=frozenset({200}),
                shows=((name, PERSON_OWNER[name], lambda u: u.email),),
            )
            for name in people
        ],
        "learning_privacy:erase": lambda: (
            [
                _get(
                    "learning_privacy:erase",
                    in_scope(owner, MANAGERS_AND_ADMINS),
                    Ref(name),
                    shows=((name, owner, _full_name),),
                )
                for name, owner in subjects
            ]
            + [
                _post(
                    "learning_privacy:erase",
                    in_scope(owner, MANAGERS_AND_ADMINS),
                    Ref(name),
                    target=name,
                    ok=frozenset({302}),
                    why="Erased in the test's own savepoint; the people erased hold no files.",
                )
                for name, owner in subjects
            ]
        ),
    }


def _audit_log_shows() -> tuple:
    return tuple(
        (f"audit_event_{key}", owner, lambda event: event.object_repr)
        for key, owner in (
            ("A1", "agency_A1"),
            ("A2", "agency_A2"),
            ("B1", "agency_B1"),
            ("platform", "platform"),
        )
    )


def _audit_log_cases() -> dict[str, Callable[[], list[Case]]]:
    """Leads, managers and administrators read the events about records in their scope,
    on the page and in its downloads; an event out of scope is never in them (each role's
    `shows`: a lead sees their agency's, not the other agency's of their partnership)."""
    return {
        "learning_audit_log:index": lambda: [
            _get("learning_audit_log:index", STAFF, shows=_audit_log_shows()),
            _get(
                "learning_audit_log:index",
                STAFF,
                query=(("export", "csv"),),
                shows=_audit_log_shows(),
                why="The CSV download (streamed; read to its end).",
            ),
            _get(
                "learning_audit_log:index",
                STAFF,
                query=(("action", "matrix.check"),),
                shows=_audit_log_shows(),
            ),
        ],
        "learning_audit_log:results": lambda: [
            _get("learning_audit_log:results", STAFF, shows=_audit_log_shows())
        ],
    }


#: Each name change request of the world: (world name, whose it is).
NAME_CHANGES = (
    ("name_change_A1", "learner_A"),
    ("name_change_A2", "learner_A2"),
    ("name_change_B1", "learner_B"),
    ("name_change_lead_A", "lead_A"),
    ("name_change_manager_A", "manager_A"),
)


def _decline(world: World) -> dict[str, str]:
    return {"decision": "decline", "reason": "Declined by the authorization matrix"}


def _approve(world: World) -> dict[str, str]:
    """Approving re-issues the learner's certificates (their PDFs are rendered on commit,
    which a test's savepoint never reaches)."""
    return {"decision": "approve"}


def _name_change_cases() -> dict[str, Callable[[], list[Case]]]:
    """A learner withdraws only their own request; a lead or manager decides only the
    requests of people in their scope, and never their own."""
    return {
        "certificates:name_change_withdraw": lambda: (
            [
                _post(
                    "certificates:name_change_withdraw",
                    {requester},
                    Ref(name),
                    target=name,
                    ok=frozenset({302}),
                )
                for name, requester in NAME_CHANGES
            ]
            + [
                _get(
                    "certificates:name_change_withdraw",
                    (),
                    Ref("name_change_A1"),
                    refused=frozenset({405}),
                    why="POST only: a link never withdraws a request.",
                )
            ]
        ),
        "certificates:name_change_decide": lambda: [
            case
            for name, requester in NAME_CHANGES
            for case in (
                _get(
                    "certificates:name_change_decide",
                    in_scope(PERSON_OWNER[requester], STAFF_WITH_SCOPE) - {requester},
                    Ref(name),
                    shows=((requester, PERSON_OWNER[requester], _full_name),),
                ),
                *(
                    _post(
                        "certificates:name_change_decide",
                        in_scope(PERSON_OWNER[requester], STAFF_WITH_SCOPE) - {requester},
                        Ref(name),
                        data=decision,
                        target=name,
                        ok=frozenset({302}),
                    )
                    for decision in (_decline, _approve)
                ),
            )
        ],
    }


def _h5p_preview_cases() -> list[Case]:
    """Whoever may change H5P activities (shared content) plays one in the preview; the
    page carries the activity's preview player."""
    spec = next(s for s in MODEL_SPECS if s.label == "courses.H5PActivity")
    return [
        _get(
            "wagtailsnippets_courses_h5pactivity:play_preview",
            in_scope(None, spec.may("change")),
            Ref("h5p_activity"),
            shows=(
                (
                    "h5p_activity",
                    None,
                    lambda activity: f"Preview of the interactive activity: {activity.title}",
                ),
            ),
        )
    ]


def _xapi_not_found_cases() -> list[Case]:
    """Any other path under /xapi is a JSON 404 for everyone, whatever the method: never a
    redirect (APPEND_SLASH would lose a POST's body) and never a page."""
    return [
        Case(
            key="xapi:not_found",
            method=method,
            address=PathAddress(path),
            allowed=frozenset(),
            refused=frozenset({404}),
            headers=XAPI,
            content_type="application/json",
        )
        for path in ("/xapi", "/xapi/statements/", "/xapi/agents/profiles")
        for method in ("GET", "POST")
    ]


def _admin_login_cases() -> list[Case]:
    """Wagtail's own sign-in form is never served. Signed out, or posting its form, everyone
    is sent to allauth's (rate limits, email verification, the second factor), keeping
    `next`; signed-in staff go on to the admin; anyone else signed in is told the admin is
    for staff (403) instead of looping between /admin/ and sign-in."""
    address = Address("admin_login", query=(("next", "/admin/"),))
    staff = tuple(sorted(ADMIN_USERS))
    others = tuple(sorted(SIGNED_IN - ADMIN_USERS))
    return [
        Case(
            key="admin_login",
            method="POST",
            address=address,
            allowed=EVERYONE,
            redirects_to=("account_login", "?next=/admin/"),
        ),
        Case(
            key="admin_login",
            method="GET",
            address=address,
            allowed=frozenset({"anonymous"}),
            roles=("anonymous",),
            redirects_to=("account_login", "?next=/admin/"),
        ),
        Case(
            key="admin_login",
            method="GET",
            address=address,
            allowed=ADMIN_USERS,
            roles=staff,
            redirects_to=("wagtailadmin_home", ""),
        ),
        Case(key="admin_login", method="GET", address=address, allowed=frozenset(), roles=others),
    ]


def _site_fillers() -> dict[str, Callable[[], list[Case]]]:
    return {
        # --- Wagtail's admin: the dashboard, the snippet index, reports ---------------
        "wagtailadmin_home": lambda: [_get("wagtailadmin_home", ADMIN_USERS)],
        "wagtailsnippets:index": lambda: [
            _get(
                "wagtailsnippets:index",
                {"superuser"},
                why="Lists snippet types outside the menu with a count of all their records.",
            )
        ],
        "wagtailadmin_reports:site_history": lambda: [
            _get(
                "wagtailadmin_reports:site_history",
                ADMIN_USERS,
                shows=(
                    ("agency_A1", "agency_A1", lambda a: a.name),
                    ("agency_B1", "agency_B1", lambda a: a.name),
                    ("kpi_A", "partnership_A", lambda k: k.name),
                    ("kpi_B", "partnership_B", lambda k: k.name),
                    # A page entry names who acted: A's trainer (seen by those who see A1's people).
                    ("trainer_A", "training_A", lambda u: u.last_name),
                ),
                must_show=False,
            )
        ],
        "wagtailadmin_reports:site_history_results": lambda: [
            _get(
                "wagtailadmin_reports:site_history_results",
                ADMIN_USERS,
                shows=(
                    ("agency_A1", "agency_A1", lambda a: a.name),
                    ("agency_B1", "agency_B1", lambda a: a.name),
                ),
                must_show=False,
            )
        ],
        "wagtail_bulk_action": _bulk_delete_cases,
        "wagtailadmin_editing_sessions:ping": _editing_session_cases,
        "wagtailsettings:edit": lambda: [
            _get("wagtailsettings:edit", {"superuser"}, "cms", "sitesettings", Ref("site"))
        ],
        # --- Coverage reports -------------------------------------------------------------
        "learning_coverage:dashboard": lambda: [
            _get(
                "learning_coverage:dashboard",
                STAFF,
                shows=(
                    ("kpi_A", "partnership_A", lambda k: k.name),
                    ("kpi_B", "partnership_B", lambda k: k.name),
                ),
            ),
            _get(
                "learning_coverage:dashboard",
                STAFF,
                query=(("export", "csv"),),
                shows=(("kpi_B", "partnership_B", lambda k: k.name),),
                must_show=False,
            ),
        ],
        "learning_coverage:learners": lambda: (
            [
                _get(
                    "learning_coverage:learners",
                    in_scope(f"agency_{k}", STAFF_WITH_SCOPE),
                    Ref(f"kpi_{k[0]}"),
                    Ref(f"agency_{k}"),
                )
                for k in ("A1", "A2", "B1")
            ]
            + [
                # Another partnership's agency under one's own KPI, and the other way round.
                _get("learning_coverage:learners", {"superuser"}, Ref("kpi_A"), Ref("agency_B1")),
                _get("learning_coverage:learners", {"superuser"}, Ref("kpi_B"), Ref("agency_A1")),
            ]
        ),
        "learning_coverage:headcount_import": lambda: [
            _get("learning_coverage:headcount_import", STAFF)
        ],
        # --- The public section's report for managers ---------------------------------------
        "public_open_course_completions": lambda: [
            _get(
                "public_open_course_completions",
                PARTNERSHIP_WIDE,
                shows=(
                    ("employer_A", "partnership_A", lambda e: e.name),
                    ("employer_B", "partnership_B", lambda e: e.name),
                ),
            )
        ],
        # --- People -----------------------------------------------------------------------
        "learning:agency_people": lambda: [
            _get("learning:agency_people", STAFF, shows=_people_shows())
        ],
        "learning:agency_person_confirm": lambda: [
            _post(
                "learning:agency_person_confirm",
                in_scope(f"agency_{k}", STAFF_WITH_SCOPE),
                Ref(f"pending_{k}"),
                target=f"pending_{k}",
            )
            for k in ("A1", "A2", "B1")
        ],
        "learning:my_learning": lambda: [_get("learning:my_learning", SIGNED_IN)],
        # --- Courses: each person's own progress -------------------------------------------
        "learning:knowledge_check_answer": lambda: [
            _post(
                "learning:knowledge_check_answer",
                SIGNED_IN,
                Ref("lesson"),
                why="Answers are the signed-in person's own; the lesson is shared content.",
            )
        ],
        "learning:lesson_complete": lambda: [
            _post("learning:lesson_complete", SIGNED_IN, Ref("lesson"))
        ],
        "learning:assessment_start": lambda: [
            _post("learning:assessment_start", SIGNED_IN, Ref("course"))
        ],
        "learning:assessment_take": lambda: [
            _get(
                "learning:assessment_take",
                {"learner_A"} if side == "A" else set(),
                Ref(f"attempt_{side}", "public_id"),
                converters=("uuid",),
            )
            for side in ("A", "B")
        ],
        "learning:assessment_results": lambda: [
            _get(
                "learning:assessment_results",
                {"learner_A"} if side == "A" else set(),
                Ref(f"attempt_{side}", "public_id"),
                converters=("uuid",),
            )
            for side in ("A", "B")
        ],
        "learning:assessment_submit": lambda: [
            _post(
                "learning:assessment_submit",
                {"learner_A"} if side == "A" else set(),
                Ref(f"attempt_{side}", "public_id"),
                converters=("uuid",),
                target=f"attempt_{side}",
                ok=frozenset({302, 400}),
                refused=frozenset({400, 403, 404}),
                why="Someone else's attempt is refused by the service like a tampered one: "
                "400, 'Nothing has been recorded' (target unchanged).",
            )
            for side in ("A", "B")
        ],
        # --- Certificates -------------------------------------------------------------------
        "certificates:verify": lambda: [_get("certificates:verify", EVERYONE, public=True)],
        "certificates:verify_code": lambda: [
            _get(
                "certificates:verify_code",
                EVERYONE,
                Ref("certificate_A1", "code"),
                converters=("str",),
                public=True,
                why="Public by design: anyone holding a certificate's code may check it.",
            )
        ],
        "certificates:name_change": lambda: [_get("certificates:name_change", SIGNED_IN)],
        "certificates:manage": lambda: [
            _get("certificates:manage", STAFF, shows=_certificate_shows())
        ],
        "certificates:export_create": lambda: [
            _post(
                "certificates:export_create",
                in_scope(f"agency_{k}", STAFF_WITH_SCOPE),
                data=lambda world, k=k: {"agency": world[f"agency_{k}"].pk},
                ok=frozenset({302}),
                refused=frozenset({400, 403, 404}),
                why="Someone else's agency is not among the form's choices: 400, no export.",
            )
            for k in ("A1", "A2", "B1")
        ],
        "certificates:export_detail": lambda: [
            _get("certificates:export_detail", {f"manager_{side}"}, Ref(f"export_{side}"))
            for side in ("A", "B")
        ],
        "certificates:export_download": lambda: [
            _get("certificates:export_download", {f"manager_{side}"}, Ref(f"export_{side}"))
            for side in ("A", "B")
        ],
        "certificates:download": lambda: [
            _get(
                "certificates:download",
                # The owner, and leads and managers whose scope covers the certificate.
                {"learner_A", "lead_A", "manager_A", "superuser"}
                if k == "A1"
                else {"manager_B", "superuser"},
                Ref(f"certificate_{k}"),
            )
            for k in ("A1", "B1")
        ],
        "certificates:reissue": lambda: [
            _get(
                "certificates:reissue",
                {"learner_A"} if k == "A1" else set(),
                Ref(f"certificate_{k}"),
            )
            for k in ("A1", "B1")
        ],
        "certificates:revoke": lambda: (
            [
                _get(
                    "certificates:revoke",
                    in_scope(f"agency_{k}", STAFF_WITH_SCOPE),
                    Ref(f"certificate_{k}"),
                )
                for k in ("A1", "A2", "B1")
            ]
            + [
                _post(
                    "certificates:revoke",
                    in_scope(f"agency_{k}", STAFF_WITH_SCOPE),
                    Ref(f"certificate_{k}"),
                    data=lambda world: {"reason": "Issued in error (authorization matrix)"},
                    target=f"certificate_{k}",
                    ok=frozenset({302}),
                )
                for k in ("A1", "A2", "B1")
            ]
        ),
        # --- Briefings: each reader's own records on shared pages ---------------------------
        "learning_briefings:read": lambda: [
            _post("learning_briefings:read", SIGNED_IN, Ref("briefing"))
        ],
        "learning_briefings:reflections": lambda: [
            _post(
                "learning_briefings:reflections",
                SIGNED_IN,
                Ref("briefing"),
                ok=frozenset({200, 302, 400}),
            )
        ],
        "learning_briefings:team_use": lambda: [
            _post(
                "learning_briefings:team_use",
                SIGNED_IN,
                Ref("briefing"),
                ok=frozenset({200, 302, 400}),
            )
        ],
        "learning_briefings:digest_manage": lambda: [
            _post("learning_briefings:digest_manage", SIGNED_IN, ok=frozenset({200, 302, 400}))
        ],
        "learning_briefings:digest_unsubscribe": lambda: [
            _get(
                "learning_briefings:digest_unsubscribe",
                EVERYONE,
                Ref("digest_token_A", ""),
                converters=("str",),
                public=True,
                why="The signed link in the learner's own digest email; needs no sign-in.",
            )
        ],
        # --- H5P and xAPI ---------------------------------------------------------------------
        "xapi:about": lambda: [_get("xapi:about", EVERYONE, public=True)],
        "xapi:statements": lambda: [
            _get(
                "xapi:statements",
                {"learner_A"} if side == "A" else set(),
                query=(("statementId", Ref(f"statement_{side}", "statement_id")),),
                headers=XAPI,
                why="A statement is its learner's own (or the posting tool's).",
            )
            for side in ("A", "B")
        ],
        "xapi:activity_state": lambda: [
            _get(
                "xapi:activity_state",
                SIGNED_IN,
                query=(("activityId", "https://example.org/matrix"),),
                headers=XAPI,
                why="The signed-in person's own saved state.",
            )
        ],
        "xapi:not_found": _xapi_not_found_cases,
        "wagtailsnippets_courses_h5pactivity:play_preview": _h5p_preview_cases,
        # --- Personal data, the audit log, name changes -----------------------------------
        **_personal_data_cases(),
        **_audit_log_cases(),
        **_name_change_cases(),
        # --- Plain site addresses -----------------------------------------------------------
        "healthz": lambda: [_get("healthz", EVERYONE, public=True)],
        "admin_login": _admin_login_cases,
        "public_finder_lookup": lambda: [
            _post(
                "public_finder_lookup",
                EVERYONE,
                data=lambda world: {"postcode": "ZZ1 1ZZ"},
                public=True,
                ok=frozenset({200}),
                why="The public postcode finder's read-only lookup (no CSRF token needed).",
            )
        ],
    }


# --- Pages and their routes ------------------------------------------------------------------


def _page(key: str, page: str, allowed=EVERYONE, route: str = "", args=(), **kwargs) -> Case:
    kwargs.setdefault("public", True)
    return Case(
        key=key,
        method=kwargs.pop("method", "GET"),
        address=PageAddress(page, route, tuple(args)),
        allowed=frozenset(allowed),
        **kwargs,
    )


def _page_fillers() -> dict[str, Callable[[], list[Case]]]:
    return {
        "page:cms.HomePage": lambda: [_page("page:cms.HomePage", "home")],
        "page:cms.StandardPage": lambda: [_page("page:cms.StandardPage", "standard_page")],
        "page:courses.CourseIndexPage": lambda: [
            _page("page:courses.CourseIndexPage", "course_index")
        ],
        "page:courses.CoursePage": lambda: [
            _page("page:courses.CoursePage", "course", allowed=SIGNED_IN, public=False)
        ],
        "page:courses.LessonPage": lambda: [
            _page("page:courses.LessonPage", "lesson", allowed=SIGNED_IN, public=False)
        ],
        "page:courses.BriefingIndexPage": lambda: [
            _page("page:courses.BriefingIndexPage", "briefing_index")
        ],
        "page:courses.BriefingPage": lambda: [_page("page:courses.BriefingPage", "briefing")],
        "page:cms.SpotTheSignsPage": lambda: [_page("page:cms.SpotTheSignsPage", "landing")],
        "page:cms.SpotTheSignsPage:landing": lambda: [
            _page("page:cms.SpotTheSignsPage:landing", "landing", route="landing")
        ],
        "page:cms.SpotTheSignsPage:employer_report": lambda: [
            _page(
                "page:cms.SpotTheSignsPage:employer_report",
                "landing",
                route="employer_report",
                args=(Ref("employer_A_report_token", ""),),
                why="The employer's private link: a signed token is the permission.",
            ),
            _page(
                "page:cms.SpotTheSignsPage:employer_report",
                "landing",
                allowed=(),
                route="employer_report",
                args=("forged-token",),
            ),
        ],
        "page:cms.SpotTheSignsSectionPage": lambda: [
            _page("page:cms.SpotTheSignsSectionPage", "section_page")
        ],
        "page:cms.ReportConcernPage": lambda: [_page("page:cms.ReportConcernPage", "finder")],
        "page:cms.ReportConcernPage:finder": lambda: [
            _page("page:cms.ReportConcernPage:finder", "finder", route="finder")
        ],
        "page:cms.ReportConcernPage:areas": lambda: [
            _page("page:cms.ReportConcernPage:areas", "finder", route="areas")
        ],
        "page:cms.ReportConcernPage:printable": lambda: [
            _page(
                "page:cms.ReportConcernPage:printable",
                "finder",
                route="printable",
                args=(Ref("partnership_A", "slug"), "card"),
                roles=("anonymous", "manager_B"),
                why="A public PDF of public contacts; rendering it for each role is slow and "
                "says nothing new.",
            )
        ],
        "page:cms.OpenCoursePage": lambda: [_page("page:cms.OpenCoursePage", "open_course")],
        "page:cms.OpenCoursePage:overview": lambda: [
            _page("page:cms.OpenCoursePage:overview", "open_course", route="overview")
        ],
        "page:cms.OpenCoursePage:join": lambda: [
            _page(
                "page:cms.OpenCoursePage:join",
                "open_course",
                route="join",
                args=(Ref("employer_A_join_token", ""),),
            )
        ],
        "page:cms.OpenCoursePage:lesson": lambda: [
            _page(
                "page:cms.OpenCoursePage:lesson",
                "open_course",
                route="lesson",
                args=(Ref("open_course_lesson", "slug"),),
            )
        ],
        "page:cms.OpenCoursePage:final_check": lambda: [
            _page("page:cms.OpenCoursePage:final_check", "open_course", route="final_check")
        ],
        "page:cms.OpenCoursePage:complete": lambda: [
            _page("page:cms.OpenCoursePage:complete", "open_course", route="complete")
        ],
        "page:cms.OpenCoursePage:certificate": lambda: [
            _page(
                "page:cms.OpenCoursePage:certificate",
                "open_course",
                route="certificate",
                ok=frozenset({200, 302, 404}),
                why="The visitor's own certificate, from their session: none yet here.",
            )
        ],
    }


FILLERS: dict[str, Callable[[], list[Case]]] = {
    **model_fillers(),
    **_site_fillers(),
    **_page_fillers(),
    **training_fillers(),
    **training_attendance_fillers(),
    **course_results_fillers(),
    **evaluation_fillers(),
    **licences_fillers(),
    **authoring_fillers(),
    **abandoned_drafts_fillers(),
    **xapi_fillers(),
    **xapi2_fillers(),
}


# --- Left out, each for a reason ----------------------------------------------------------
# Every address of a partnership's records has a filler above. What is left out here is
# shared content, the person's own account or session, platform configuration, static
# assets and Wagtail's diagnostics, and the H5P player (authorised by its launch token).

_SHARED_CONTENT = (
    "Content shared by every partnership (pages, images, documents, collections, "
    "workflows, redirects, forms, embeds, tags): Wagtail's page and collection permissions "
    "(given by roles_sync) decide who edits it; no partnership owns it."
)
_OWN_ACCOUNT = "Acts only on the signed-in person's own account or session (allauth / Wagtail)."
_PLATFORM = "Platform configuration for administrators only; no partnership owns it."

EXEMPT: dict[str, str] = {
    # The H5P player and package files answer to the signed launch token in their address,
    # not to the session (the opaque origin sends no cookies): tests/h5p/test_player.py and
    # tests/h5p/test_launch.py cover every role and every tampered or foreign token.
    "h5p:play": "authorised by its launch token, not the session (tests/h5p/test_launch.py)",
    "h5p:file": "authorised by its launch token, not the session (tests/h5p/test_player.py)",
    # Wagtail's content admin (namespaces end with ':').
    "wagtailadmin_pages:": _SHARED_CONTENT,
    "wagtailadmin_explore_root": _SHARED_CONTENT,
    "wagtailadmin_explore": _SHARED_CONTENT,
    "wagtailadmin_explore_results": _SHARED_CONTENT,
    "wagtailadmin_choose_page": _SHARED_CONTENT,
    "wagtailadmin_choose_page_child": _SHARED_CONTENT,
    "wagtailadmin_choose_page_search": _SHARED_CONTENT,
    "wagtailadmin_choose_page_chosen_multiple": _SHARED_CONTENT,
    "wagtailadmin_choose_page_external_link": _SHARED_CONTENT,
    "wagtailadmin_choose_page_email_link": _SHARED_CONTENT,
    "wagtailadmin_choose_page_phone_link": _SHARED_CONTENT,
    "wagtailadmin_choose_page_anchor_link": _SHARED_CONTENT,
    "wagtailadmin_api:pages:": _SHARED_CONTENT,
    "wagtailadmin_api:documents:": _SHARED_CONTENT,
    "wagtailadmin_api:images:": _SHARED_CONTENT,
    "wagtailadmin_collections:": _SHARED_CONTENT,
    "wagtailadmin_workflows:": _SHARED_CONTENT,
    "wagtailadmin_reports:locked_pages": _SHARED_CONTENT,
    "wagtailadmin_reports:locked_pages_results": _SHARED_CONTENT,
    "wagtailadmin_reports:workflow": _SHARED_CONTENT,
    "wagtailadmin_reports:workflow_results": _SHARED_CONTENT,
    "wagtailadmin_reports:workflow_tasks": _SHARED_CONTENT,
    "wagtailadmin_reports:workflow_tasks_results": _SHARED_CONTENT,
    "wagtailadmin_reports:aging_pages": _SHARED_CONTENT,
    "wagtailadmin_reports:aging_pages_results": _SHARED_CONTENT,
    "wagtailadmin_reports:page_types_usage": _SHARED_CONTENT,
    "wagtailadmin_reports:page_types_usage_results": _SHARED_CONTENT,
    "wagtailadmin_tag_autocomplete": _SHARED_CONTENT,
    "wagtailadmin_tag_model_autocomplete": _SHARED_CONTENT,
    "wagtailadmin_block_preview": _SHARED_CONTENT,
    "wagtaildocs:": _SHARED_CONTENT,
    "wagtaildocs_chooser:": _SHARED_CONTENT,
    "wagtaildocs_serve": _SHARED_CONTENT,
    "wagtaildocs_authenticate_with_password": _SHARED_CONTENT,
    "wagtailimages:": _SHARED_CONTENT,
    "wagtailimages_chooser:": _SHARED_CONTENT,
    "wagtailembeds:": _SHARED_CONTENT,
    "wagtailforms:": _SHARED_CONTENT,
    "wagtailredirects:": _SHARED_CONTENT,
    "wagtailcore_authenticate_with_password": _SHARED_CONTENT,
    "wagtailsettings:preview_on_edit": _PLATFORM,
    "wagtailsites:": _PLATFORM,
    "wagtailusers_groups:": "The role groups themselves: platform administrators only "
    "(roles_sync keeps them); no partnership owns a role.",
    # The person's own account.
    "wagtailadmin_account": _OWN_ACCOUNT,
    "wagtailadmin_logout": _OWN_ACCOUNT,
    "wagtailadmin_login": _OWN_ACCOUNT,
    "wagtailadmin_password_reset": _OWN_ACCOUNT,
    "wagtailadmin_password_reset_done": _OWN_ACCOUNT,
    "wagtailadmin_password_reset_confirm": _OWN_ACCOUNT,
    "wagtailadmin_password_reset_complete": _OWN_ACCOUNT,
    "wagtailadmin_dismissibles": _OWN_ACCOUNT,
    "wagtailadmin_editing_sessions:release": "Deletes only the signed-in person's own editing "
    "session (filtered by user).",
    "wagtailcore_login": _OWN_ACCOUNT,
    "account_login": _OWN_ACCOUNT,
    "account_logout": _OWN_ACCOUNT,
    "account_inactive": _OWN_ACCOUNT,
    "account_signup": _OWN_ACCOUNT,
    "account_reauthenticate": _OWN_ACCOUNT,
    "account_email": _OWN_ACCOUNT,
    "account_email_verification_sent": _OWN_ACCOUNT,
    "account_change_password": _OWN_ACCOUNT,
    "account_set_password": _OWN_ACCOUNT,
    "account_reset_password": _OWN_ACCOUNT,
    "account_confirm_login_code": _OWN_ACCOUNT,
    "account_confirm_email": _OWN_ACCOUNT,
    "account_reset_password_from_key_done": _OWN_ACCOUNT,
    "account_reset_password_from_key": _OWN_ACCOUNT,
    "account_reset_password_done": _OWN_ACCOUNT,
    "mfa_index": _OWN_ACCOUNT,
    "mfa_authenticate": _OWN_ACCOUNT,
    "mfa_reauthenticate": _OWN_ACCOUNT,
    "mfa_activate_totp": _OWN_ACCOUNT,
    "mfa_deactivate_totp": _OWN_ACCOUNT,
    "mfa_view_recovery_codes": _OWN_ACCOUNT,
    "mfa_generate_recovery_codes": _OWN_ACCOUNT,
    "mfa_download_recovery_codes": _OWN_ACCOUNT,
    # Static assets and Wagtail's diagnostics.
    "wagtailadmin_sprite": "A static SVG sprite.",
    "wagtailadmin_javascript_catalog": "Static translation strings.",
    "wagtailadmin_error_test": "Wagtail's deliberate error page for testing error reporting.",
    "route:admin/test404/": "Wagtail's deliberate 404 page.",
    "route:admin/^.*/$": "Wagtail's admin catch-all 404.",
    # Pages.
    "page:wagtailcore.Page": "Wagtail's abstract root type; never served.",
    "page:cms.SpotTheSignsPage:index_route": "RoutablePageMixin's fallback for the page's "
    "own address, shadowed by the page's own '' route (filled).",
    "page:cms.ReportConcernPage:index_route": "As above: shadowed by the '' route (filled).",
    "page:cms.OpenCoursePage:index_route": "As above: shadowed by the '' route (filled).",
    "page:courses.BriefingPage:index_route": "As above: the page itself (filled).",
    "page:courses.BriefingPage:pdf": "The one-page PDF of a briefing: shared content, no "
    "partnership's records; WeasyPrint takes about 40 s to render it here.",
}


def exemption_for(endpoint: Endpoint) -> str | None:
    """The reason `endpoint` is left out, by its key or its namespace."""
    if endpoint.key in EXEMPT:
        return EXEMPT[endpoint.key]
    namespace = endpoint.key
    while ":" in namespace:
        namespace = namespace.rpartition(":")[0]
        if f"{namespace}:" in EXEMPT:
            return EXEMPT[f"{namespace}:"]
    return None


def snippet_models_without_spec() -> list[str]:
    """Snippet models registered with Wagtail that `MODEL_SPECS` says nothing about."""
    specified = {spec.label for spec in MODEL_SPECS}
    return sorted(m._meta.label for m in get_snippet_models() if m._meta.label not in specified)


def all_cases(endpoints: Iterable[Endpoint]) -> list[Case]:
    keys = {e.key for e in endpoints}
    cases: list[Case] = []
    for key, filler in FILLERS.items():
        if key in keys:
            cases.extend(filler())
    return cases
