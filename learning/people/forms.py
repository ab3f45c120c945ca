"""Forms for people: the sign-up form with the details printed on certificates."""

from __future__ import annotations

from typing import Any

from allauth.account.forms import SignupForm as AllauthSignupForm

from django import forms

from learning.people.models import Agency
from learning.people.selectors import agency_for_email


class AgencyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Agency) -> str:
        return f"{obj.name} – {obj.partnership.short_name or obj.partnership.name}"


class SignupForm(AllauthSignupForm):
    """allauth's sign-up with name, job title and agency.

    If the email's domain belongs to an agency, the person joins it straight away;
    otherwise they choose one and an agency lead confirms them later.
    """

    first_name = forms.CharField(
        label="First name",
        max_length=150,
        help_text="As you want it to appear on your certificates.",
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label="Last name",
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    job_title = forms.CharField(
        label="Job title",
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    agency = AgencyChoiceField(
        label="Agency",
        queryset=Agency.objects.select_related("partnership").order_by("partnership__name", "name"),
        required=False,
        empty_label="Choose your agency",
        help_text="The organisation you work for. If your work email belongs to an agency, "
        "we will place you in it automatically.",
        error_messages={"invalid_choice": "Choose an agency from the list"},
    )

    field_order = [
        "first_name",
        "last_name",
        "email",
        "job_title",
        "agency",
        "password1",
        "password2",
    ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Email address"
        self.fields["email"].help_text = "Use your work email address if you have one."
        self.fields["password1"].label = "Create a password"
        self.fields[
            "password1"
        ].help_text = (
            "At least 10 characters. Do not use a common password or one made only of numbers."
        )
        self.fields["password2"].label = "Confirm your password"
        self.domain_agency: Agency | None = None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        email = cleaned.get("email")
        if email:
            self.domain_agency = agency_for_email(email)
        if self.domain_agency is None and not cleaned.get("agency") and "agency" not in self.errors:
            self.add_error("agency", "Choose the agency you work for")
        return cleaned
