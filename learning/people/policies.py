"""One permission policy for every admin view of something that belongs to a partnership.

A person may act on a record when their role's group holds the model permission (given by
`roles_sync`) AND the record is in their scope (`scope_for`): a partnership manager's own
partnership, an agency lead's own agency, everything for an administrator. Snippets of
partnership-owned models use `ScopedSnippetViewSet`, so listings, choosers, bulk actions,
the site history and every view of one object (edit, delete, copy, history, usage, inspect)
apply the same rule, and an id typed into the address bar is refused like a link that was
never shown. tests/test_authorization_matrix.py walks every URL for every role.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Model, Q, QuerySet
from django.db.models.functions import Cast
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_list_or_404
from django.utils.functional import classproperty
from django.views.defaults import permission_denied

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from learning.people.models import Agency, Partnership, User
from learning.people.scope import Scope, scope_for


class ScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the records in the person's scope.

    `agency_path` (a lookup from the model to an Agency, "" for Agency itself) or
    `partnership_path` (to a Partnership, "" for Partnership itself) says whose a record is.
    """

    def __init__(
        self,
        model: type[Model],
        *,
        agency_path: str | None = None,
        partnership_path: str | None = None,
    ) -> None:
        super().__init__(model)
        if (agency_path is None) == (partnership_path is None):
            raise ValueError("Give exactly one of agency_path and partnership_path")
        self.agency_path = agency_path
        self.partnership_path = partnership_path

    def scoped(self, scope: Scope, queryset: QuerySet) -> QuerySet:
        """The records of `queryset` in `scope`."""
        if self.agency_path == "":
            return queryset.filter(pk__in=scope.agencies().values("pk"))
        if self.agency_path is not None:
            return scope.filter(queryset, agency_path=self.agency_path)
        if self.partnership_path == "":
            return queryset.filter(pk__in=scope.partnerships().values("pk"))
        return scope.filter_partnership(queryset, path=self.partnership_path)

    def in_scope_for(self, user) -> QuerySet:
        """Every record in the person's scope, whatever their permissions: what they may
        pick in a chooser (an agency lead picks their agency for a headcount)."""
        return self.scoped(scope_for(user), self.model._default_manager.all())

    def in_scope(self, user, instance: Model) -> bool:
        if instance.pk is None:
            return True  # a new record: its form offers only in-scope choices
        return self.scoped(
            scope_for(user), self.model._default_manager.filter(pk=instance.pk)
        ).exists()

    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        return self.user_has_permission(user, action) and self.in_scope(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance) -> bool:
        return self.user_has_any_permission(user, actions) and self.in_scope(user, instance)

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet:
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.scoped(scope_for(user), self.model._default_manager.all())

    def instances_user_has_permission_for(self, user, action) -> QuerySet:
        return self.instances_user_has_any_permission_for(user, [action])


class ScopedForm(WagtailAdminModelForm):
    """Offer only the partnerships and agencies in the editor's scope, and refuse others
    even when posted by hand."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        scope = scope_for(self.for_user) if self.for_user is not None else None
        if scope is None:
            return
        agencies = scope.agencies()
        partnerships = scope.partnerships()
        for name, field in self.fields.items():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if model is Agency:
                field.queryset = agencies
            elif model is Partnership:
                field.queryset = partnerships
                if name == "partnership" and not self.instance.pk and partnerships.count() == 1:
                    field.initial = partnerships.first()

    def clean(self):
        cleaned = super().clean()
        if self.for_user is None:
            return cleaned
        scope = scope_for(self.for_user)
        for name, value in cleaned.items():
            values = value if isinstance(value, QuerySet | list | tuple) else [value]
            for item in values:
                if isinstance(item, Agency) and not scope.sees_agency(item):
                    self.add_error(name, forms.ValidationError("Choose an agency you manage"))
                elif isinstance(item, Partnership) and not scope.sees_partnership(item.pk):
                    self.add_error(name, forms.ValidationError("Choose a partnership you manage"))
        return cleaned


class _ScopedObjectMixin:
    """Refuse any view of one record outside the person's scope (Wagtail answers the
    refusal with its "permission denied" redirect to the dashboard)."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        policy = self.permission_policy
        if isinstance(policy, ScopedPermissionPolicy) and not policy.in_scope(
            self.request.user, obj
        ):
            raise PermissionDenied
        return obj


class ScopedEditView(_ScopedObjectMixin, snippet_views.EditView):
    pass


class ScopedDeleteView(_ScopedObjectMixin, snippet_views.DeleteView):
    pass


class ScopedCopyView(_ScopedObjectMixin, snippet_views.CopyView):
    pass


class ScopedHistoryView(_ScopedObjectMixin, snippet_views.HistoryView):
    pass


class ScopedUsageView(_ScopedObjectMixin, snippet_views.UsageView):
    pass


class ScopedInspectView(_ScopedObjectMixin, snippet_views.InspectView):
    pass


def _scoped_policy(model: type[Model]) -> ScopedPermissionPolicy:
    return policy_registry.get_by_type(model)


class ScopedChooseView(chooser_views.ChooseView):
    def get_object_list(self):
        return _scoped_policy(self.model_class).in_scope_for(self.request.user)


class ScopedChooseResultsView(chooser_views.ChooseResultsView):
    def get_object_list(self):
        return _scoped_policy(self.model_class).in_scope_for(self.request.user)


class ScopedChosenView(chooser_views.SnippetChosenView):
    """Wagtail's chosen view loads any pk: an id out of scope is a 404 here."""

    def get_object(self, pk):
        return _scoped_policy(self.model_class).in_scope_for(self.request.user).get(pk=pk)


class ScopedChosenMultipleView(chooser_views.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return _scoped_policy(self.model_class).in_scope_for(self.request.user).filter(pk__in=pks)


class ScopedChooserViewSet(SnippetChooserViewSet):
    """The chooser modal of a scoped snippet: it lists and returns only records in the
    person's scope (Wagtail's own chooser lists every record to every admin user)."""

    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


class ScopedSnippetViewSet(SnippetViewSet):
    """A snippet of something a partnership owns: declare `agency_path` or
    `partnership_path`, and every view of it is scoped by `ScopedPermissionPolicy` (or
    `policy_class`, a subclass that narrows what each role may do)."""

    agency_path: str | None = None
    partnership_path: str | None = None
    policy_class: type[ScopedPermissionPolicy] = ScopedPermissionPolicy
    chooser_viewset_class = ScopedChooserViewSet
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    copy_view_class = ScopedCopyView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    inspect_view_class = ScopedInspectView

    def __init__(self, *args, **kwargs) -> None:
        # Registered before the viewset asks for a policy, so every admin view, chooser and
        # listing of the model uses this one (Wagtail's policy registry).
        register_permission_policy(
            self.model,
            self.policy_class(
                self.model, agency_path=self.agency_path, partnership_path=self.partnership_path
            ),
        )
        super().__init__(*args, **kwargs)

    def get_queryset(self, request):
        return self.permission_policy.instances_user_has_any_permission_for(
            request.user, ["add", "change", "delete", "view"]
        )


def scoped_models() -> list[type[Model]]:
    """The snippet models whose records a partnership owns (those of a ScopedSnippetViewSet)."""
    return [
        model
        for model in get_snippet_models()
        if isinstance(policy_registry.get_by_type(model), ScopedPermissionPolicy)
    ]


class ScopedDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete for scoped snippets: ids out of the person's scope are not
    found (404), so the confirmation page never names another partnership's records."""

    @classproperty
    def models(cls) -> list[type[Model]]:
        return scoped_models()

    def get_queryset(self, model, object_ids):
        records = _scoped_policy(model).in_scope_for(self.request.user)
        return get_list_or_404(records, pk__in=object_ids)

    def get_all_objects_in_listing_query(self, parent_id):
        return (
            _scoped_policy(self.model).in_scope_for(self.request.user).values_list("pk", flat=True)
        )


def log_entries_in_scope(entries: QuerySet, user) -> QuerySet:
    """Narrow admin log entries (the site history) to records in the person's scope: an
    entry about another partnership's record names it and who changed it. Entries about
    records since deleted cannot be placed, so only administrators see them."""
    if user.is_superuser:
        return entries
    models = scoped_models()
    types = ContentType.objects.get_for_models(*models, for_concrete_models=False)
    visible = ~Q(content_type_id__in=[t.pk for t in types.values()])
    for model, content_type in types.items():
        in_scope = (
            _scoped_policy(model)
            .in_scope_for(user)
            .annotate(pk_text=Cast("pk", output_field=CharField()))
            .values("pk_text")
        )
        visible |= Q(content_type_id=content_type.pk, object_id__in=in_scope)
    return entries.filter(visible)


def page_log_entries_in_scope(entries: QuerySet, user) -> QuerySet:
    """Narrow page log entries (the site history) to those made by people in the
    reader's scope, themselves, or the system. Pages are shared by every partnership, so
    what happened to a course is no secret; who did it is personal data of another
    partnership. Hiding the whole entry (not only the name) also hides the submission
    note and the name in the report's user filter and its CSV download."""
    if user.is_superuser:
        return entries
    in_scope = scope_for(user).filter(User.objects.all()).values("pk")
    return entries.filter(Q(user__isnull=True) | Q(user_id=user.pk) | Q(user_id__in=in_scope))


# --- Refusals in the admin are real 403s ------------------------------------------------
# Wagtail's admin turns a raised PermissionDenied into a redirect to the dashboard, which
# scripts, tests and assistive technology cannot tell from success. Our own admin views
# answer it with the site's 403 page instead, through one of these two.


def forbidden_as_403(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """For function views: a PermissionDenied raised by `view` is a 403 page."""

    @functools.wraps(view)
    def answer(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as denied:
            return permission_denied(request, denied)

    return answer


class ForbiddenAs403Mixin:
    """For class-based views: `grant_access(request)`, which every view using this defines,
    refuses by raising PermissionDenied and keeps what the person may see on the view (their
    scope, the record asked for) before the view runs; a PermissionDenied the view raises
    later (a record outside that scope) is a 403 page too."""

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            self.grant_access(request)
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied as denied:
            return permission_denied(request, denied)
