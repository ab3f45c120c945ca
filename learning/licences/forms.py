"""Forms of the licence register: its filters, a grant by hand, a revocation."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from learning.licences.models import LicenceStatus
from learning.licences.selectors import RegisterFilters, licence_types_in_scope
from learning.people.models import User
from learning.people.scope import Scope


class RegisterFilterForm(forms.Form):
    licence_type = forms.TypedChoiceField(
        label="Licence", required=False, coerce=int, empty_value=None
    )
    agency = forms.TypedChoiceField(label="Agency", required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(
        label="Status", required=False, choices=[("", "Any status"), *LicenceStatus.choices]
    )
    champions = forms.BooleanField(label="Champions only", required=False)

    def __init__(self, *args, scope: Scope, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["licence_type"].choices = [("", "All licences")] + [
            (t.pk, t.name) for t in licence_types_in_scope(scope)
        ]
        self.fields["agency"].choices = [("", "All agencies")] + [
            (a.pk, a.name) for a in scope.agencies().order_by("name")
        ]

    def filters(self) -> RegisterFilters:
        if not self.is_valid():
            return RegisterFilters()
        data = self.cleaned_data
        return RegisterFilters(
            licence_type_id=data.get("licence_type"),
            agency_id=data.get("agency"),
            status=data.get("status") or "",
            champions_only=bool(data.get("champions")),
        )


class LicenceGrantForm(forms.Form):
    email = forms.EmailField(
        label="The person's email address",
        error_messages={"required": "Enter the email address of the person to license"},
    )
    licence_type = forms.TypedChoiceField(
        label="Licence",
        coerce=int,
        error_messages={"required": "Choose the licence"},
    )
    licensed_on = forms.DateField(
        label="Licensed on",
        required=False,
        help_text="For example 2026-09-14. Blank means today.",
    )
    reason = forms.CharField(
        label="Why is the licence granted by hand?",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text="For example: licensed training taken with another partnership.",
        error_messages={"required": "Enter why the licence is granted"},
    )
    is_champion = forms.BooleanField(label="A champion", required=False)

    def __init__(self, *args, scope: Scope, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.scope = scope
        self.types = {t.pk: t for t in licence_types_in_scope(scope)}
        self.fields["licence_type"].choices = [("", "Choose a licence")] + [
            (pk, t.name) for pk, t in self.types.items()
        ]

    def clean_email(self) -> User:
        email = self.cleaned_data["email"]
        person = self.scope.learners().filter(email__iexact=email).first()
        if person is None:
            raise forms.ValidationError("No one with that email address is in your partnership")
        return person

    def clean_licence_type(self):
        return self.types[self.cleaned_data["licence_type"]]

    def clean_licensed_on(self):
        return self.cleaned_data.get("licensed_on") or timezone.localdate()


class LicenceRevokeForm(forms.Form):
    reason = forms.CharField(
        label="Why is the licence revoked?",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        error_messages={"required": "Enter why the licence is revoked"},
    )
