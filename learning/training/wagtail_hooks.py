"""Wagtail hooks for training: the session and charge-policy snippets (scoped to the
owning partnership), the organisers' bookings pages, the admin menu item, and the
personal-data provider."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from learning.people.policies import ScopedForm, ScopedPermissionPolicy, ScopedSnippetViewSet
from learning.privacy.providers import PersonalDataProvider
from learning.training.admin_views import training_admin_urls
from learning.training.models import ChargePolicy, TrainingEventPage, TrainingSession
from learning.training.personal_data import training_erase, training_export
from learning.training.policy import training_organiser


class TrainingSessionForm(ScopedForm):
    """Offer only events of partnerships whose training the editor organises
    (`training_organiser`), and refuse others."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.for_user is not None and "event" in self.fields:
            partnerships = training_organiser(self.for_user).partnerships()
            self.fields["event"].queryset = TrainingEventPage.objects.filter(
                partnership__in=partnerships
            )

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error(
                "ends_at", forms.ValidationError("The session must end after it starts.")
            )
        return cleaned


class TrainingSessionPermissionPolicy(ScopedPermissionPolicy):
    """Sessions are reached through the organiser rule (`training_organiser`), not the
    records scope: a trainer has no one's records in scope, yet runs their partnership's
    sessions. Model permissions (`roles_sync`) still say which actions each role has."""

    def in_scope_for(self, user):
        return training_organiser(user).sessions()

    def in_scope(self, user, instance) -> bool:
        if instance.pk is None:
            return True
        return training_organiser(user).sessions().filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return training_organiser(user).sessions()


class TrainingSessionViewSet(ScopedSnippetViewSet):
    model = TrainingSession
    partnership_path = "event__partnership"
    policy_class = TrainingSessionPermissionPolicy
    edit_handler = ObjectList(TrainingSession.panels, base_form_class=TrainingSessionForm)
    icon = "date"
    menu_label = "Sessions"
    list_display = [
        "__str__",
        "trainers",
        "format",
        "capacity",
        "is_booking_closed",
        "cancelled_at",
    ]
    list_filter = ["format", "is_booking_closed"]


class ChargePolicyViewSet(ScopedSnippetViewSet):
    model = ChargePolicy
    partnership_path = "partnership"
    edit_handler = ObjectList(ChargePolicy.panels, base_form_class=ScopedForm)
    icon = "form"
    menu_label = "Charge policies"
    list_display = ["partnership", "cancellation_cutoff_days", "did_not_attend_charge"]


class TrainingGroup(SnippetViewSetGroup):
    menu_label = "Training"
    menu_icon = "date"
    menu_order = 320
    items = (TrainingSessionViewSet, ChargePolicyViewSet)


register_snippet(TrainingGroup)


class TrainingBookingsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return training_organiser(request.user).may_organise


@hooks.register("register_admin_urls")
def register_training_admin_urls():
    return [path("training/bookings/", include((training_admin_urls, "training_admin")))]


@hooks.register("register_admin_menu_item")
def register_training_bookings_menu_item():
    return TrainingBookingsMenuItem(
        "Training bookings",
        reverse("training_admin:sessions"),
        name="training-bookings",
        icon_name="date",
        order=330,
    )


@hooks.register("register_personal_data")
def training_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(name="training", export=training_export, erase=training_erase)


@hooks.register("before_delete_snippet")
def refuse_deleting_booked_sessions(request, instances):
    """A session with bookings is never deleted (bookings PROTECT it), from its delete view
    or a bulk delete: say so and change nothing; cancelling it tells everyone booked.
    People who may not delete the session at all get Wagtail's usual refusal instead."""
    if request.method != "POST":
        return None
    booked = [
        session
        for session in instances
        if isinstance(session, TrainingSession)
        and TrainingSession.snippet_viewset.permission_policy.user_has_permission_for_instance(
            request.user, "delete", session
        )
        and session.bookings.exists()
    ]
    if not booked:
        return None
    messages.error(
        request,
        f"{booked[0]} has bookings, so it cannot be deleted. Cancel it instead from "
        "Training bookings: everyone booked is told.",
    )
    return redirect(TrainingSession.snippet_viewset.get_url_name("list"))
